#!/usr/bin/env node
// Launcher. libp2p 3 needs Node >= 22, so this starts the CLI on the runtime the package brings
// (the npm package `node`), whatever `node` ran this file: npx, npm scripts, global and linked
// installs all end up on that runtime. It runs the compiled dist/ when that is at least as new as
// src/, and src/ through Node's type stripping otherwise (a checkout being edited).
// Written in plain, old-fashioned JavaScript so that even an old runtime gets the one-line error.
// entryPoint() below is the one copy, outside src/lab/cli-entry.ts, of the rule that picks the CLI
// entry: this CommonJS file cannot import that ES module (and must run where it would not load).
'use strict'
var path = require('path')
var fs = require('fs')
var childProcess = require('child_process')

var MIN_MAJOR = 22
var MIN_MINOR = 18 // type stripping on by default
var pkgDir = path.resolve(fs.realpathSync(__filename), '..', '..')
var compiledMain = path.join(pkgDir, 'dist', 'cli', 'main.js')
var sourceMain = path.join(pkgDir, 'src', 'cli', 'main.ts')

function newestMtimeMs (dir) {
  var newest = 0
  fs.readdirSync(dir, { withFileTypes: true }).forEach(function (entry) {
    var full = path.join(dir, entry.name)
    var mtime = entry.isDirectory() ? newestMtimeMs(full) : fs.statSync(full).mtimeMs
    if (mtime > newest) newest = mtime
  })
  return newest
}

function entryPoint () {
  try {
    var built = fs.statSync(path.join(pkgDir, 'dist', '.build-stamp')).mtimeMs
    if (fs.existsSync(compiledMain) && built >= newestMtimeMs(path.join(pkgDir, 'src'))) return compiledMain
  } catch (e) { /* not built */ }
  return sourceMain
}

function bundledRuntime () {
  if (process.env.P2P_CHAT_RUNTIME === 'current') return null
  try {
    var nodePkg = require.resolve('node/package.json', { paths: [pkgDir] })
    var bin = path.join(path.dirname(nodePkg), 'bin', 'node')
    return fs.existsSync(bin) ? bin : null
  } catch (e) {
    return null
  }
}

function currentIsRecentEnough () {
  var parts = process.versions.node.split('.').map(Number)
  return parts[0] > MIN_MAJOR || (parts[0] === MIN_MAJOR && parts[1] >= MIN_MINOR)
}

var runtime = bundledRuntime()
if (runtime == null) {
  if (!currentIsRecentEnough()) {
    process.stderr.write('p2p-chat: needs Node.js >= ' + MIN_MAJOR + '.' + MIN_MINOR + ', found ' + process.version +
      '; run `npm install` in ' + pkgDir + ' to fetch the bundled runtime\n')
    process.exit(1)
  }
  runtime = process.execPath
}

var child = childProcess.spawn(runtime, [entryPoint()].concat(process.argv.slice(2)), { stdio: 'inherit' })
// The child is in our process group, where a terminal sends its SIGINT (Ctrl-C): the child gets
// that one itself. Passing ours on too would turn one Ctrl-C into two, which `experiment run`
// takes as "stop at once"; so SIGINT only must not end this process before the child is done.
// SIGTERM and SIGHUP usually come to us alone (a supervisor, npx): they are passed on.
process.on('SIGINT', function () {})
;['SIGTERM', 'SIGHUP'].forEach(function (signal) {
  process.on(signal, function () { child.kill(signal) })
})
child.on('exit', function (code, signal) {
  process.exit(code == null ? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1) : code)
})
child.on('error', function (err) {
  process.stderr.write('p2p-chat: cannot start ' + runtime + ': ' + err.message + '\n')
  process.exit(1)
})

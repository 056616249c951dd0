#!/usr/bin/env node
// Launcher. libp2p 3 needs Node >= 22 and this package runs TypeScript with Node's type stripping,
// so it starts src/cli/main.ts on the runtime the package brings (the npm package `node`), whatever
// `node` ran this file: npx, npm scripts, global and linked installs all end up on that runtime.
// Written in plain, old-fashioned JavaScript so that even an old runtime gets the one-line error.
'use strict'
var path = require('path')
var fs = require('fs')
var childProcess = require('child_process')

var MIN_MAJOR = 22
var MIN_MINOR = 18 // type stripping on by default
var pkgDir = path.resolve(fs.realpathSync(__filename), '..', '..')
var main = path.join(pkgDir, 'src', 'cli', 'main.ts')

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

var child = childProcess.spawn(runtime, [main].concat(process.argv.slice(2)), { stdio: 'inherit' })
// The child gets terminal signals itself (same process group); forward the ones sent to us alone.
;['SIGINT', 'SIGTERM', 'SIGHUP'].forEach(function (signal) {
  process.on(signal, function () { child.kill(signal) })
})
child.on('exit', function (code, signal) {
  process.exit(code == null ? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1) : code)
})
child.on('error', function (err) {
  process.stderr.write('p2p-chat: cannot start ' + runtime + ': ' + err.message + '\n')
  process.exit(1)
})

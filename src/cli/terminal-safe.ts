/**
 * Peer-controlled strings never reach a terminal raw: an escape sequence could clear the screen,
 * move the cursor or recolour a forged line, BEL rings, CR overwrites, bidi overrides reorder what
 * is shown. Every such character is shown as a visible escape instead (`\x1b`, `\u202e`).
 */

// C0 controls (tab and newline are handled by the callers), DEL, C1 controls, the line and
// paragraph separators, and the bidi embeddings, overrides and isolates
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

function visible (ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** One line of peer text made safe to print: unsafe characters, tab and newline escaped. */
export function safeInline (text: string): string {
  return text.replace(UNSAFE, visible).replace(/\t/g, '\\t').replace(/\n/g, '\\n')
}

/**
 * Multi-line peer text made safe to print under a prefix: continuation lines are indented and
 * marked, so no line of a message can pass for a line of the chat view.
 */
export function safeBlock (text: string, indent: number): string {
  const pad = ' '.repeat(Math.max(0, indent - 2)) + '| '
  return text.split('\n').map(line => line.replace(UNSAFE, visible)).join('\n' + pad)
}

/**
 * The Markdown that report.ts writes, as HTML: headings, paragraphs, pipe tables, block quotes,
 * lists, `code`, **bold**, *italic* and images. Only that subset: the input is our own report, not
 * arbitrary Markdown, so no dependency is needed for it.
 */

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function inline (text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>')
    .replace(/&lt;br&gt;/g, '<br>')
}

const cells = (row: string): string[] => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim())

/**
 * @param image replaces an image `![caption](plots/FILE)` by the returned HTML (undefined: an <img>)
 */
export function markdownToHtml (markdown: string, image: (file: string) => string | undefined): string {
  const out: string[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heading = /^(#{1,6}) (.*)$/.exec(line)
    const img = /^!\[([^\]]*)\]\(([^)]+)\)$/.exec(line)
    if (heading != null) {
      out.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`)
    } else if (img != null) {
      const file = img[2].replace(/^plots\//, '')
      out.push(image(file) ?? `<img src="${escape(img[2])}" alt="${escape(img[1])}">`)
    } else if (line.startsWith('|')) {
      const rows: string[] = []
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++])
      i--
      const [head, , ...body] = rows
      out.push('<table><thead><tr>' + cells(head).map(c => `<th>${inline(c)}</th>`).join('') + '</tr></thead><tbody>' +
        body.map(r => '<tr>' + cells(r).map(c => `<td>${inline(c)}</td>`).join('') + '</tr>').join('') + '</tbody></table>')
    } else if (line.startsWith('>')) {
      const quoted: string[] = []
      while (i < lines.length && lines[i].startsWith('>')) quoted.push(lines[i++].replace(/^> ?/, ''))
      i--
      out.push(`<blockquote>${quoted.filter(q => !/^\[!\w+\]$/.test(q)).map(q => inline(q.replace(/^#+ /, ''))).join('<br>')}</blockquote>`)
    } else if (line.startsWith('- ')) {
      const items: string[] = []
      while (i < lines.length && lines[i].startsWith('- ')) items.push(lines[i++].slice(2))
      i--
      out.push(`<ul>${items.map(t => `<li>${inline(t)}</li>`).join('')}</ul>`)
    } else if (line.trim() !== '') {
      const para: string[] = []
      while (i < lines.length && lines[i].trim() !== '' && !/^(#|\||>|- |!\[)/.test(lines[i])) para.push(lines[i++])
      i--
      out.push(`<p>${inline(para.join(' '))}</p>`)
    }
  }
  return out.join('\n')
}

// Reads an opened or dropped file: plain text and Markdown become text for the text box;
// an HTML page is handed back as HTML, for the article extractor (in the worker), which
// never runs its scripts nor loads anything it links.

/** Larger files are not read at all: the tab could run out of memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * `{ text }` for a .txt or .md file, `{ html }` for an .html file, or an Error saying why
 * it cannot be opened.
 */
export async function readFile(file) {
  const kind = fileKind(file);
  if (!kind) throw new Error(`"${file.name}" is not a .txt, .md or .html file`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`"${file.name}" is too large to open (${Math.round(file.size / 2 ** 20)} MiB)`);
  if (kind === 'html') return { html: decodePage(new Uint8Array(await file.arrayBuffer())) };
  const text = await file.text();
  return { text: kind === 'markdown' ? markdownToText(text) : text };
}

function fileKind(file) {
  const extension = file.name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (['html', 'htm'].includes(extension) || file.type === 'text/html') return 'html';
  if (['md', 'markdown'].includes(extension) || file.type === 'text/markdown') return 'markdown';
  if (extension === 'txt' || file.type === 'text/plain') return 'text';
  return null;
}

/**
 * A saved page's text: UTF-8 when it is valid UTF-8 (or has a byte order mark), else the
 * encoding its `<meta charset>` declares in the first 1024 bytes, else windows-1252, as
 * browsers decide.
 */
export function decodePage(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
    const label = head.match(/charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
    try {
      return new TextDecoder(label ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes); // an unknown label
    }
  }
}

/** Markdown without its markup: headings, emphasis, links and images, code fences, list markers. */
export function markdownToText(markdown) {
  return markdown
    .replace(/^```.*$/gm, '')
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d+[.)]) +/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

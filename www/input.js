// Turns an opened or dropped file into plain text for the text box. HTML is parsed with
// DOMParser into an inert document: its scripts never run and nothing it links is loaded.

/** Larger files are not read at all: the tab could run out of memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
/** Never article text. */
const SKIPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, form, button, select';

/** The text of `file` (.txt, .md or .html), or an Error saying why it cannot be opened. */
export async function fileToText(file) {
  const kind = fileKind(file);
  if (!kind) throw new Error(`"${file.name}" is not a .txt, .md or .html file`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`"${file.name}" is too large to open (${Math.round(file.size / 2 ** 20)} MiB)`);
  const text = await file.text();
  if (kind === 'html') return htmlToText(text);
  if (kind === 'markdown') return markdownToText(text);
  return text;
}

function fileKind(file) {
  const extension = file.name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (['html', 'htm'].includes(extension) || file.type === 'text/html') return 'html';
  if (['md', 'markdown'].includes(extension) || file.type === 'text/markdown') return 'markdown';
  if (extension === 'txt' || file.type === 'text/plain') return 'text';
  return null;
}

/** The readable text of an HTML page: its <article> or <main> if it has one, paragraphs kept apart. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(SKIPPED)) el.remove();
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') parts.push('\n');
        const block = BLOCKS.has(child.tagName);
        if (block) parts.push('\n\n');
        walk(child);
        if (block) parts.push('\n\n');
      }
    }
  };
  if (root) walk(root);
  return parts.join('').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
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

// Types of `precis-summarizer/html` in Node.

export type { Article } from './html/node/precis_html.js';

/**
 * Finds the article in an HTML page: `{ title, text }`, the text's paragraphs separated by a
 * blank line, without menus, cookie banners, related links, comments or captions. Any string
 * gives a result; a non-string, or a page over 64 MiB, throws an `Error`.
 */
export { extract } from './html/node/precis_html.js';

/** All the text of an HTML page that a reader sees, menus and footers included. */
export { pageText } from './html/node/precis_html.js';

/** Does nothing: in Node the HTML module is ready on import. Lets browser code run unchanged. */
export default function init(): Promise<void>;

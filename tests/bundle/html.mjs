// The README's snippet for web pages (run in a folder with page.html and the package installed).
import { readFileSync } from 'node:fs';
import { extract } from 'precis-summarizer/html';

const { title, text } = extract(readFileSync('page.html', 'utf8'));
console.log(`${title}\n\n${text}`);

#!/usr/bin/env node
// Builds the page as a folder that any static web server (or host) can serve on its own:
// dist/site/, with index.html at its root.
//
//   npm run build:site        (npm run build, then this script)
//
// It holds exactly the files the page needs (scripts/site.mjs follows its imports from
// www/index.html): www/'s files at the root, js/'s and pkg/'s under js/ and pkg/ (imports of
// ../js/ and ../pkg/ are rewritten to ./js/ and ./pkg/), the service worker and its
// offline-files.json, and a `_headers` file with the security headers in the format
// Netlify and Cloudflare Pages read; on another host, send the same headers (the page's
// Content-Security-Policy is also in its <meta> tag, but a worker's can only be a header).

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OFFLINE_LIST, ROOT, WWW, onUse, pageFiles, pageHeaders } from './site.mjs';

const OUT = path.join(ROOT, 'dist', 'site');

/** Where a file of the repository goes in the site. */
function target(file) {
  const fromWww = path.relative(WWW, file);
  return fromWww.startsWith('..') ? path.relative(ROOT, file) : fromWww;
}

let files;
try {
  files = pageFiles();
} catch (err) {
  console.error(`build-site: ${err.message}`);
  process.exit(2);
}
rmSync(OUT, { recursive: true, force: true });
for (const file of [...files, path.join(WWW, 'sw.js')]) {
  const to = path.join(OUT, target(file));
  mkdirSync(path.dirname(to), { recursive: true });
  if (path.dirname(file) === WWW && file.endsWith('.js')) {
    // The page's own modules import the shared client and the engine from beside www/.
    const source = readFileSync(file, 'utf8').replace(/(['"])\.\.\/(js|pkg|pkg-html|pkg-all)\//g, '$1./$2/');
    writeFileSync(to, source);
  } else {
    copyFileSync(file, to);
  }
}

const urls = ['./', ...files.filter((file) => !onUse(file)).map((file) => target(file).split(path.sep).join('/'))];
writeFileSync(path.join(OUT, OFFLINE_LIST), `${JSON.stringify(urls)}\n`);

// One rule per file kind: hosts apply every matching rule, and two policies would both hold.
const rules = [
  ['/*', { 'X-Content-Type-Options': 'nosniff' }],
  ['/', pageHeaders('index.html')],
  ['/index.html', pageHeaders('index.html')],
  ['/worker.js', pageHeaders('worker.js')],
  ['/sw.js', pageHeaders('sw.js')],
];
writeFileSync(
  path.join(OUT, '_headers'),
  rules
    .map(([route, headers]) => [route, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n\n') + '\n',
);
console.log(`build-site: ${path.relative(ROOT, OUT)}/ (${urls.length} files for offline use, plus sw.js and _headers)`);

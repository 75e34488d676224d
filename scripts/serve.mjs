#!/usr/bin/env node
// A tiny static file server for the demo page: no dependencies, loopback only.
//
// It serves the repository root, so the page at /www/ can import ../pkg/precis.js, with the
// page's security headers (scripts/site.mjs: the Content-Security-Policy of the page and of
// its workers) and the service worker's generated /www/offline-files.json.
// Usage: node scripts/serve.mjs            (PORT=8080 by default; PORT=0 picks a free port)
// Prints "Serving http://127.0.0.1:PORT/www/" once it listens.
//
// Tests import `listen(root, options)` to serve another folder (a built site, with
// `{ site: true }`), or to replace some files.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OFFLINE_LIST, offlineList, pageHeaders } from './site.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file under `root`, or null when it would leave `root`. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** The path of a request inside the page's folder, or null when it is not one of the page's. */
function pagePath(root, site, pathname) {
  if (site) return pathname.slice(1);
  return root === ROOT && pathname.startsWith('/www/') ? pathname.slice('/www/'.length) : null;
}

async function handle(root, { overrides, site }, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const { pathname, search } = new URL(req.url, `http://${HOST}`);
  const override = overrides[pathname + search];
  if (override) return send(res, override.status ?? 200, override.body, override.headers);
  if (pathname === '/' && root === ROOT) return send(res, 302, '', { Location: '/www/' });
  if (root === ROOT && pathname === `/www/${OFFLINE_LIST}`) {
    const body = `${JSON.stringify(offlineList())}\n`;
    return send(res, 200, req.method === 'HEAD' ? '' : body, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
  }
  const page = pagePath(root, site, pathname);
  const security = page === null ? {} : pageHeaders(page);

  let file = resolvePath(root, pathname);
  if (file === null) return send(res, 403, 'forbidden\n');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // A directory without its trailing slash would break the page's relative URLs.
    if (!pathname.endsWith('/')) return send(res, 301, '', { Location: pathname + '/' });
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, 'not found\n');

  res.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...security,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

/**
 * Serves `root` on a loopback port (`port` 0 picks a free one) and resolves with the server.
 * `overrides` maps a request path (with its query string) to `{ status?, body, headers? }`.
 * `site`: `root` is a built site (npm run build:site), whose every file gets the page's
 * headers; otherwise only the repository's www/ does.
 */
export function listen(root, { port = 0, overrides = {}, site = false } = {}) {
  const server = createServer((req, res) => {
    handle(root, { overrides, site }, req, res).catch((err) => send(res, 500, `internal error: ${err.message}\n`));
  });
  return new Promise((resolve) => server.listen(port, HOST, () => resolve(server)));
}

/** `http://127.0.0.1:PORT` of a listening server. */
export const originOf = (server) => `http://${HOST}:${server.address().port}`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await listen(ROOT, { port: Number.parseInt(process.env.PORT ?? '8080', 10) });
  console.log(`Serving ${originOf(server)}/www/`);
}

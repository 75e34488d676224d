#!/usr/bin/env node
// Builds the npm package `precis-summarizer` into dist/precis/ and packs it as
// dist/precis-summarizer-VERSION.tgz (what `npm publish` would upload).
//
//   node scripts/build-package.mjs      (npm run build:package)
//
// The engine is built for four wasm-pack targets: web without the stemmers of the
// less common languages (pkg/, also used by the page), web with every stemmer (pkg-all/,
// loaded by the worker when a text needs one of them), bundler (pkg-bundler/) and nodejs
// (pkg-node/), the last three with every stemmer (the default features). The thin wrapper sources are in js/; the
// package README is the "Use it in your app" and "Privacy" sections of README.md.

import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'precis');
const NAME = 'precis-summarizer';

/** The licence texts, shipped beside the code. */
const LICENSES = ['LICENSE-MIT', 'LICENSE-APACHE'];

/** The cargo features of the web build: every default but `cli` and `all-stemmers`. */
const WEB_FEATURES = ['--no-default-features', '--features', 'console_error_panic_hook'];
const WEB_FILES = ['precis.js', 'precis.d.ts', 'precis_bg.wasm', 'precis_bg.wasm.d.ts'];
/** Build name → [wasm-pack target, build folder, package subfolder, files to copy, cargo arguments]. */
const BUILDS = {
  web: ['web', 'pkg', 'web', WEB_FILES, WEB_FEATURES],
  'web-all': ['web', 'pkg-all', 'web-all', WEB_FILES, []],
  bundler: ['bundler', 'pkg-bundler', 'bundler', ['precis.js', 'precis_bg.js', 'precis.d.ts', 'precis_bg.wasm', 'precis_bg.wasm.d.ts'], []],
  nodejs: ['nodejs', 'pkg-node', 'node', WEB_FILES, []],
};
/** The HTML module (html/), built for browsers and for Node: build folder → package subfolder. */
const HTML_BUILDS = {
  web: ['pkg-html', 'html/web'],
  nodejs: ['pkg-html-node', 'html/node'],
};
const HTML_FILES = ['precis_html.js', 'precis_html.d.ts', 'precis_html_bg.wasm', 'precis_html_bg.wasm.d.ts'];
const WRAPPERS = [
  'index.js', 'index.d.ts', 'all-languages.js', 'all-languages.d.ts', 'node.js', 'node.d.ts', 'summarizer.js', 'summarizer.d.ts',
  'summarizer-worker.js', 'client.js', 'worker-loop.js', 'html.js', 'html.d.ts', 'html-node.js', 'html-node.d.ts',
];

const run = (cmd, args, cwd = ROOT) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

function cargoPackage() {
  const toml = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const section = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
  const field = (key) => section.match(new RegExp(`^${key} = "(.*)"`, 'm'))?.[1];
  return { version: field('version'), description: field('description'), license: field('license'), repository: field('repository') };
}

/** The named `## ` sections of README.md, in file order. */
function readmeSections(names) {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const sections = readme.split(/^(?=## )/m).filter((s) => names.some((n) => s.startsWith(`## ${n}\n`)));
  if (sections.length !== names.length) throw new Error(`README.md lacks one of the sections ${names.join(', ')}`);
  return sections.join('').trim();
}

function manifest({ version, description, license, repository }) {
  return {
    name: NAME,
    version,
    description,
    license,
    // Only when Cargo.toml names one: the package does not invent an address.
    ...(repository ? { repository: { type: 'git', url: repository } } : {}),
    keywords: ['summarization', 'summarizer', 'extractive', 'textrank', 'nlp', 'wasm', 'webassembly'],
    type: 'module',
    engines: { node: '>=20' },
    main: './node.js',
    module: './index.js',
    types: './index.d.ts',
    exports: {
      '.': {
        node: { types: './node.d.ts', default: './node.js' },
        browser: { types: './index.d.ts', default: './index.js' },
        types: './index.d.ts',
        default: './index.js',
      },
      './all-languages': {
        node: { types: './node.d.ts', default: './node.js' },
        default: { types: './all-languages.d.ts', default: './all-languages.js' },
      },
      './worker': { types: './summarizer.d.ts', default: './summarizer.js' },
      './html': {
        node: { types: './html-node.d.ts', default: './html-node.js' },
        browser: { types: './html.d.ts', default: './html.js' },
        types: './html.d.ts',
        default: './html.js',
      },
      './bundler': { types: './bundler/precis.d.ts', default: './bundler/precis.js' },
      './precis_bg.wasm': './web/precis_bg.wasm',
      './package.json': './package.json',
    },
    files: [...WRAPPERS, ...LICENSES, 'web/', 'web-all/', 'bundler/', 'node/', 'html/'],
    // These run code when imported (instantiate the engine, or serve a worker).
    sideEffects: ['./bundler/precis.js', './node/precis.js', './summarizer-worker.js', './html/node/precis_html.js'],
  };
}

for (const [target, folder, , , cargoArgs] of Object.values(BUILDS)) {
  console.log(`build-package: wasm-pack build --target ${target} → ${folder}/ ${cargoArgs.join(' ')}`);
  const extra = cargoArgs.length ? ['--', ...cargoArgs] : [];
  run('wasm-pack', ['--quiet', 'build', '--target', target, '--release', '--out-dir', folder, ...extra]);
  execFileSync('node', ['scripts/optimize-wasm.mjs', path.join(folder, 'precis_bg.wasm')], { cwd: ROOT, stdio: 'inherit' });
}

for (const [target, [folder]] of Object.entries(HTML_BUILDS)) {
  console.log(`build-package: wasm-pack build html --target ${target} → ${folder}/`);
  run('wasm-pack', ['--quiet', 'build', 'html', '--target', target, '--profile', 'wasm-html', '--out-dir', `../${folder}`]);
  execFileSync('node', ['scripts/optimize-wasm.mjs', path.join(folder, 'precis_html_bg.wasm')], { cwd: ROOT, stdio: 'inherit' });
}

rmSync(OUT, { recursive: true, force: true });
const copied = [
  ...Object.values(BUILDS).map(([, folder, sub, files]) => [folder, sub, files]),
  ...Object.values(HTML_BUILDS).map(([folder, sub]) => [folder, sub, HTML_FILES]),
];
for (const [folder, sub, files] of copied) {
  mkdirSync(path.join(OUT, sub), { recursive: true });
  for (const file of files) copyFileSync(path.join(ROOT, folder, file), path.join(OUT, sub, file));
  // wasm-bindgen's snippets: the JS the Rust code imports (it builds the keyphrase spans).
  const snippets = path.join(ROOT, folder, 'snippets');
  if (existsSync(snippets)) cpSync(snippets, path.join(OUT, sub, 'snippets'), { recursive: true });
}
// The nodejs build `require`s its snippets, which wasm-bindgen writes as ES modules: each
// becomes CommonJS (its exported functions, then `module.exports`).
for (const file of readdirSync(path.join(OUT, 'node', 'snippets'), { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const where = path.join(OUT, 'node', 'snippets', file);
  const names = [];
  const source = readFileSync(where, 'utf8').replace(/^export function (\w+)/gm, (_, name) => {
    names.push(name);
    return `function ${name}`;
  });
  if (/^\s*export\b/m.test(source)) throw new Error(`build-package: cannot make ${where} CommonJS`);
  writeFileSync(where, `${source}\nmodule.exports = { ${names.join(', ')} };\n`);
}
// The nodejs builds are CommonJS inside a "type": "module" package.
writeFileSync(path.join(OUT, 'node', 'package.json'), '{ "type": "commonjs" }\n');
writeFileSync(path.join(OUT, 'html', 'node', 'package.json'), '{ "type": "commonjs" }\n');
for (const file of WRAPPERS) copyFileSync(path.join(ROOT, 'js', file), path.join(OUT, file));
for (const file of LICENSES) copyFileSync(path.join(ROOT, file), path.join(OUT, file));

const cargo = cargoPackage();
writeFileSync(path.join(OUT, 'package.json'), `${JSON.stringify(manifest(cargo), null, 2)}\n`);
writeFileSync(
  path.join(OUT, 'README.md'),
  `# ${NAME}\n\n${cargo.description}.\n\n${readmeSections(['Use it in your app', 'Privacy'])}\n\n` +
    `## Licence\n\n${cargo.license} (LICENSE-MIT, LICENSE-APACHE).\n`,
);

const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', DIST, OUT]));
console.log(`build-package: ${path.join('dist', packed.filename)} (${packed.entryCount} files, ${packed.size} bytes)`);

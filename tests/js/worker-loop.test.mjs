// The worker side shared by the page and createSummarizer() (js/worker-loop.js), run in Node with
// the worker globals it uses (postMessage, addEventListener) replaced by recorders.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPrecis } from './helpers.mjs';

const events = [];
let onMessage = null;
globalThis.postMessage = (message) => events.push(message.type);
globalThis.addEventListener = (type, listener) => {
  assert.equal(type, 'message');
  onMessage = listener;
};
const { stemmerAwareEngine, workerLoop, WARM_UP_TEXT } = await import('../../js/worker-loop.js');

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('the warm-up runs once the engine has loaded and before "ready" is posted', async () => {
  events.length = 0;
  let release;
  const loading = new Promise((resolve) => (release = resolve));
  workerLoop(loading, { echo: (x) => ({ x }) }, () => events.push('warm-up'));
  await settle();
  assert.deepEqual(events, [], 'nothing before the engine has loaded');
  release();
  await settle();
  assert.deepEqual(events, ['warm-up', 'ready']);
  onMessage({ data: { method: 'echo', args: [1] } });
  assert.deepEqual(events, ['warm-up', 'ready', 'result']);
});

test('a method may return a promise: its value or its refusal is posted once it settles', async () => {
  events.length = 0;
  workerLoop(Promise.resolve(), {
    later: async (x) => ({ x }),
    refuse: async () => {
      throw new Error('invalid argument');
    },
  });
  await settle();
  onMessage({ data: { method: 'later', args: [1] } });
  assert.deepEqual(events, ['ready'], 'nothing until the promise settles');
  await settle();
  onMessage({ data: { method: 'refuse', args: [] } });
  await settle();
  assert.deepEqual(events, ['ready', 'result', 'error']);
});

test('a warm-up that throws still lets the worker report "ready"', async () => {
  events.length = 0;
  workerLoop(Promise.resolve(), {}, () => {
    throw new Error('no engine');
  });
  await settle();
  assert.deepEqual(events, ['ready']);
});

test('a failed load is reported and skips the warm-up', async () => {
  events.length = 0;
  workerLoop(Promise.reject(new Error('404')), {}, () => events.push('warm-up'));
  await settle();
  assert.deepEqual(events, ['failed']);
});

test('the warm-up text runs the whole pipeline: a title line, then sentences to choose from', async () => {
  const precis = await loadPrecis();
  const { sentences } = precis.summarize(WARM_UP_TEXT);
  assert.equal(sentences.length, 4);
  assert.equal(sentences.filter((s) => s.selected).length, 3, 'scoring and selection ran');
  assert.equal(sentences[0].selected, false, 'the title line is recognised');
});

test('stemmerAwareEngine: the base build until a text needs every stemmer, then the full build, loaded once', async () => {
  const base = { name: 'base', needsAllStemmers: (text, language) => (language ?? text) === 'sv' };
  let loads = 0;
  const full = { name: 'full', default: async () => {} };
  const engineFor = stemmerAwareEngine(base, async () => {
    loads += 1;
    return full;
  });
  assert.equal((await engineFor('en')).name, 'base');
  assert.equal(loads, 0, 'nothing loaded for a language the base build stems');
  assert.equal((await engineFor('en', 'sv')).name, 'full', 'an explicit language counts');
  assert.equal((await engineFor('sv')).name, 'full');
  assert.equal((await engineFor('en')).name, 'full', 'the full build serves every later call');
  assert.equal(loads, 1);

  const offline = stemmerAwareEngine(base, () => Promise.reject(new Error('offline')));
  assert.equal((await offline('sv')).name, 'base', 'the base build serves when the full one cannot load');
});

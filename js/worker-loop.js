// The message loop of a summarizer worker (shared by the page's www/worker.js and the
// package's summarizer-worker.js). It answers one message at a time:
//
//   in:  { method, args }                       (only after it has posted { type: 'ready' })
//   out: { type: 'result', value }              the method's return value
//        { type: 'error', message }             the engine refused (bad option, text too large)
//        { type: 'crash', message }             anything else: the instance may be broken
//        { type: 'ready' } / { type: 'failed', message }   once, when loading ends

/** `Error: message` for an Error, the value as text otherwise. */
function describe(err) {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** A short article for `warmUp` calls (a title line, three sentences). */
export const WARM_UP_TEXT =
  'Council approves new budget\n\nThe city council approved the new budget on Tuesday. ' +
  'Spending on schools will rise next year, the mayor said. Critics said the plan ignored housing.';

/**
 * Serves `methods` (name → function) once `loading` (the engine's init promise) resolves,
 * after calling `warmUp` (say, one summary of `WARM_UP_TEXT`).
 * Typed arrays at the top level of a result object are transferred, not copied.
 */
export function workerLoop(loading, methods, warmUp = () => {}) {
  loading.then(
    () => {
      // V8 compiles WebAssembly functions lazily, on their first call, and a first call of
      // the engine compiles most of it. Doing that now, on a small text, before anyone
      // asks for anything, makes the first real request as fast as the later ones.
      try {
        warmUp();
      } catch {
        // A real request will meet and report the same problem.
      }
      postMessage({ type: 'ready' });
    },
    (err) => postMessage({ type: 'failed', message: describe(err) }),
  );
  addEventListener('message', ({ data: { method, args } }) => {
    let value;
    try {
      if (!Object.hasOwn(methods, method)) throw new Error(`unknown method "${method}"`);
      value = methods[method](...args);
    } catch (err) {
      fail(err);
      return;
    }
    // A method may return a promise (one that loads a module first, say).
    if (value instanceof Promise) value.then(reply, fail);
    else reply(value);
  });
}

/**
 * The engine to use for each call, as `engineFor(text, language)` (a promise of an engine
 * module): `base` (a build without the `all-stemmers` feature) until a text is in a language
 * whose stemmer only the full build has (`base.needsAllStemmers`), then the full build,
 * loaded once by `loadAll()` (a dynamic import), for that call and every later one. If it
 * cannot be loaded (offline before it was ever cached), `base` serves on, without stemming.
 */
export function stemmerAwareEngine(base, loadAll) {
  let all = null;
  return async (text, language) => {
    if (all === null && base.needsAllStemmers(text, language)) {
      all = loadAll()
        .then(async (module) => {
          await module.default();
          return module;
        })
        .catch(() => base);
    }
    return (await all) ?? base;
  };
}

/** Posts a method's result; typed arrays at its top level are transferred, not copied. */
function reply(value) {
  const transfer = Object.values(value ?? {}).filter(ArrayBuffer.isView).map((view) => view.buffer);
  postMessage({ type: 'result', value }, transfer);
}

/**
 * Reports a method's failure. The engine throws a plain Error when it refuses an input. A
 * WebAssembly.RuntimeError (a trap), or a RangeError (out of memory or stack) may have left
 * the instance in a broken state, so the client replaces this worker.
 */
function fail(err) {
  const refused = err instanceof Error && err.constructor === Error;
  postMessage(refused ? { type: 'error', message: err.message } : { type: 'crash', message: describe(err) });
}

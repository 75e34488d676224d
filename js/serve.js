// The worker side of a summarizer worker (shared by the page's www/worker.js and the
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

/**
 * Serves `methods` (name → function) once `loading` (the engine's init promise) resolves.
 * Typed arrays at the top level of a result object are transferred, not copied.
 */
export function serve(loading, methods) {
  loading.then(
    () => postMessage({ type: 'ready' }),
    (err) => postMessage({ type: 'failed', message: describe(err) }),
  );
  addEventListener('message', ({ data: { method, args } }) => {
    let value;
    try {
      if (!Object.hasOwn(methods, method)) throw new Error(`unknown method "${method}"`);
      value = methods[method](...args);
    } catch (err) {
      // The engine throws a plain Error when it refuses an input. A WebAssembly.RuntimeError
      // (a trap), or a RangeError (out of memory or stack) may have left the instance in a
      // broken state, so the client replaces this worker.
      const refused = err instanceof Error && err.constructor === Error;
      postMessage(refused ? { type: 'error', message: err.message } : { type: 'crash', message: describe(err) });
      return;
    }
    const transfer = Object.values(value ?? {}).filter(ArrayBuffer.isView).map((view) => view.buffer);
    postMessage({ type: 'result', value }, transfer);
  });
}

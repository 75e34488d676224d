// The main-thread side of a summarizer worker (shared by the page and the package's
// createSummarizer()). Jobs wait here and go to the worker one at a time, so that:
// - aborting a queued job just drops it, and aborting the running one terminates the worker
//   (a fresh worker starts for the next job);
// - if the WebAssembly instance crashes, only the running job fails; the worker is replaced
//   and the queued jobs run on the new one.

const PREFIX = 'precis:';

export class WorkerClient {
  /** Returns a new module Worker running `workerLoop()` (see worker-loop.js). */
  #spawn;
  #worker = null;
  #loaded = false;
  /** Waiting for `ready()`: { resolve, reject }. */
  #waiters = [];
  /** Jobs not yet sent: { method, args, signal, resolve, reject, onAbort }. */
  #queue = [];
  #running = null;
  #terminated = false;

  constructor(spawn) {
    this.#spawn = spawn;
  }

  /** Starts a worker if none runs, and resolves once it has loaded the engine. */
  ready() {
    if (this.#terminated) return Promise.reject(new Error(`${PREFIX} the summarizer was terminated`));
    if (this.#loaded) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiters.push({ resolve, reject });
      this.#ensureWorker();
    });
  }

  /** Runs `method(...args)` in the worker. Rejects with `signal.reason` when `signal` aborts. */
  call(method, args, signal) {
    if (this.#terminated) return Promise.reject(new Error(`${PREFIX} the summarizer was terminated`));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const job = { method, args, signal, resolve, reject, onAbort: null };
      if (signal) {
        job.onAbort = () => this.#abort(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.#queue.push(job);
      this.#pump();
    });
  }

  /** Stops the worker for good; pending calls reject. */
  terminate() {
    this.#terminated = true;
    this.#stopWorker();
    this.#failAll(new Error(`${PREFIX} the summarizer was terminated`));
  }

  #ensureWorker() {
    if (this.#worker) return;
    const worker = this.#spawn();
    this.#worker = worker;
    this.#loaded = false;
    worker.addEventListener('message', ({ data }) => {
      if (worker === this.#worker) this.#onMessage(data);
    });
    // An uncaught error in the worker, or its script failing to load.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return;
      const reason = event.message || 'the worker script or one of its imports failed to load';
      if (this.#loaded) this.#crash(reason);
      else this.#loadFailed(reason);
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.#worker) this.#crash('a message could not be read');
    });
  }

  #onMessage(data) {
    switch (data.type) {
      case 'ready':
        this.#loaded = true;
        for (const waiter of this.#waiters.splice(0)) waiter.resolve();
        this.#pump();
        break;
      case 'failed':
        this.#loadFailed(data.message);
        break;
      case 'result':
        this.#finish((job) => job.resolve(data.value));
        break;
      case 'error':
        this.#finish((job) => job.reject(new Error(data.message)));
        break;
      case 'crash':
        this.#crash(data.message);
        break;
    }
  }

  /** Sends the next queued job when a loaded worker is idle (starting a worker if needed). */
  #pump() {
    if (this.#running || this.#queue.length === 0) return;
    this.#ensureWorker();
    if (!this.#loaded) return;
    const job = this.#queue.shift();
    this.#running = job;
    this.#worker.postMessage({ method: job.method, args: job.args });
  }

  /** Settles the running job with `settle(job)` and moves on to the next one. */
  #finish(settle) {
    const job = this.#running;
    this.#running = null;
    if (job) {
      job.signal?.removeEventListener('abort', job.onAbort);
      settle(job);
    }
    this.#pump();
  }

  #abort(job) {
    if (job === this.#running) {
      this.#stopWorker();
      this.#finish((j) => j.reject(j.signal.reason));
    } else {
      this.#queue.splice(this.#queue.indexOf(job), 1);
      job.reject(job.signal.reason);
    }
  }

  /** The instance trapped (or the worker died) while running a job: replace the worker. */
  #crash(reason) {
    this.#stopWorker();
    const error = new Error(`${PREFIX} the summarizer crashed (${reason}); it was restarted, so try again`);
    this.#finish((job) => job.reject(error));
  }

  /** The engine could not be loaded: every waiting caller learns why; the next call retries. */
  #loadFailed(reason) {
    this.#stopWorker();
    this.#failAll(new Error(`${PREFIX} could not load the summarizer: ${reason}`));
  }

  #failAll(error) {
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
    const jobs = [...(this.#running ? [this.#running] : []), ...this.#queue.splice(0)];
    this.#running = null;
    for (const job of jobs) {
      job.signal?.removeEventListener('abort', job.onAbort);
      job.reject(error);
    }
  }

  #stopWorker() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#loaded = false;
  }
}

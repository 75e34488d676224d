// Types of `precis-summarizer/worker`.

import type {
  Keyphrase,
  KeyphrasesOptions,
  SentenceSpan,
  SentencesOptions,
  SummarizeOptions,
  SummaryResult,
} from './index.js';
import type { Article } from './html.js';

/** Per-call settings of a {@link Summarizer}. */
export interface CallOptions {
  /**
   * Cancels the call: it rejects with `signal.reason`. If the worker is already running it,
   * the worker is terminated and a fresh one runs the next call.
   */
  signal?: AbortSignal;
}

/**
 * The engine running in a module Web Worker. Calls run one at a time, in order.
 *
 * Errors: a bad option or a text over 32 MiB rejects with the same `Error` the synchronous
 * API throws. If the WebAssembly instance crashes, the call rejects with an `Error` whose
 * message starts with `precis: the summarizer crashed`, the worker is replaced, and later
 * calls work again. If the engine cannot be loaded, calls reject with
 * `precis: could not load the summarizer: …`.
 */
export interface Summarizer {
  /**
   * Starts the worker (if needed) and resolves once the engine is loaded and warmed up (one
   * small summary, so the first real call does not wait for the engine's code to compile).
   * Optional: calls wait for it. Call it early, e.g. when the page loads.
   */
  ready(): Promise<void>;
  /** Like `summarize` of the main entry, in the worker. */
  summarize(text: string, options?: SummarizeOptions | null, call?: CallOptions): Promise<SummaryResult>;
  /** Like `keyphrases` of the main entry, in the worker. */
  keyphrases(text: string, options?: KeyphrasesOptions | null, call?: CallOptions): Promise<Keyphrase[]>;
  /** Like `sentences` of the main entry, in the worker. */
  sentences(text: string, options?: SentencesOptions | null, call?: CallOptions): Promise<SentenceSpan[]>;
  /**
   * Like `extract` of `precis-summarizer/html`, in the worker; the HTML module is loaded on
   * the first call (summarizing never loads it).
   */
  extract(html: string, call?: CallOptions): Promise<Article>;
  /** Stops the worker for good; pending and later calls reject. */
  terminate(): void;
}

/** Starts a summarizer worker (lazily, on the first call or `ready()`). Browsers only. */
export function createSummarizer(): Summarizer;

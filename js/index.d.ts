// Types of the browser and bundler entry (`precis-summarizer`).

export type {
  Algorithm,
  Language,
  LanguageOption,
  SummarizeOptions,
  SentencesOptions,
  SentenceSpan,
  ScoredSentence,
  SummaryResult,
  KeyphrasesOptions,
  Keyphrase,
  TextSpan,
  FocusResult,
  InitInput,
  SyncInitInput,
} from './web/precis.js';

/**
 * Summarizes `text`: every sentence with its score, and the chosen ones.
 * Throws an `Error` naming the option when an option is invalid, and
 * `text too large: …` for texts over 32 MiB. Call `init()` first.
 */
export { summarize } from './web/precis.js';

/**
 * The keyphrases of `text` (names, places, subjects), best first, each with every occurrence in
 * UTF-16 offsets. Throws an `Error` naming the option when an option is invalid. Call `init()` first.
 */
export { keyphrases } from './web/precis.js';

/** Splits `text` into sentences with UTF-16 offsets. Call `init()` first. */
export { sentences } from './web/precis.js';

/**
 * The language of `text` as `summarize` detects it with `language: 'auto'` (ISO 639-1), or
 * `null` when the text is too short or mixed to tell. Call `init()` first.
 */
export { detectLanguage } from './web/precis.js';

/** Compiles the engine from bytes or a `WebAssembly.Module` you already have, synchronously. */
export { initSync } from './web/precis.js';

/**
 * Fetches and compiles the engine (`precis_bg.wasm`, next to this module, unless you pass
 * another URL, `Response`, bytes or `WebAssembly.Module`). Await it once before calling
 * `summarize` or `sentences`; later calls return at once.
 */
export { default } from './web/precis.js';

// Types of the Node entry (`precis-summarizer` under the "node" condition).

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
} from './node/precis.js';

/**
 * Summarizes `text`: every sentence with its score, and the chosen ones.
 * Throws an `Error` naming the option when an option is invalid, and
 * `text too large: …` for texts over 32 MiB.
 */
export { summarize } from './node/precis.js';

/**
 * The keyphrases of `text` (names, places, subjects), best first, each with every occurrence in
 * UTF-16 offsets. Throws an `Error` naming the option when an option is invalid.
 */
export { keyphrases } from './node/precis.js';

/** Splits `text` into sentences with UTF-16 offsets. */
export { sentences } from './node/precis.js';

/**
 * The language of `text` as `summarize` detects it with `language: 'auto'` (ISO 639-1), or
 * `null` when the text is too short or mixed to tell.
 */
export { detectLanguage } from './node/precis.js';

/** Does nothing: in Node the engine is ready on import. Lets browser code run unchanged. */
export default function init(): Promise<void>;

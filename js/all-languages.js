// The browser entry with every language's stemmer (`precis-summarizer/all-languages`): the
// same functions as the main entry, from a build that also stems Arabic, Danish, Finnish,
// Greek, Hungarian, Norwegian, Romanian, Swedish, Tamil and Turkish (the main entry analyses
// them without stemming, and its .wasm is smaller). Call `await init()` once first.
export {
  default,
  initSync,
  summarize,
  sentences,
  keyphrases,
  detectLanguage,
} from './web-all/precis.js';

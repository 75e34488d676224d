// Types of the entry with every language's stemmer (`precis-summarizer/all-languages`): the
// same as the main browser entry's.
export * from './index.js';
export { default } from './index.js';

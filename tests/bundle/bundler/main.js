// The README's snippet for the `bundler` build (WebAssembly ESM integration, no init()).
import { summarize } from 'precis-summarizer/bundler';

const text = document.querySelector('article').textContent;
document.querySelector('#summary').textContent = summarize(text, { sentences: 2 }).summary;

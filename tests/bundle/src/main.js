// The README's bundler snippet, then its result on the page for the test to read.
import init, { summarize } from 'precis-summarizer';

await init(); // fetches and compiles the engine once
const text = document.querySelector('article').textContent;
const { summary, sentences } = summarize(text, { sentences: 3 });

document.querySelector('#summary').textContent = `${summary}\n(${sentences.length} sentences)`;

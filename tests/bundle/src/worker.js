// The README's worker snippet, then its result on the page for the test to read.
import { createSummarizer } from 'precis-summarizer/worker';

const summarizer = createSummarizer();
const text = document.querySelector('article').textContent;
const { summary } = await summarizer.summarize(text, { ratio: 0.25 });

document.querySelector('#worker-summary').textContent = summary;
summarizer.terminate();

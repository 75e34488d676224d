// The worker started by createSummarizer(): loads the web build and serves its functions.
import init, { summarize, sentences } from './web/precis.js';
import { workerLoop, WARM_UP_TEXT } from './worker-loop.js';

workerLoop(init(), { summarize, sentences }, () => summarize(WARM_UP_TEXT));

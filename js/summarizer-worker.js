// The worker started by createSummarizer(): loads the web build and serves its functions.
import init, { summarize, sentences } from './web/precis.js';
import { serve, WARM_UP_TEXT } from './serve.js';

serve(init(), { summarize, sentences }, () => summarize(WARM_UP_TEXT));

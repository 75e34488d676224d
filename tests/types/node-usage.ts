// Typed use of the package from Node (the "node" export condition).
import { detectLanguage, summarize } from 'precis-summarizer';

const { summary, sentences, language } = summarize('One sentence. Another one.', { sentences: 1 });
console.log(summary, sentences[0]?.end, language ?? detectLanguage(summary));

import { extract } from 'precis-summarizer/html';

const { title, text } = extract('<h1>Title</h1><p>Text.</p>');
console.log(title.length + text.length);

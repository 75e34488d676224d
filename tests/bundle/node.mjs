// The README's Node snippet (run in a folder with article.txt and the package installed).
import { readFileSync } from 'node:fs';
import { summarize } from 'precis-summarizer';

console.log(summarize(readFileSync('article.txt', 'utf8'), { sentences: 3 }).summary);

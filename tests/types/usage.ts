// Typed use of every entry of the package; `tsc --noEmit --strict` must accept it as is.
import init, {
  detectLanguage, sentences, summarize, type Language, type LanguageOption, type ScoredSentence, type SummarizeOptions,
  type SummaryResult,
} from 'precis-summarizer';
import { createSummarizer, type Summarizer } from 'precis-summarizer/worker';
import initHtml, { extract, pageText, type Article } from 'precis-summarizer/html';
import initAll, { summarize as summarizeAll } from 'precis-summarizer/all-languages';

export async function swedish(text: string): Promise<Language | null> {
  await initAll();
  return summarizeAll(text, { language: 'sv' }).language;
}

export async function article(page: string): Promise<[Article, string, Article]> {
  await initHtml();
  const found: Article = extract(page);
  const inWorker: Article = await createSummarizer().extract(page);
  return [found, `${found.title}: ${found.text.length} of ${pageText(page).length}`, inWorker];
}

export async function run(text: string): Promise<string[]> {
  await init();
  const options: SummarizeOptions = { ratio: 0.2, algorithm: 'textrank', language: 'de', diversity: 0.3 };
  const result: SummaryResult = summarize(text, options);
  const chosen: ScoredSentence[] = result.sentences.filter((s) => s.selected && !s.boilerplate);
  const spans = sentences(text, { language: 'en' }).map((s) => text.slice(s.start, s.end));
  const auto: LanguageOption = 'auto';
  const detected: Language | null = summarize(text, { language: auto }).language;
  const told: Language | null = detectLanguage(text);

  const summarizer: Summarizer = createSummarizer();
  const controller = new AbortController();
  const inWorker = await summarizer.summarize(text, { sentences: 2 }, { signal: controller.signal });
  summarizer.terminate();
  return [...chosen.map((s) => `${s.index}: ${s.score.toFixed(2)}`), ...spans, inWorker.summary, `${detected ?? told ?? inWorker.language}`];
}

// @ts-expect-error: not an algorithm
summarize('x', { algorithm: 'pagerank' });
// @ts-expect-error: not a language code
summarize('x', { language: 'xx' });

// Renders a summary result (the compact form of worker.js) into the page. User text reaches
// the DOM only through text nodes and `textContent`, never as HTML.

const SELECTED = 1;
const BOILERPLATE = 2;
/**
 * The article view shows a window of the sentences: CHUNK of them at first, the next CHUNK
 * whenever the reader scrolls near its end, earlier ones on request. A 5 MB text has 40,000
 * sentences; rendering them all would freeze the page for seconds.
 */
const CHUNK = 1000;
const WORDS_PER_MINUTE = 238; // average silent reading speed for non-fiction (Brysbaert, 2019)

/** The indexes of the chosen sentences. */
export function selectedIndexes(result) {
  const chosen = [];
  result.flags.forEach((flag, i) => {
    if (flag & SELECTED) chosen.push(i);
  });
  return chosen;
}

/** The summary as a list of links to the sentences in the article view. */
export function renderSummary(list, text, result) {
  const items = selectedIndexes(result).map((i) => {
    const link = document.createElement('a');
    link.href = `#s-${i}`;
    link.dataset.index = String(i);
    link.dataset.score = result.scores[i].toFixed(2);
    link.textContent = text.slice(result.starts[i], result.ends[i]);
    const li = document.createElement('li');
    li.append(link);
    return li;
  });
  list.replaceChildren(...items);
}

/**
 * The keyphrases as toggle buttons (`aria-pressed`), the one named `active` pressed; each
 * carries its keyphrase's index in `data-index`.
 */
export function renderKeyphrases(container, keyphrases, active) {
  const chips = keyphrases.map((keyphrase, i) => {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.id = `keyphrase-${i}`;
    chip.dataset.index = String(i);
    chip.textContent = keyphrase.text;
    chip.setAttribute('aria-pressed', String(keyphrase.text === active));
    const times = keyphrase.occurrences.length;
    chip.title = `${times} ${times === 1 ? 'mention' : 'mentions'}: focus the summary on it`;
    return chip;
  });
  container.replaceChildren(...chips);
}

/**
 * The article, rebuilt from `text.slice` pieces: chosen sentences as focusable
 * <mark id="s-N">, the others as spans shaded by score (the --score custom property, set
 * through the CSSOM, which the Content-Security-Policy allows), the gaps as text nodes.
 * Each sentence also carries its score as text in `data-score`, which "Show the scores"
 * displays after it (CSS generated content: seen, and read by screen readers, without
 * changing the text). The occurrences of a chosen keyphrase (`highlight`, UTF-16 spans in
 * text order) are <mark class="keyphrase"> inside their sentences.
 */
export class ArticleView {
  #container;
  #observer;
  /** An empty element after the window; when it comes near the view, the window grows. */
  #sentinel = document.createElement('div');
  /** Before a window that does not start at the first sentence. */
  #earlier = document.createElement('button');
  #text = '';
  #result = null;
  /** Spans to mark as keyphrase occurrences, in text order. */
  #highlight = [];
  /** The window: sentences from..next-1. */
  #from = 0;
  #next = 0;

  constructor(container) {
    this.#container = container;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#append();
      },
      { root: container, rootMargin: '0px 0px 1000px 0px' },
    );
    this.#earlier.type = 'button';
    this.#earlier.className = 'secondary small earlier';
    this.#earlier.addEventListener('click', () => this.#prepend());
  }

  show(text, result, highlight = []) {
    this.#text = text;
    this.#result = result;
    this.#highlight = highlight;
    this.#window(0);
  }

  /** The first keyphrase occurrence, moving the window to its sentence; null if none. */
  revealHighlight() {
    const [first] = this.#highlight;
    if (!first) return null;
    const { starts, ends } = this.#result;
    const index = firstAtOrAfter(ends, first.start + 1);
    if (index >= starts.length) return null;
    if (index < this.#from || index >= this.#next + CHUNK) this.#window(Math.max(0, index - CHUNK / 2));
    while (this.#next <= index) this.#append();
    return this.#container.querySelector('.keyphrase');
  }

  /** The element of chosen sentence `index`, moving the window to it if needed. */
  reveal(index) {
    if (index < this.#from || index >= this.#next + CHUNK) this.#window(Math.max(0, index - CHUNK / 2));
    while (this.#next <= index) this.#append();
    return document.getElementById(`s-${index}`);
  }

  #window(from) {
    this.#from = from;
    this.#next = from;
    this.#container.replaceChildren(this.#sentinel);
    if (from > 0) {
      this.#container.prepend(this.#earlier);
      this.#earlier.textContent = `Show earlier sentences (${from} hidden)`;
    }
    this.#append();
  }

  /** Sentences from..to-1, each after the text that precedes it. */
  #nodes(from, to) {
    const { starts, ends } = this.#result;
    const nodes = [];
    const highlight = this.#highlight;
    let h = firstAtOrAfter(highlight.map((span) => span.end), (starts[from] ?? 0) + 1);
    for (let i = from; i < to; i += 1) {
      const inside = [];
      while (h < highlight.length && highlight[h].start < ends[i]) {
        if (highlight[h].end > starts[i]) inside.push(highlight[h]);
        h += 1;
      }
      nodes.push(
        this.#text.slice(i === 0 ? 0 : ends[i - 1], starts[i]),
        sentenceElement(this.#text, this.#result, i, inside),
      );
    }
    return nodes;
  }

  #append() {
    const { starts, ends } = this.#result;
    const to = Math.min(this.#next + CHUNK, starts.length);
    const nodes = this.#nodes(this.#next, to);
    this.#next = to;
    this.#observer.unobserve(this.#sentinel);
    if (to === starts.length) {
      nodes.push(this.#text.slice(to === 0 ? 0 : ends[to - 1]));
      this.#sentinel.replaceWith(...nodes);
    } else {
      this.#sentinel.before(...nodes);
      this.#observer.observe(this.#sentinel); // reports at once if it is still near the view
    }
  }

  #prepend() {
    const from = Math.max(0, this.#from - CHUNK);
    this.#earlier.after(...this.#nodes(from, this.#from));
    this.#from = from;
    if (from === 0) this.#earlier.remove();
    else this.#earlier.textContent = `Show earlier sentences (${from} hidden)`;
  }
}

/** The first index of the ascending `values` whose value is at least `value`. */
function firstAtOrAfter(values, value) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sentenceElement(text, result, i, highlight) {
  const selected = (result.flags[i] & SELECTED) !== 0;
  const boilerplate = (result.flags[i] & BOILERPLATE) !== 0;
  const score = result.scores[i];
  const el = document.createElement(selected ? 'mark' : 'span');
  el.className = boilerplate ? 'sentence boilerplate' : 'sentence';
  el.style.setProperty('--score', score.toFixed(3));
  el.dataset.score = boilerplate ? 'boilerplate' : score.toFixed(2);
  el.title = `score ${score.toFixed(2)}${boilerplate ? ' (boilerplate)' : ''}`;
  if (selected) {
    el.id = `s-${i}`;
    el.tabIndex = -1;
  }
  const start = result.starts[i];
  const end = result.ends[i];
  let at = start;
  for (const span of highlight) {
    const from = Math.max(span.start, at);
    const to = Math.min(span.end, end);
    if (to <= from) continue;
    const mark = document.createElement('mark');
    mark.className = 'keyphrase';
    mark.textContent = text.slice(from, to);
    el.append(text.slice(at, from), mark);
    at = to;
  }
  el.append(text.slice(at, end));
  return el;
}

/** "1,234 → 210 words (17%) · about 4 min of reading saved · 5 of 40 sentences". */
export function statsText(result) {
  const { wordsBefore: before, wordsAfter: after } = result;
  const format = new Intl.NumberFormat('en');
  const percent = before === 0 ? 0 : Math.round((100 * after) / before);
  const minutes = Math.round((before - after) / WORDS_PER_MINUTE);
  const saved = minutes < 1 ? 'under a minute of reading saved' : `about ${format.format(minutes)} min of reading saved`;
  return (
    `${format.format(before)} → ${format.format(after)} words (${percent}%) · ${saved} · ` +
    `${selectedIndexes(result).length} of ${format.format(result.starts.length)} sentences`
  );
}

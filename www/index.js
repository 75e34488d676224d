// The precis demo page: wires the form to the WebAssembly summarizer and renders the result.
//
// User text reaches the DOM only through text nodes and `textContent`, never as HTML.
// Option values are passed to the summarizer as they are: it validates them and its error
// messages are shown on the page, so no default or limit is duplicated here.

// The package is imported dynamically, so that a missing or broken build is reported on
// the page instead of leaving it silently dead.
const PACKAGE_URL = '../pkg/precis.js';
const DEBOUNCE_MS = 150;

/** The loaded wasm-bindgen module (`summarize`, `sentences`), set once by `main`. */
let precis;

/** Per length mode: the label and the input limits. `value` remembers the last value used. */
const LENGTH_MODES = {
  sentences: { label: 'Number of sentences', min: 1, max: 20, step: 1, value: 3 },
  ratio: { label: 'Share of the sentences', min: 0.05, max: 1, step: 0.05, value: 0.2 },
  words: { label: 'Word budget', min: 10, max: 500, step: 10, value: 100 },
};

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'),
  form: $('controls'),
  lengthLabel: $('length-label'),
  lengthRange: $('length-range'),
  lengthNumber: $('length-number'),
  algorithm: $('algorithm'),
  language: $('language'),
  live: $('live'),
  summarizeButton: $('summarize'),
  loadError: $('load-error'),
  status: $('status'),
  optionError: $('option-error'),
  empty: $('empty'),
  example: $('example'),
  results: $('results'),
  summary: $('summary'),
  document: $('document'),
};

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Counts words the way a reader would (CJK included), ignoring punctuation and spaces. */
function countWords(text) {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike) count += 1;
  }
  return count;
}

function lengthMode() {
  return ui.form.elements['length-mode'].value;
}

/** Shows the limits and remembered value of the current length mode. */
function applyLengthMode() {
  const mode = LENGTH_MODES[lengthMode()];
  ui.lengthLabel.textContent = mode.label;
  for (const input of [ui.lengthRange, ui.lengthNumber]) {
    input.min = mode.min;
    input.max = mode.max;
    input.step = mode.step;
    input.value = mode.value;
  }
}

/** The options object for `summarize`, straight from the controls. */
function readOptions() {
  return {
    // valueAsNumber is NaN for an empty box: the summarizer then names the problem.
    [lengthMode()]: ui.lengthNumber.valueAsNumber,
    algorithm: ui.algorithm.value,
    language: ui.language.value,
  };
}

/** Shows (or with '' clears) a rejected-option message; flags the length box when it is named. */
function showOptionError(message) {
  ui.optionError.textContent = message;
  ui.optionError.hidden = message === '';
  const lengthRejected = message.includes(`"${lengthMode()}"`);
  ui.lengthNumber.setAttribute('aria-invalid', String(lengthRejected));
  if (lengthRejected) ui.lengthNumber.setAttribute('aria-errormessage', 'option-error');
  else ui.lengthNumber.removeAttribute('aria-errormessage');
}

/** Summarizes the text box with the current options and renders the result. */
function runSummary() {
  const text = ui.text.value;
  showOptionError('');
  if (text.trim() === '') {
    ui.results.hidden = true;
    ui.empty.hidden = false;
    ui.status.textContent = 'Waiting for text.';
    return;
  }
  ui.empty.hidden = true;

  let result;
  const started = performance.now();
  try {
    result = precis.summarize(text, readOptions());
  } catch (err) {
    ui.results.hidden = true;
    ui.status.textContent = 'No summary.';
    showOptionError(`Cannot summarize: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  const elapsed = performance.now() - started;

  renderSummary(result.sentences);
  renderDocument(text, result.sentences);
  ui.results.hidden = false;
  renderStats(text, result, elapsed);
}

function renderSummary(sentences) {
  const items = sentences
    .filter((s) => s.selected)
    .map((s) => {
      const li = document.createElement('li');
      li.textContent = s.text;
      return li;
    });
  ui.summary.replaceChildren(...items);
}

/**
 * Rebuilds the article from `text.slice` pieces: chosen sentences as <mark>, the others as
 * spans shaded by score (the --score custom property, set through the CSSOM, which the
 * page's Content-Security-Policy allows), and the gaps between sentences as plain text.
 */
function renderDocument(text, sentences) {
  const nodes = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) nodes.push(document.createTextNode(text.slice(at, s.start)));
    const el = document.createElement(s.selected ? 'mark' : 'span');
    el.className = s.boilerplate ? 'sentence boilerplate' : 'sentence';
    el.style.setProperty('--score', s.score.toFixed(3));
    el.title = `score ${s.score.toFixed(2)}${s.boilerplate ? ' (boilerplate)' : ''}`;
    el.textContent = text.slice(s.start, s.end);
    nodes.push(el);
    at = s.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  ui.document.replaceChildren(...nodes);
}

function renderStats(text, result, elapsed) {
  const before = countWords(text);
  const chosen = result.sentences.filter((s) => s.selected);
  const after = chosen.reduce((sum, s) => sum + countWords(s.text), 0);
  const percent = before === 0 ? 0 : Math.round((100 * after) / before);
  ui.status.textContent =
    `${chosen.length} of ${result.sentences.length} sentences · ` +
    `${before} → ${after} words (${percent}%) · ${elapsed.toFixed(1)} ms`;
}

let timer;
function scheduleSummary() {
  clearTimeout(timer);
  if (ui.live.checked) timer = setTimeout(runSummary, DEBOUNCE_MS);
}

function summarizeNow() {
  clearTimeout(timer);
  runSummary();
}

async function loadExample() {
  try {
    const response = await fetch('example.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ui.text.value = await response.text();
  } catch (err) {
    showOptionError(`Could not load the example: ${err.message}`);
    return;
  }
  summarizeNow();
}

function wireEvents() {
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    summarizeNow();
  });
  ui.text.addEventListener('input', scheduleSummary);
  ui.text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      summarizeNow();
    }
  });
  for (const radio of ui.form.elements['length-mode']) {
    radio.addEventListener('change', () => {
      applyLengthMode();
      scheduleSummary();
    });
  }
  // The slider and the number box show one value; the box also takes values off the slider.
  ui.lengthRange.addEventListener('input', () => {
    ui.lengthNumber.value = ui.lengthRange.value;
    LENGTH_MODES[lengthMode()].value = ui.lengthRange.valueAsNumber;
    scheduleSummary();
  });
  ui.lengthNumber.addEventListener('input', () => {
    ui.lengthRange.value = ui.lengthNumber.value;
    LENGTH_MODES[lengthMode()].value = ui.lengthNumber.valueAsNumber;
    scheduleSummary();
  });
  for (const select of [ui.algorithm, ui.language]) select.addEventListener('change', scheduleSummary);
  ui.live.addEventListener('change', scheduleSummary);
  ui.example.addEventListener('click', loadExample);
}

async function main() {
  applyLengthMode();
  try {
    const pkg = await import(PACKAGE_URL);
    await pkg.default();
    precis = pkg;
  } catch (err) {
    ui.loadError.textContent =
      `The summarizer could not be loaded, so this page cannot summarize: ${err.message}. ` +
      'Build it with "npm run build" and serve the repository root (npm start).';
    ui.loadError.hidden = false;
    ui.status.textContent = 'Summarizer unavailable.';
    return;
  }
  wireEvents();
  ui.summarizeButton.disabled = false;
  runSummary();
}

main();

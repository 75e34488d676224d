// The precis page: wires the form to the summarizer worker and renders the results.
//
// The engine runs in a module Web Worker (worker.js) behind WorkerClient (../js/client.js,
// shared with the npm package). A newer request supersedes an older one: its AbortController
// is aborted, which drops the old job if it is still queued, or terminates the worker if it
// is running it (a fresh worker starts at once), so a long job never delays a new one.
// If the WebAssembly instance crashes, the client replaces the worker; the page shows the
// error and keeps the text. Option values go to the engine as they are: it validates them
// and its messages are shown, so no limit is checked here. The controls start at the
// engine's defaults (3 sentences, diversity 0.15, hybrid, English; a page test checks that
// the first summary equals the engine's default one).

import { WorkerClient } from '../js/client.js';
import { ArticleView, renderKeyphrases, renderSummary, statsText } from './render.js';
import { readFile } from './input.js';
import { copy, download, markdown, plainText } from './output.js';

const DEBOUNCE_MS = 150;
/** How many keyphrase chips are shown above the summary. */
const KEYPHRASES = 8;
/** A job still running after this long shows the working indicator. */
const BUSY_AFTER_MS = 200;
/** Screen readers hear the status this long after it last changed (not on every keystroke). */
const ANNOUNCE_AFTER_MS = 1000;

/** Per length mode: the label and the input limits. `value` remembers the last value used. */
const LENGTH_MODES = {
  sentences: { label: 'Number of sentences', min: 1, max: 20, step: 1, value: 3 },
  ratio: { label: 'Share of the sentences', min: 0.05, max: 1, step: 0.05, value: 0.2 },
  words: { label: 'Word budget', min: 10, max: 500, step: 10, value: 100 },
};

const $ = (id) => document.getElementById(id);
const ui = {
  inputPanel: $('input-panel'),
  text: $('text'),
  extractNote: $('extract-note'),
  extractNoteText: $('extract-note-text'),
  useRaw: $('use-raw'),
  openFile: $('open-file'),
  file: $('file'),
  form: $('controls'),
  lengthLabel: $('length-label'),
  lengthRange: $('length-range'),
  lengthNumber: $('length-number'),
  diversity: $('diversity'),
  diversityValue: $('diversity-value'),
  algorithm: $('algorithm'),
  language: $('language'),
  live: $('live'),
  summarizeButton: $('summarize'),
  loadError: $('load-error'),
  status: $('status'),
  announcer: $('announcer'),
  showScores: $('show-scores'),
  error: $('error'),
  empty: $('empty'),
  example: $('example'),
  results: $('results'),
  stats: $('stats'),
  copyStatus: $('copy-status'),
  summary: $('summary'),
  keyphrases: $('keyphrases'),
  chips: $('keyphrase-chips'),
  focusNote: $('focus-note'),
  document: $('document'),
};

const summarizer = new WorkerClient(() => new Worker('worker.js', { type: 'module' }));
const article = new ArticleView(ui.document);

/** The job in flight (its AbortController). */
let current = null;
/** The result shown, for copy and download. */
let shown = null;
/** The text of the pressed keyphrase chip: the summary's focus (null: none). */
let activeKeyphrase = null;

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
    // valueAsNumber is NaN for an empty box: the engine then names the problem.
    [lengthMode()]: ui.lengthNumber.valueAsNumber,
    algorithm: ui.algorithm.value,
    language: ui.language.value,
    diversity: ui.diversity.valueAsNumber,
    keyphrases: KEYPHRASES,
    ...(activeKeyphrase === null ? {} : { focus: activeKeyphrase }),
  };
}

/** The names of the languages of the menu, by ISO 639-1 code. */
const LANGUAGE_NAMES = new Map([...ui.language.options].map((option) => [option.value, option.textContent]));

/**
 * Labels the menu's "Auto" entry with the language the engine detected (`code`), or says that
 * it could not tell (a text too short or mixed: analysed language-neutrally); `undefined`
 * (no text) shows plain "Auto".
 */
function showDetectedLanguage(code) {
  const auto = ui.language.querySelector('option[value="auto"]');
  if (ui.language.value !== 'auto' || code === undefined) {
    auto.textContent = 'Auto';
    return;
  }
  auto.textContent = code ? `Auto (detected: ${LANGUAGE_NAMES.get(code) ?? code})` : 'Auto (not detected)';
}

/** Shows (or with '' clears) an error; flags the length box when the message names it. */
function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = message === '';
  const lengthRejected = message.includes(`"${lengthMode()}"`);
  ui.lengthNumber.setAttribute('aria-invalid', String(lengthRejected));
  if (lengthRejected) ui.lengthNumber.setAttribute('aria-errormessage', 'error');
  else ui.lengthNumber.removeAttribute('aria-errormessage');
}

/**
 * Shows `text` in the status line, and has screen readers announce `spoken` (by default the
 * same) once no other status has followed for ANNOUNCE_AFTER_MS, and only when it differs
 * from the last announcement: live updates while typing are not read out one by one.
 */
let announceTimer;
let announced = '';
function setStatus(text, spoken = text) {
  ui.status.textContent = text;
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    if (spoken === announced) return;
    announced = spoken;
    ui.announcer.textContent = spoken;
  }, ANNOUNCE_AFTER_MS);
}

function setBusy(busy, text) {
  ui.status.classList.toggle('busy', busy);
  ui.results.classList.toggle('stale', busy);
  ui.results.setAttribute('aria-busy', String(busy));
  if (busy) setStatus(`Summarizing ${formatSize(text.length)}…`);
}

function formatSize(chars) {
  if (chars < 1e3) return `${chars} characters`;
  if (chars < 1e6) return `${Math.round(chars / 1e3)} thousand characters`;
  return `${(chars / 1e6).toFixed(1)} million characters`;
}

/**
 * The writing direction of `text` as `dir="auto"` finds it, from its first letter: `rtl` for
 * Arabic, Hebrew and the other right-to-left scripts, `ltr` otherwise. Only the first 4,096
 * characters are read: Chromium's own `dir="auto"` on a text box rescans the whole value, which
 * takes minutes on a text of tens of megabytes.
 */
function writingDirection(text) {
  const letter = text.slice(0, 4096).match(/\p{L}/u)?.[0];
  const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
  return letter && rightToLeft.test(letter) ? 'rtl' : 'ltr';
}

/** Shows the text box right to left when its text is written so. */
function followWritingDirection() {
  ui.text.dir = writingDirection(ui.text.value);
}

/** Summarizes the text box with the current options; a newer call supersedes this one. */
async function runSummary() {
  current?.abort();
  const job = new AbortController();
  current = job;

  const text = ui.text.value;
  ui.text.dir = writingDirection(text);
  showError('');
  if (!/\S/.test(text)) {
    setBusy(false);
    shown = null;
    ui.results.hidden = true;
    ui.empty.hidden = false;
    showDetectedLanguage(undefined);
    setStatus('Waiting for text.');
    return;
  }
  ui.empty.hidden = true;

  const busyTimer = setTimeout(() => setBusy(true, text), BUSY_AFTER_MS);
  const started = performance.now();
  let result;
  try {
    result = await summarizer.call('summarize', [text, readOptions()], job.signal);
  } catch (err) {
    if (job.signal.aborted) return; // superseded: the newer call owns the page
    clearTimeout(busyTimer);
    setBusy(false);
    shown = null;
    ui.results.hidden = true;
    setStatus('No summary.');
    showError(`Cannot summarize: ${err.message}. Your text is kept.`);
    return;
  } finally {
    if (current === job) current = null;
  }
  clearTimeout(busyTimer);
  const elapsed = performance.now() - started;

  showDetectedLanguage(result.language);
  const active = result.keyphrases.find((keyphrase) => keyphrase.text === activeKeyphrase);
  if (activeKeyphrase !== null && !active) {
    // The text changed and no longer has the chosen keyphrase: an unfocused summary.
    activeKeyphrase = null;
    runSummary();
    return;
  }
  renderKeyphrases(ui.chips, result.keyphrases, activeKeyphrase);
  ui.keyphrases.hidden = result.keyphrases.length === 0;
  ui.focusNote.hidden = !active;
  if (active) {
    const { sentences } = result.focus ?? { sentences: 0 };
    ui.focusNote.textContent =
      `Summary focused on “${active.text}” (${sentences} ${sentences === 1 ? 'sentence mentions' : 'sentences mention'} it); ` +
      'its mentions are marked in the article. Press the term again to clear.';
  }
  renderSummary(ui.summary, text, result);
  article.show(text, result, active?.occurrences);
  ui.stats.textContent = statsText(result);
  ui.results.hidden = false;
  shown = result;
  setBusy(false);
  const chosen = result.flags.filter((flag) => flag & 1).length;
  setStatus(
    `Summarized in ${elapsed < 1000 ? `${Math.round(elapsed)} ms` : `${(elapsed / 1000).toFixed(1)} s`}.`,
    `Summary ready: ${chosen} of ${result.starts.length} sentences.`,
  );
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

/** Puts `text` in the text box and summarizes it. */
function setText(text) {
  ui.extractNote.hidden = true;
  ui.text.value = text;
  summarizeNow();
}

/**
 * Puts the article of an HTML page in the text box (its title line, a blank line and the
 * text) and says what was left out, with a button back to `raw`: the text a plain paste
 * gives, or the page's whole text. `from` names where the page came from.
 */
async function importPage(html, plain, from) {
  showError('');
  ui.status.textContent = 'Finding the article…';
  let found;
  try {
    found = await summarizer.call('extract', [html, plain]);
  } catch (err) {
    if (plain !== null) setText(plain);
    showError(`Cannot read the page: ${err.message}.${plain !== null ? ' The pasted text is used as it is.' : ''}`);
    return;
  }
  // Nothing found, or nothing left out: the text as it came.
  if (!/\S/.test(found.text) || found.wordsLeftOut === 0) {
    setText(found.raw);
    return;
  }
  setText(found.text);
  const words = found.wordsLeftOut.toLocaleString('en-US');
  ui.extractNoteText.textContent =
    `Article extracted from the ${from}, ${words} ${found.wordsLeftOut === 1 ? 'word' : 'words'} of menus and links left out.`;
  ui.useRaw.textContent = plain !== null ? 'Use the pasted text instead' : "Use the page's whole text instead";
  ui.useRaw.onclick = () => {
    setText(found.raw);
    ui.text.focus();
  };
  ui.extractNote.hidden = false;
}

/** A paste of a web page (it carries text/html) that fills the whole box: its article. */
function pasteArticle(event) {
  const html = event.clipboardData?.getData('text/html');
  const fillsBox = ui.text.selectionStart === 0 && ui.text.selectionEnd === ui.text.value.length;
  if (!html || !fillsBox) return; // a plain-text paste is left as pasted
  event.preventDefault();
  importPage(html, event.clipboardData.getData('text/plain') || null, 'pasted page');
}

async function loadExample() {
  try {
    const response = await fetch('example.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    setText(await response.text());
  } catch (err) {
    showError(`Could not load the example: ${err.message}`);
  }
}

async function openFile(file) {
  let input;
  try {
    input = await readFile(file);
  } catch (err) {
    showError(`Cannot open the file: ${err.message}. Your text is kept.`);
    return;
  }
  if (input.html === undefined) setText(input.text);
  else await importPage(input.html, null, 'page');
}

/**
 * A chip pressed: focuses the summary on its keyphrase, or, when it was the pressed one,
 * clears the focus. Keyboard focus stays on the chip (it is rendered again with the result).
 */
async function toggleKeyphrase(event) {
  const chip = event.target.closest('button.chip');
  if (!chip || !shown) return;
  const keyphrase = shown.keyphrases[Number(chip.dataset.index)];
  if (!keyphrase) return;
  activeKeyphrase = activeKeyphrase === keyphrase.text ? null : keyphrase.text;
  for (const other of ui.chips.children) other.setAttribute('aria-pressed', String(other === chip && activeKeyphrase !== null));
  const index = chip.dataset.index;
  clearTimeout(timer);
  await runSummary();
  ui.chips.querySelector(`button.chip[data-index="${index}"]`)?.focus();
  if (activeKeyphrase !== null) article.revealHighlight()?.scrollIntoView({ block: 'nearest' });
}

/** Scrolls the article view to the sentence a summary link points at, and focuses it. */
function jumpToSentence(event) {
  const link = event.target.closest('a[data-index]');
  if (!link) return;
  event.preventDefault();
  const target = article.reveal(Number(link.dataset.index));
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

async function copySummary(format) {
  if (!shown) return;
  try {
    await copy(format === 'markdown' ? markdown(shown) : plainText(shown));
    ui.copyStatus.textContent = format === 'markdown' ? 'Copied as Markdown.' : 'Copied.';
  } catch (err) {
    ui.copyStatus.textContent = `Could not copy: ${err.message}`;
  }
}

function wireDropZone() {
  const zone = ui.inputPanel;
  const hasFiles = (event) => event.dataTransfer?.types.includes('Files');
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return; // dragged text: the text box takes it as usual
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', (event) => {
    if (!zone.contains(event.relatedTarget)) zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', (event) => {
    zone.classList.remove('dragging');
    const [file] = event.dataTransfer?.files ?? [];
    if (!file) return;
    event.preventDefault();
    openFile(file);
  });
}

function wireEvents() {
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    summarizeNow();
  });
  ui.text.addEventListener('input', followWritingDirection);
  ui.text.addEventListener('input', scheduleSummary);
  ui.text.addEventListener('paste', pasteArticle);
  document.addEventListener('keydown', (event) => {
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
  ui.diversity.addEventListener('input', () => {
    ui.diversityValue.textContent = ui.diversity.valueAsNumber.toFixed(2);
    scheduleSummary();
  });
  for (const select of [ui.algorithm, ui.language]) select.addEventListener('change', scheduleSummary);
  ui.live.addEventListener('change', scheduleSummary);
  ui.showScores.addEventListener('change', () => ui.results.classList.toggle('show-scores', ui.showScores.checked));
  ui.example.addEventListener('click', loadExample);
  ui.openFile.addEventListener('click', () => ui.file.click());
  ui.file.addEventListener('change', () => {
    if (ui.file.files[0]) openFile(ui.file.files[0]);
    ui.file.value = '';
  });
  wireDropZone();
  ui.summary.addEventListener('click', jumpToSentence);
  ui.chips.addEventListener('click', toggleKeyphrase);
  $('copy-text').addEventListener('click', () => copySummary('text'));
  $('copy-markdown').addEventListener('click', () => copySummary('markdown'));
  $('download-text').addEventListener('click', () => shown && download(plainText(shown), 'summary.txt', 'text/plain'));
  $('download-markdown').addEventListener('click', () => shown && download(markdown(shown), 'summary.md', 'text/markdown'));
}

async function main() {
  applyLengthMode();
  // Offline use after the first visit; the page works without it (e.g. over plain http).
  navigator.serviceWorker?.register('sw.js').catch((err) => console.warn(`offline mode unavailable: ${err.message}`));
  try {
    await summarizer.ready();
  } catch (err) {
    ui.loadError.textContent =
      `The summarizer could not be loaded, so this page cannot summarize: ${err.message}. ` +
      'Build it with "npm run build" and serve the repository root (npm start).';
    ui.loadError.hidden = false;
    setStatus('Summarizer unavailable.');
    return;
  }
  wireEvents();
  ui.summarizeButton.disabled = false;
  runSummary();
}

main();

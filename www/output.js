// The summary as plain text or Markdown, copied to the clipboard or downloaded as a file.

/** The chosen sentences, one per line (the engine's `summary`). */
export const plainText = (result) => result.summary;

/** The chosen sentences as Markdown bullets, with Markdown's special characters escaped. */
export function markdown(result) {
  return result.summary
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/^[-+]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'))
    .map((line) => `- ${line}`)
    .join('\n');
}

export function copy(text) {
  return navigator.clipboard.writeText(text);
}

/** Saves `text` as a file named `name`, through a temporary blob: URL (nothing is uploaded). */
export function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

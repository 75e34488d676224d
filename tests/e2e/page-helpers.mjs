// Helpers for tests of the precis page (www/).

/** Waits until the worker has loaded the engine (the page starts with the button disabled). */
export async function waitReady(page) {
  await page.locator('#summarize:enabled').waitFor();
}

export const summaryItems = (page) => page.locator('#summary li').allTextContents();

export async function waitForItems(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('#summary li').length === n, count);
}

/** Waits until the status line reports a finished summary. */
export async function waitDone(page) {
  await page.locator('#status', { hasText: 'Summarized in' }).waitFor();
}

/** Waits until the summary differs from `before` (an array of item texts); returns it. */
export async function waitForChange(page, before) {
  await page.waitForFunction(
    (old) => JSON.stringify([...document.querySelectorAll('#summary li')].map((li) => li.textContent)) !== old,
    JSON.stringify(before),
  );
  return summaryItems(page);
}

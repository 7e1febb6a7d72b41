// Page helpers for the e2e tests: open the app fresh and wait for the prompt, type into the terminal
// as a person does (xterm's helper textarea + the keyboard), and read it through window.podlab.
export const PROMPT_END = /[$#]$/;

/** Opens the app with a clean slate; resolves with the ready time measured in the page. */
export async function openApp(page, base, query = 'fresh') {
  const t0 = Date.now();
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(() => window.podlab !== undefined);
  await page.evaluate(() => window.podlab.ready);
  const readyMs = await page.evaluate(() => window.podlab.metrics.readyMs);
  await waitForPrompt(page);
  return { readyMs, fromGotoMs: Date.now() - t0 };
}

export const screen = (page) => page.evaluate(() => window.podlab.screenText());

export async function lastLine(page) {
  return (await screen(page)).split('\n').at(-1) ?? '';
}

/** Waits until the last line of the terminal is a prompt (ends in `$`). */
export async function waitForPrompt(page, timeout = 10_000) {
  await page.waitForFunction(
    () => /[$#]$/.test(window.podlab.screenText().split('\n').at(-1)?.trimEnd() ?? ''),
    undefined,
    { timeout, polling: 50 },
  );
}

/** Waits until the terminal text matches `re`; returns the text. */
export async function waitForScreen(page, re, timeout = 10_000) {
  const handle = await page.waitForFunction(
    ([src, flags]) => {
      const t = window.podlab.screenText();
      return new RegExp(src, flags).test(t) ? t : false;
    },
    [re.source, re.flags],
    { timeout, polling: 50 },
  );
  return handle.jsonValue();
}

export async function focusTerminal(page) {
  await page.locator('.xterm-helper-textarea').focus();
}

/** Types a command and Enter, then waits for the next prompt. */
export async function typeLine(page, text, { wait = true } = {}) {
  await focusTerminal(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  if (wait) await waitForPrompt(page);
}

export const setSpeed = (page, n) => page.evaluate((s) => window.podlab.setSpeed(s), n);

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// The browser side of the benchmarks: Chromium as test/e2e/run.mjs launches it, and an init script that
// takes timings inside the page on its own clock (performance.now(), 0 = navigation start): when
// `window.podlab` is assigned and its `ready` resolves, when Enter goes down, and the first animation
// frame at which the terminal's text (window.podlab.screenText) matches a pattern, i.e. when an answer
// is on screen. The in-page code is a string, so the TypeScript transform (esbuild's helper names)
// never reaches the page.
import type { Page } from 'playwright-core';

export { CHROMIUM, CHROMIUM_ARGS } from '../../test/e2e/chromium.mjs';

/** Installed with context.addInitScript before the app's code runs. */
export const INIT_SCRIPT = `(() => {
  const b = { enterAt: undefined, hit: undefined, match: undefined };
  window.__bench = b;
  let hooks;
  Object.defineProperty(window, 'podlab', {
    configurable: true,
    enumerable: true,
    get() { return hooks; },
    set(v) {
      hooks = v;
      b.hooksAt = performance.now();
      Promise.resolve(v && v.ready).then(
        () => { b.readyAt = performance.now(); },
        (e) => { b.readyError = String(e); },
      );
    },
  });
  addEventListener('keydown', (e) => { if (e.key === 'Enter') b.enterAt = performance.now(); }, true);
  b.arm = (src, flags) => {
    const re = new RegExp(src, flags);
    b.hit = undefined;
    b.match = undefined;
    b.enterAt = undefined;
    const poll = () => {
      const m = hooks ? re.exec(hooks.screenText()) : null;
      if (m) {
        b.hit = performance.now();
        b.match = m.slice(1);
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
})();`;

/** What the init script keeps on `window.__bench`. */
export interface PageMarks {
  hooksAt?: number;
  readyAt?: number;
  readyError?: string;
  enterAt?: number;
  hit?: number;
  match?: string[];
}

export const marks = (page: Page): Promise<PageMarks> =>
  page.evaluate('({ hooksAt: __bench.hooksAt, readyAt: __bench.readyAt, readyError: __bench.readyError, enterAt: __bench.enterAt, hit: __bench.hit, match: __bench.match })');

export const screenText = (page: Page): Promise<string> => page.evaluate('window.podlab ? window.podlab.screenText() : ""');

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the terminal's last line is a prompt (ends in `$` or `#`). */
export async function waitForPrompt(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction('/[$#]$/.test((window.podlab.screenText().split("\\n").at(-1) || "").trimEnd())', undefined, { timeout, polling: 20 });
}

export interface Answer {
  /** Enter's keydown → first frame showing the answer, ms. */
  latencyMs: number;
  /** That frame, ms since navigation start. */
  at: number;
  match: string[];
}

/**
 * Types `line` with the keyboard (xterm's helper textarea), waits for its echo, then presses Enter and
 * waits for the first frame on which the screen matches `answer`.
 */
export async function typeAndTime(page: Page, line: string, answer: RegExp, timeout = 30_000): Promise<Answer> {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.waitForFunction(
    (l: string) => ((window as any).podlab.screenText().split('\n').at(-1) ?? '').trimEnd().endsWith(l),
    line,
    { timeout: 10_000, polling: 10 },
  );
  await page.evaluate(([src, flags]) => (window as any).__bench.arm(src, flags), [answer.source, answer.flags]);
  await page.keyboard.press('Enter');
  await page.waitForFunction('window.__bench.hit !== undefined', undefined, { timeout, polling: 10 });
  const m = await marks(page);
  if (m.hit === undefined || m.enterAt === undefined) throw new Error(`no timing for ${line}`);
  return { latencyMs: m.hit - m.enterAt, at: m.hit, match: m.match ?? [] };
}

/** The answer pattern of a command whose output is one line that `out` matches, then the prompt. */
export const oneLineAnswer = (line: string, out = '(\\d+)'): RegExp => new RegExp(`${escapeRegExp(line)}\\n${out}\\n[^\\n]*[$#] *$`);

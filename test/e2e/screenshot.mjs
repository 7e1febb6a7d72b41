// docs/screenshot.png for the README: the first lesson under way, a pod running, the cluster panel live.
import { openApp, setSpeed, typeLine, waitForPrompt, waitForScreen } from './helpers.mjs';

export async function takeScreenshot(browser, base, file) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await openApp(page, base);
    await page.selectOption('select.picker', '01-basics/01-first-pod');
    await waitForScreen(page, /^Lesson: Your first pod/m);
    await waitForPrompt(page);
    await typeLine(page, 'kubectl run web --image=nginx');
    await setSpeed(page, 60);
    await page.locator('li.step.done[data-step="1"]').waitFor({ timeout: 20_000 });
    await setSpeed(page, 1);
    await typeLine(page, 'kubectl get nodes');
    await typeLine(page, 'kubectl get pods -o wide');
    await page.waitForTimeout(400);
    await page.screenshot({ path: file });
  } finally {
    await context.close();
  }
}

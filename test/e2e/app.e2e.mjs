// The app in Chromium: boot time, a pod that runs, a lesson step that completes, Ctrl-C and Tab.
import { assert, focusTerminal, lastLine, openApp, screen, setSpeed, typeLine, waitForPrompt, waitForScreen } from './helpers.mjs';

/** Budget for the first prompt on the preview build (the brief's goal is < 1 s; CI machines are slow). */
const READY_BUDGET_MS = 3000;

export const tests = [
  {
    name: 'the page loads and window.podlab.ready resolves',
    async run({ page, base, info }) {
      const { readyMs, fromGotoMs } = await openApp(page, base);
      info.readyMs = readyMs;
      info.readyFromGotoMs = fromGotoMs;
      assert(typeof readyMs === 'number' && readyMs < READY_BUDGET_MS, `ready after ${readyMs} ms`);
      const text = await screen(page);
      assert(text.startsWith('Welcome to podlab'), `banner missing:\n${text}`);
      assert(await page.locator('section.cluster [data-node="node01"]').isVisible(), 'cluster panel shows node01');
      const title = await page.title();
      assert(title.startsWith('podlab'), `title ${title}`);
    },
  },
  {
    name: 'kubectl run, fast-forward, kubectl get pods shows it Running',
    async run({ page, base }) {
      await openApp(page, base);
      await typeLine(page, 'kubectl run web --image=nginx');
      await waitForScreen(page, /^pod\/web created$/m);
      await setSpeed(page, 60);
      for (let i = 0; i < 20; i++) {
        await typeLine(page, 'kubectl get pods');
        const text = await screen(page);
        if (/^web {4}1\/1 {5}Running {3}0 {10}\d+s$/m.test(text)) {
          assert(/^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE$/m.test(text), 'table header');
          await page.locator('section.cluster [data-pod="web"]').waitFor({ timeout: 3000 });
          return;
        }
        await page.waitForTimeout(250);
      }
      throw new Error('web never became Running');
    },
  },
  {
    name: 'lesson "Your first pod": the first step is marked done in the lesson pane',
    async run({ page, base }) {
      await openApp(page, base);
      await page.selectOption('select.picker', '01-basics/01-first-pod');
      await waitForScreen(page, /^Lesson: Your first pod\. A fresh cluster is ready\.$/m);
      await waitForPrompt(page);
      const step1 = page.locator('li.step[data-step="1"]');
      assert(await step1.evaluate((el) => el.classList.contains('current') && !el.classList.contains('done')), 'step 1 current, not done');
      await typeLine(page, 'kubectl run web --image=nginx');
      await setSpeed(page, 60);
      await page.locator('li.step.done[data-step="1"]').waitFor({ timeout: 15_000 });
      await page.locator('li.step.current[data-step="2"]').waitFor({ timeout: 3000 });
      const progress = await page.locator('.progress').first().textContent();
      assert(progress?.trim() === '1 / 6 steps', `progress: ${progress}`);
    },
  },
  {
    name: 'Ctrl-C stops kubectl get pods -w',
    async run({ page, base }) {
      await openApp(page, base);
      await typeLine(page, 'kubectl get pods -w', { wait: false });
      await page.waitForTimeout(500);
      assert(!/[$#]$/.test((await lastLine(page)).trimEnd()), 'the watch is still running');
      await page.keyboard.press('Control+C');
      await waitForPrompt(page);
      await typeLine(page, 'echo after-watch');
      await waitForScreen(page, /^after-watch$/m);
    },
  },
  {
    name: 'ssh node01 and kubectl exec -it open nested shells with their own prompts; a busybox loop streams its logs',
    async run({ page, base }) {
      await openApp(page, base);
      await typeLine(page, 'ssh node01');
      assert((await lastLine(page)).startsWith('root@node01:~#'), `node01 prompt: ${await lastLine(page)}`);
      await typeLine(page, 'hostname');
      await waitForScreen(page, /^node01$/m);
      await typeLine(page, 'exit');
      await waitForScreen(page, /^Connection to node01 closed\.$/m);
      await typeLine(page, 'kubectl run b --image=busybox -- sh -c "while true; do echo tick; sleep 1; done"');
      await setSpeed(page, 60);
      await page.waitForTimeout(800);
      await setSpeed(page, 1);
      await typeLine(page, 'kubectl exec -it b -- sh');
      assert((await lastLine(page)).startsWith('/ #'), `container prompt: ${await lastLine(page)}`);
      await typeLine(page, 'cat /etc/hostname');
      await waitForScreen(page, /^b$/m);
      await typeLine(page, 'exit');
      await typeLine(page, 'kubectl logs b --tail=2');
      await waitForScreen(page, /^tick\ntick\nroot@controlplane:~# $/m);
    },
  },
  {
    name: 'Tab completes kubectl ge to kubectl get',
    async run({ page, base }) {
      await openApp(page, base);
      await focusTerminal(page);
      await page.keyboard.type('kubectl ge');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => window.podlab.screenText().split('\n').at(-1)?.trimEnd().endsWith('kubectl get'), undefined, { timeout: 5000 });
      await page.keyboard.type('nodes');
      await page.keyboard.press('Enter');
      const text = await waitForScreen(page, /^controlplane +Ready +control-plane/m);
      assert(/kubectl get nodes$/m.test(text), 'the completed line reads kubectl get nodes');
    },
  },
  {
    name: 'a code block\'s Run button types the command into the terminal and completes the step',
    async run({ page, base }) {
      await openApp(page, base, 'fresh&lesson=01-basics/01-first-pod');
      await typeLine(page, 'kubectl run web --image=nginx');
      await setSpeed(page, 60);
      await page.locator('li.step.current[data-step="2"]').waitFor({ timeout: 15_000 });
      await page.locator('li.step.current[data-step="2"] .code-block.runnable button[data-action="run"]').click();
      await waitForScreen(page, /# kubectl get pods -o wide\nNAME +READY +STATUS +RESTARTS +AGE +IP +NODE/);
      await page.locator('li.step.done[data-step="2"]').waitFor({ timeout: 5000 });
    },
  },
  {
    name: 'a reload continues where the learner left off (cluster, lesson progress, history)',
    async run({ page, base }) {
      await openApp(page, base, 'fresh&lesson=01-basics/01-first-pod');
      await typeLine(page, 'kubectl run web --image=nginx');
      await setSpeed(page, 60);
      await page.locator('li.step.done[data-step="1"]').waitFor({ timeout: 15_000 });
      // Hiding the page saves at once (as leaving it does).
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await page.waitForTimeout(700);
      await openApp(page, base, '');
      await page.locator('li.step.done[data-step="1"]').waitFor({ timeout: 5000 });
      await typeLine(page, 'kubectl get pods -o name');
      await waitForScreen(page, /^pod\/web$/m);
      await focusTerminal(page);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() => window.podlab.screenText().split('\n').at(-1)?.trimEnd().endsWith('# kubectl run web --image=nginx'), undefined, { timeout: 3000 });
    },
  },
];

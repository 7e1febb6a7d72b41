// The page's Session over the real worker API (createEngineApi on a real sandbox, without comlink) and a
// real headless xterm Terminal with our XtermAdapter: what the browser does, minus the DOM.
import { Terminal } from '@xterm/xterm';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/ui/state/engine';
import { Session } from '../../../src/ui/state/session.svelte';
import { XtermAdapter } from '../../../src/ui/terminal/xterm-adapter';
import { createEngineApi } from '../../../src/worker/engine-api';
import { bundledLessons } from '../../../src/worker/lessons';
import { ManualWall } from '../../worker/wall';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

function setup(saved = {}) {
  const wall = new ManualWall();
  const api = createEngineApi({ lessons: bundledLessons, wall, startTime: T0 });
  const engine: Engine = {
    boot: async (o, u) => api.boot(o, u),
    run: async (l, out) => api.run(l, out),
    interrupt: async () => api.interrupt(),
    complete: async (l, c) => api.complete(l, c),
    setSpeed: async (s) => api.setSpeed(s),
    startLesson: async (id) => api.startLesson(id),
    solution: async () => api.solution(),
    save: async () => api.save(),
  };
  const histories: string[][] = [];
  const session = new Session(engine, { saved, saveHistory: (h) => void histories.push(h) });
  return { session, wall, api, histories };
}

/** Mounts a headless terminal on the session, as Terminal.svelte does. */
function mountTerminal(session: Session) {
  const term = new Terminal({ cols: 100, rows: 30, scrollback: 1000, allowProposedApi: true });
  const adapter = new XtermAdapter(term, {
    prompt: session.prompt,
    history: session.history,
    runLine: session.run,
    interrupt: session.interrupt,
    complete: session.complete,
    onHistory: session.onHistory,
  });
  session.attachTerminal(adapter.api);
  return { term, adapter };
}

const info = () =>
  'Welcome to podlab: a simulated Kubernetes v1.34 cluster with two nodes, controlplane and node01.\n' +
  'Nothing here is real: no server, no VM, nothing to break. Try: kubectl get nodes';

async function settle(term: Terminal, rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise<void>((r) => term.write('', r));
  }
}

describe('Session', () => {
  it('boots, then the terminal shows the banner above the prompt and ready resolves', async () => {
    const { session } = setup();
    expect(session.phase).toBe('booting');
    await session.start();
    expect(session.phase).toBe('ready');
    expect(session.course.lessons.length).toBeGreaterThan(0);
    const { term } = mountTerminal(session);
    await session.ready;
    await settle(term);
    const text = session.terminal!.screenText();
    expect(text.startsWith('Welcome to podlab')).toBe(true);
    expect(text).toBe(`${info()}\n\n${session.prompt}`);
  });

  it('runs a clicked command through the terminal, visibly, and keeps the history', async () => {
    const { session, histories } = setup();
    await session.start();
    const { term } = mountTerminal(session);
    session.runCommand('kubectl run web --image=nginx\n');
    await settle(term);
    expect(session.terminal!.screenText()).toContain('kubectl run web --image=nginx\npod/web created\n');
    expect(session.history).toEqual(['kubectl run web --image=nginx']);
    expect(histories.at(-1)).toEqual(['kubectl run web --image=nginx']);
  });

  it('prefers the history the page saved', async () => {
    const { session } = setup({ history: ['ls', 'pwd'] });
    await session.start();
    expect(session.history).toEqual(['ls', 'pwd']);
  });

  it('opens a lesson on a fresh terminal with a notice, and "Show me" types the step solution', async () => {
    const { session } = setup();
    await session.start();
    mountTerminal(session);
    await session.startLesson('01-basics/01-first-pod');
    expect(session.epoch).toBe(1);
    expect(session.terminal).toBeUndefined();
    expect(session.course.active?.current).toBe(0);
    const { term } = mountTerminal(session);
    await settle(term);
    expect(session.terminal!.screenText().startsWith('Lesson: Your first pod. A fresh cluster is ready.\n')).toBe(true);
    session.setSpeed(60);
    expect(session.time.speed).toBe(60);
    await session.showMe();
    await settle(term, 20);
    const text = session.terminal!.screenText();
    expect(text).toContain('kubectl run web --image=nginx\npod/web created\n');
    expect(text).toContain('sleep 15');
  });

  it('shows what is missing only once the learner has tried something on the current step', async () => {
    const { session, wall } = setup();
    await session.start();
    await session.startLesson('01-basics/01-first-pod');
    const { term } = mountTerminal(session);
    await settle(term);
    await session.run('kubectl get pods', () => {});
    wall.advance(100);
    await settle(term);
    expect(session.course.active?.current).toBe(0);
    expect(session.course.active?.missing).toEqual(['Run a pod called web from the nginx image and wait until it is Running.']);
    expect(session.tried).toBe(true);
    await session.run('kubectl run web --image=nginx', () => {});
    session.setSpeed(60);
    wall.advance(1000);
    await settle(term);
    wall.advance(100);
    expect(session.course.active?.current).toBe(1);
    expect(session.course.active?.missing).toEqual(['List the pods with their IP and node (kubectl get pods -o wide).']);
    expect(session.tried).toBe(false);
  });

  it('reports a failed boot', async () => {
    const session = new Session({
      boot: () => Promise.reject(new Error('no worker')),
    } as unknown as Engine);
    await session.start();
    expect(session.phase).toBe('failed');
    expect(session.error).toBe('no worker');
  });
});

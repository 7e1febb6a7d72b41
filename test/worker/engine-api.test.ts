// The worker's WorkerApi implementation on a real sandbox and the bundled lessons, with a hand-driven
// wall clock and an in-memory store: what the page sees through comlink, minus the messaging.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../src/worker/engine-api';
import { bundledLessons } from '../../src/worker/lessons';
import { Saver } from '../../src/worker/persistence';
import type { Update } from '../../src/worker/protocol';
import { MemoryKV } from './memory-kv';
import { ManualWall } from './wall';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

function engine(kv = new MemoryKV()) {
  const wall = new ManualWall();
  const saver = new Saver(kv, { delayMs: 10, maxWaitMs: 50 });
  const api = createEngineApi({ lessons: bundledLessons, saver, wall, startTime: T0 });
  const updates: Update[] = [];
  const last = () => updates[updates.length - 1]!;
  return { api, wall, kv, saver, updates, last };
}

async function run(api: ReturnType<typeof createEngineApi>, line: string) {
  let screen = '';
  const r = await api.run(line, (_s, t) => void (screen += t));
  return { ...r, screen };
}

describe('engine api', () => {
  it('boots: prompt, banner, empty history, a first update with the lessons', async () => {
    const { api, updates } = engine();
    const info = await api.boot({}, (u) => void updates.push(u));
    expect(info.prompt).toBe(api.sandbox!.prompt());
    expect(info.banner).toContain('Welcome to podlab');
    expect(info.history).toEqual([]);
    expect(updates[0]!.time).toEqual({ now: T0, speed: 1 });
    expect(updates[0]!.course.lessons.map((l) => l.title)).toContain('Your first pod');
  });

  it('runs commands, streams their output and answers after the last chunk', async () => {
    const { api } = engine();
    await api.boot({}, () => {});
    const order: string[] = [];
    const r = await api.run('kubectl run web --image=nginx', async (_s, t) => {
      await new Promise((res) => setTimeout(res, 5)); // a slow page
      order.push(t);
    });
    order.push('done');
    expect(r.exitCode).toBe(0);
    expect(order).toEqual(['pod/web created\n', 'done']);
  });

  it('paces the cluster with the wall clock and the speed the page sets', async () => {
    const { api, wall } = engine();
    await api.boot({}, () => {});
    await run(api, 'kubectl run web --image=nginx');
    api.setSpeed(60);
    wall.advance(1000);
    const r = await run(api, 'kubectl get pods');
    expect(r.screen).toMatch(/^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE\nweb {4}1\/1 {5}Running {3}0 {10}\d+s\n$/);
  });

  it('interrupts a watch', async () => {
    const { api, wall } = engine();
    await api.boot({}, () => {});
    let screen = '';
    const p = api.run('kubectl get pods -w', (_s, t) => void (screen += t));
    wall.advance(200);
    await new Promise((r) => setTimeout(r, 5));
    api.interrupt();
    const r = await p;
    expect(r.exitCode).toBe(130);
    expect(r.prompt).toBe('root@controlplane:~# ');
    expect(screen).not.toContain('web');
  });

  it('completes words', async () => {
    const { api } = engine();
    await api.boot({}, () => {});
    const c = await api.complete('kubectl ge', 10);
    expect(c).toEqual({ from: 8, to: 10, candidates: ['get'] });
  });

  it('starts a lesson, marks its first step done once the pod runs, and gives the solution', async () => {
    const { api, wall, last, updates } = engine();
    await api.boot({}, (u) => void updates.push(u));
    await api.startLesson('01-basics/01-first-pod');
    expect(last().course.active?.title).toBe('Your first pod');
    expect(await api.solution()).toEqual(['kubectl run web --image=nginx', 'sleep 15']);
    await run(api, 'kubectl run web --image=nginx');
    api.setSpeed(60);
    wall.advance(1000);
    await new Promise((r) => setTimeout(r, 0)); // the re-check after the pod's change is async
    wall.advance(200);
    const a = last().course.active!;
    expect(a.steps[0]!.done).toBe(true);
    expect(a.current).toBe(1);
    expect(await api.solution()).toEqual(['kubectl get pods -o wide']);
  });

  it('saves the sandbox and progress, and boots from them', async () => {
    const kv = new MemoryKV();
    const first = engine(kv);
    await first.api.boot({ lesson: '01-basics/01-first-pod' }, () => {});
    await run(first.api, 'kubectl run web --image=nginx');
    await run(first.api, 'kubectl get pods -o wide');
    first.api.driver!.stop();
    const json = await first.api.save();
    expect(kv.data.get('sandbox')).toBe(json);
    expect(kv.data.get('progress')).toEqual(first.api.sandbox!.progress());

    const second = engine(kv);
    const updates: Update[] = [];
    const info = await second.api.boot(
      { saved: kv.data.get('sandbox') as string, progress: kv.data.get('progress') as Record<string, { done: number[] }> },
      (u) => void updates.push(u),
    );
    expect(info.history).toEqual(['kubectl run web --image=nginx', 'kubectl get pods -o wide']);
    expect(updates[0]!.course.active?.id).toBe('01-basics/01-first-pod');
    const r = await run(second.api, 'kubectl get pod web -o name');
    expect(r.screen).toBe('pod/web\n');
  });

  it('starts afresh, with a note, when the saved sandbox cannot be read', async () => {
    const { api } = engine();
    const info = await api.boot({ saved: '{not json' }, () => {});
    expect(info.banner.startsWith('podlab: the saved session could not be restored; starting a fresh cluster.\n')).toBe(true);
    expect((await run(api, 'kubectl get pods')).screen).toBe('No resources found in default namespace.\n');
  });

  it('writes to the store on its own after changes (debounced)', async () => {
    const { api, kv } = engine();
    await api.boot({}, () => {});
    await run(api, 'kubectl run web --image=nginx');
    await new Promise((r) => setTimeout(r, 30));
    expect(typeof kv.data.get('sandbox')).toBe('string');
    expect(JSON.parse(kv.data.get('sandbox') as string).lines).toEqual(['kubectl run web --image=nginx']);
  });

  it('refuses commands before boot', async () => {
    const { api } = engine();
    await expect(api.run('true', () => {})).rejects.toThrow('podlab: the engine has not booted yet');
  });
});

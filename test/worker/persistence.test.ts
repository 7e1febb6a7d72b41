// Saved state: reading tolerates junk and failing stores; the Saver debounces, writes the latest state,
// forces a write after the longest wait, and flushes on demand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSaved, loadSaved, Saver, type KeyValue } from '../../src/worker/persistence';
import { MemoryKV } from './memory-kv';

describe('loadSaved / clearSaved', () => {
  it('reads the three keys', async () => {
    const kv = new MemoryKV();
    await kv.set('sandbox', '{"version":1}');
    await kv.set('progress', { a: { done: [0] } });
    await kv.set('history', ['ls', 'pwd']);
    expect(await loadSaved(kv)).toEqual({ sandbox: '{"version":1}', progress: { a: { done: [0] } }, history: ['ls', 'pwd'] });
  });

  it('drops values of the wrong type', async () => {
    const kv = new MemoryKV();
    await kv.set('sandbox', 42);
    await kv.set('progress', 'x');
    await kv.set('history', ['ls', 3]);
    expect(await loadSaved(kv)).toEqual({});
  });

  it('reads a failing store as empty, and clears', async () => {
    const broken: KeyValue = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      del: () => Promise.reject(new Error('blocked')),
    };
    expect(await loadSaved(broken)).toEqual({});
    await expect(clearSaved(broken)).resolves.toBeUndefined();
    const kv = new MemoryKV();
    await kv.set('history', ['ls']);
    await clearSaved(kv);
    expect(kv.data.size).toBe(0);
  });
});

describe('Saver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once, the latest state, after a quiet period', async () => {
    const kv = new MemoryKV();
    const s = new Saver(kv, { delayMs: 500, maxWaitMs: 5000 });
    s.schedule(() => ({ history: ['a'] }));
    await vi.advanceTimersByTimeAsync(300);
    s.schedule(() => ({ history: ['a', 'b'] }));
    await vi.advanceTimersByTimeAsync(300);
    expect(kv.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(kv.writes).toBe(1);
    expect(kv.data.get('history')).toEqual(['a', 'b']);
    expect(s.pending).toBe(false);
  });

  it('writes after the longest wait even when changes never stop', async () => {
    const kv = new MemoryKV();
    const s = new Saver(kv, { delayMs: 500, maxWaitMs: 2000 });
    for (let i = 0; i < 10; i++) {
      s.schedule(() => ({ sandbox: String(i) }));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(kv.writes).toBeGreaterThanOrEqual(1);
    expect(kv.writes).toBeLessThanOrEqual(2);
  });

  it('flushes at once and only writes the keys it was given', async () => {
    const kv = new MemoryKV();
    await kv.set('history', ['kept']);
    kv.writes = 0;
    const s = new Saver(kv);
    s.schedule(() => ({ sandbox: 'S', progress: {} }));
    await s.flush();
    expect(kv.writes).toBe(2);
    expect(kv.data.get('history')).toEqual(['kept']);
    await s.flush();
    expect(kv.writes).toBe(2);
  });
});

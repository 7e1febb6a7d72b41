import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../../src/engine/runtime';
import { rfc3339Nano } from '../../../src/engine/runtime/logs';
import { runtimeWorld } from './harness';

const ticker = (h: ReturnType<typeof runtimeWorld>, name = 'c', podName = 'p') =>
  h.run('busybox', { name, podName, podUid: `uid-${podName}`, command: ['sh', '-c', 'for i in 1 2 3 4 5; do echo "line $i"; sleep 1; done; exit 1'] });

describe('container logs', () => {
  it('keeps lines with their time: --tail, --since, --timestamps, --limit-bytes', () => {
    const h = runtimeWorld();
    ticker(h);
    h.w.advance(10_000);
    expect(h.rt.logs('uid-p', 'c')).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n');
    expect(h.rt.logs('uid-p', 'c', { tail: 2 })).toBe('line 4\nline 5\n');
    expect(h.rt.logs('uid-p', 'c', { tail: 0 })).toBe('');
    expect(h.rt.logs('uid-p', 'c', { sinceMs: 7_000 })).toBe('line 4\nline 5\n'); // now is 09:00:10
    expect(h.rt.logs('uid-p', 'c', { limitBytes: 10 })).toBe('line 1\nlin');
    const ts = h.rt.logs('uid-p', 'c', { timestamps: true, tail: 1 });
    expect(ts).toMatch(/^2026-01-15T09:00:04\.\d{1,9}Z line 5\n$/);
  });

  it('keeps the previous instance for --previous and throws when there is none', () => {
    const h = runtimeWorld();
    ticker(h);
    expect(() => h.rt.logs('uid-p', 'c', { previous: true })).toThrow(new RuntimeError('previous terminated container "c" in pod "p" not found'));
    h.w.advance(10_000);
    const again = h.rt.createContainer({ ...h.rt.instance('uid-p', 'c')!.spec, command: ['echo', 'second run'] });
    h.rt.startContainer(again);
    expect(h.rt.logs('uid-p', 'c')).toBe('second run\n');
    expect(h.rt.logs('uid-p', 'c', { previous: true, tail: 1 })).toBe('line 5\n');
  });

  it('streams new lines to followers until the container exits', () => {
    const h = runtimeWorld();
    ticker(h);
    const got: string[] = [];
    let ended = false;
    h.rt.followLogs('uid-p', 'c', (t) => got.push(t), undefined, { onEnd: () => (ended = true) });
    h.w.advance(2_500);
    expect(got).toEqual(['line 2\n', 'line 3\n']);
    h.w.advance(5_000);
    expect(got).toEqual(['line 2\n', 'line 3\n', 'line 4\n', 'line 5\n']);
    expect(ended).toBe(true);
  });

  it('stops following when the signal aborts', () => {
    const h = runtimeWorld();
    ticker(h);
    const got: string[] = [];
    const ac = new AbortController();
    h.rt.followLogs('uid-p', 'c', (t) => got.push(t), ac.signal, { timestamps: true });
    h.w.advance(1_000);
    ac.abort();
    h.w.advance(5_000);
    expect(got.length).toBe(1);
    expect(got[0]).toMatch(/^2026-01-15T09:00:01\.\d+Z line 2\n$/);
  });

  it('formats RFC3339Nano like Go: trailing zeros trimmed', () => {
    expect(rfc3339Nano(Date.UTC(2026, 0, 15, 9, 0, 5, 123), 456000)).toBe('2026-01-15T09:00:05.123456Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 15, 9, 0, 5, 0), 0)).toBe('2026-01-15T09:00:05Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 15, 9, 0, 5, 500), 7)).toBe('2026-01-15T09:00:05.500000007Z');
  });

  it('keeps sub-millisecond times increasing within one millisecond', () => {
    const h = runtimeWorld();
    const c = h.run('nginx');
    const stamps = h.rt.logs(c.podUid, 'c', { timestamps: true }).trim().split('\n').map((l) => l.split(' ')[0]);
    const ns = stamps.map((s) => Number((s.split('.')[1] ?? '0').replace('Z', '').padEnd(9, '0')));
    expect(ns).toEqual([...ns].sort((a, b) => a - b));
  });
});

import { describe, expect, it } from 'vitest';
import { goDuration } from '../../../src/engine/kubelet/kernels/backoff';
import { node01 } from './node01';

/** Times (s) of each `Started` event and the CrashLoopBackOff messages, in order. */
function watchCrashes(s: ReturnType<typeof node01>) {
  const starts: number[] = [];
  const messages: string[] = [];
  s.w.api.watch({ key: 'Event' }, (e) => {
    if (e.type !== 'DELETED' && e.object.reason === 'Started') starts.push(s.t() / 1000);
  });
  s.w.api.watch({ key: 'Pod' }, (e) => {
    const m = e.object.status?.containerStatuses?.[0]?.state?.waiting?.message;
    if (m && m !== messages[messages.length - 1]) messages.push(m);
  });
  return { starts, messages };
}

describe('kubelet: CrashLoopBackOff', () => {
  it('restarts at once after the first exit, then backs off 10/20/40/80/160/300/300 s', () => {
    const s = node01(1, { jitter: false });
    const w = watchCrashes(s);
    s.pod('crash', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] });
    s.w.advance(22 * 60_000);
    const gaps = w.starts.slice(1).map((t, i) => Math.round((t - w.starts[i] - 0.45) * 1000) / 1000);
    // first restart: the exit is noticed 0.5 s later and the container started again at once
    expect(gaps.slice(0, 8)).toEqual([0.5, 10, 20, 40, 80, 160, 300, 300]);
    const uid = s.get('crash').metadata.uid;
    expect(w.messages.map((m) => m.replace(` pod=crash_default(${uid})`, ''))).toEqual([
      'back-off 10s restarting failed container=c',
      'back-off 20s restarting failed container=c',
      'back-off 40s restarting failed container=c',
      'back-off 1m20s restarting failed container=c',
      'back-off 2m40s restarting failed container=c',
      'back-off 5m0s restarting failed container=c',
    ]);
  });

  it('shows Error, then CrashLoopBackOff with the last termination and a growing restart count', () => {
    const s = node01(1, { jitter: false });
    s.pod('crash', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] });
    s.w.advance(2_500);
    let cs = s.get('crash').status.containerStatuses[0];
    expect(cs.restartCount).toBe(0);
    expect(cs.state.terminated).toMatchObject({ exitCode: 1, reason: 'Error', startedAt: '2026-01-15T09:00:01Z', finishedAt: '2026-01-15T09:00:01Z' });
    expect(s.get('crash').status.phase).toBe('Running');
    s.w.advance(2_000);
    cs = s.get('crash').status.containerStatuses[0];
    const uid = s.get('crash').metadata.uid;
    expect(cs.restartCount).toBe(1);
    expect(cs.ready).toBe(false);
    expect(cs.state).toEqual({ waiting: { reason: 'CrashLoopBackOff', message: `back-off 10s restarting failed container=c pod=crash_default(${uid})` } });
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error', finishedAt: '2026-01-15T09:00:02Z' });
    expect(cs.lastState.terminated.containerID).toBe(cs.containerID);
    expect(s.events('crash')).toContain(`Warning BackOff Back-off restarting failed container c in pod crash_default(${uid})`);
  });

  it('resets the back-off for a container that ran more than 10 minutes: it restarts at once', () => {
    const s = node01(1, { jitter: false });
    const seen: string[] = [];
    s.w.api.watch({ key: 'Pod' }, (e) => {
      const w = e.object.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (w) seen.push(w);
    });
    s.pod('long', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 660; exit 1'] }] });
    s.w.advance(3 * 662_000);
    expect(s.get('long').status.containerStatuses[0].restartCount).toBe(3);
    expect(seen.includes('CrashLoopBackOff')).toBe(false);
  });

  it('turns a command that exits 0 into Completed, then CrashLoopBackOff (restartPolicy Always)', () => {
    const s = node01(1, { jitter: false });
    s.pod('bb', { containers: [{ name: 'bb', image: 'busybox:1.36' }] }); // default `sh` with no stdin exits 0
    s.w.advance(2_500);
    expect(s.get('bb').status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    s.w.advance(2_000);
    expect(s.get('bb').status.containerStatuses[0].state.waiting.reason).toBe('CrashLoopBackOff');
  });

  it('runs a restartPolicy Never pod once: Succeeded or Failed, sandbox gone', () => {
    const s = node01(1, { jitter: false });
    s.pod('ok', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'hi'] }] });
    s.pod('ko', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 3'] }] });
    s.w.advance(10_000);
    expect(s.get('ok').status.phase).toBe('Succeeded');
    expect(s.get('ko').status.phase).toBe('Failed');
    expect(s.get('ko').status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    const cond = (n: string) => s.get(n).status.conditions.map((c: { type: string; status: string; reason?: string }) => `${c.type}=${c.status}${c.reason ? `/${c.reason}` : ''}`);
    expect(cond('ok')).toEqual(['PodReadyToStartContainers=False', 'Initialized=True', 'Ready=False/PodCompleted', 'ContainersReady=False/PodCompleted', 'PodScheduled=True']);
    expect(cond('ko')).toEqual(['PodReadyToStartContainers=False', 'Initialized=True', 'Ready=False/PodFailed', 'ContainersReady=False/PodFailed', 'PodScheduled=True']);
    expect(s.events('ok').filter((e) => e.includes('Started'))).toEqual(['Normal Started Started container c']);
    expect(s.net.endpoint(s.get('ok').status.podIP)).toBeUndefined();
  });

  it('restarts only failures with restartPolicy OnFailure', () => {
    const s = node01(1, { jitter: false });
    s.pod('job', { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] });
    s.w.advance(6_000);
    expect(s.get('job').status.phase).toBe('Running');
    expect(s.get('job').status.containerStatuses[0].restartCount).toBe(1);
  });

  it('reports a missing binary as StartError (exit 128) and RunContainerError', () => {
    const s = node01(1, { jitter: false });
    const seen: string[] = [];
    s.w.api.watch({ key: 'Pod' }, (e) => {
      const w = e.object.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (w && w !== seen[seen.length - 1]) seen.push(w);
    });
    s.pod('nobin', { containers: [{ name: 'c', image: 'nginx:1.25', command: ['foo'] }] });
    s.w.advance(10_000);
    const msg = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "foo": executable file not found in $PATH: unknown';
    expect(s.events('nobin').filter((e) => e.startsWith('Warning Failed'))).toEqual([`Warning Failed Error: ${msg} (x2)`]);
    expect(seen).toEqual(['ContainerCreating', 'RunContainerError', 'CrashLoopBackOff']);
    expect(s.get('nobin').status.containerStatuses[0].lastState.terminated).toMatchObject({ exitCode: 128, reason: 'StartError', message: msg, startedAt: '1970-01-01T00:00:00Z' });
  });

  it('kills a container over its memory limit: OOMKilled, exit 137', () => {
    const s = node01(1, { jitter: false });
    s.pod('oom', {
      containers: [{ name: 'stress', image: 'polinux/stress', command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], resources: { limits: { memory: '100Mi' } } }],
    });
    s.w.advance(10_000);
    const cs = s.get('oom').status.containerStatuses[0];
    const last = cs.state.terminated ?? cs.lastState.terminated;
    expect(last).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    expect(s.rt.logs(s.get('oom').metadata.uid, 'stress', { previous: !cs.state.terminated })).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
  });

  it('formats back-off durations as Go does', () => {
    expect([10_000, 20_000, 80_000, 160_000, 300_000, 4_123, 505, 3_600_000].map(goDuration)).toEqual(['10s', '20s', '1m20s', '2m40s', '5m0s', '4.123s', '505ms', '1h0m0s']);
  });
});

import { describe, expect, it } from 'vitest';
import { node01 } from './node01';

describe('kubelet: graceful deletion', () => {
  it('stops nginx at once (SIGQUIT), then deletes the pod with grace 0 and frees its IP', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const ip = s.get('web').status.podIP;
    const uid = s.get('web').metadata.uid;
    s.w.api.delete('Pod', 'default', 'web', { gracePeriodSeconds: 30 });
    s.w.advance(2_000);
    expect(s.w.api.tryGet('Pod', 'default', 'web')).toBeUndefined();
    expect(s.events('web').slice(-1)).toEqual(['Normal Killing Stopping container nginx']);
    expect(s.timeline.slice(-3)).toEqual(['10.000 web Terminating', '10.500 web Completed', '10.800 web DELETED']);
    expect(s.net.endpoint(ip)).toBeUndefined();
    expect(s.net.ipam.podIpOwner(ip)).toBeUndefined();
    expect(s.rt.containerInfo(uid, 'nginx')).toBeUndefined();
  });

  it('logs nginx graceful shutdown lines before it exits 0', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const uid = s.get('web').metadata.uid;
    let tail = '';
    s.rt.followLogs(uid, 'nginx', (t) => (tail += t));
    s.w.api.delete('Pod', 'default', 'web', { gracePeriodSeconds: 30 });
    s.w.advance(100);
    expect(tail).toBe(
      [
        '2026/01/15 09:00:10 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down',
        '2026/01/15 09:00:10 [notice] 29#29: gracefully shutting down',
        '2026/01/15 09:00:10 [notice] 29#29: exiting',
        '2026/01/15 09:00:10 [notice] 29#29: exit',
        '2026/01/15 09:00:10 [notice] 30#30: gracefully shutting down',
        '2026/01/15 09:00:10 [notice] 30#30: exiting',
        '2026/01/15 09:00:10 [notice] 30#30: exit',
        '2026/01/15 09:00:10 [notice] 1#1: signal 17 (SIGCHLD) received from 29',
        '2026/01/15 09:00:10 [notice] 1#1: worker process 29 exited with code 0',
        '2026/01/15 09:00:10 [notice] 1#1: signal 29 (SIGIO) received',
        '2026/01/15 09:00:10 [notice] 1#1: signal 17 (SIGCHLD) received from 30',
        '2026/01/15 09:00:10 [notice] 1#1: worker process 30 exited with code 0',
        '2026/01/15 09:00:10 [notice] 1#1: exit',
        '',
      ].join('\n'),
    );
  });

  it('waits out the grace period for `sleep` (PID 1 ignores SIGTERM), then SIGKILL: exit 137', () => {
    const s = node01(1, { jitter: false });
    s.pod('sleeper', { containers: [{ name: 's', image: 'busybox:1.36', command: ['sleep', '3600'] }] });
    s.w.advance(10_000);
    s.w.api.delete('Pod', 'default', 'sleeper', { gracePeriodSeconds: 30 });
    let last: { exitCode: number; reason: string } | undefined;
    s.w.api.watch({ key: 'Pod' }, (e) => {
      last = e.object.status?.containerStatuses?.[0]?.state?.terminated ?? last;
    });
    s.w.advance(29_000);
    expect(s.get('sleeper').metadata.deletionTimestamp).toBe('2026-01-15T09:00:40Z');
    expect(s.get('sleeper').status.containerStatuses[0].state.running).toBeDefined();
    s.w.advance(2_000);
    expect(s.w.api.tryGet('Pod', 'default', 'sleeper')).toBeUndefined();
    expect(last).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('deletes a pod that never started without Killing events', () => {
    const s = node01(1, { jitter: false });
    s.pod('bad', { containers: [{ name: 'c', image: 'nginx:bad' }] });
    s.w.advance(5_000);
    s.w.api.delete('Pod', 'default', 'bad', { gracePeriodSeconds: 30 });
    s.w.advance(1_000);
    expect(s.w.api.tryGet('Pod', 'default', 'bad')).toBeUndefined();
    expect(s.events('bad').some((e) => e.includes('Killing'))).toBe(false);
  });

  it('cleans up after a force delete (grace 0): containers gone, IP released', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const { uid } = s.get('web').metadata;
    const ip = s.get('web').status.podIP;
    s.w.api.delete('Pod', 'default', 'web', { gracePeriodSeconds: 0 });
    s.w.advance(100);
    expect(s.rt.containerInfo(uid, 'nginx')).toBeUndefined();
    expect(s.net.listener(ip, 80)).toBeUndefined();
    expect(s.kubelet.record(uid)).toBeUndefined();
    s.pod('next', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    expect(s.get('next').status.podIP).toBe('10.244.1.3'); // host-local continues after the last IP
  });
});

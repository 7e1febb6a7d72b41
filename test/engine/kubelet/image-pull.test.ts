import { describe, expect, it } from 'vitest';
import { node01 } from './node01';

const NOT_FOUND =
  'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:bad": failed to resolve reference "docker.io/library/nginx:bad": docker.io/library/nginx:bad: not found';

describe('kubelet: image pulls', () => {
  it('alternates ErrImagePull and ImagePullBackOff with the back-off doubling from 10 s', () => {
    const s = node01(1, { jitter: false });
    s.pod('bad', { containers: [{ name: 'nginx', image: 'nginx:bad' }] });
    s.w.advance(200_000);
    // sandbox at 0.9 s; a failing pull takes 900 ms; ImagePullBackOff 1.5 s later;
    // the next pull when the back-off since the failure (10 s, 20 s, 40 s, 80 s) has passed.
    expect(s.timeline).toEqual([
      '0.000 bad Pending',
      '0.100 bad ContainerCreating',
      '1.800 bad ErrImagePull',
      '3.300 bad ImagePullBackOff',
      '12.700 bad ErrImagePull',
      '14.200 bad ImagePullBackOff',
      '33.600 bad ErrImagePull',
      '35.100 bad ImagePullBackOff',
      '74.500 bad ErrImagePull',
      '76.000 bad ImagePullBackOff',
      '155.400 bad ErrImagePull',
      '156.900 bad ImagePullBackOff',
    ]);
  });

  it('words the events and waiting messages as the kubelet and containerd do', () => {
    const s = node01(1, { jitter: false });
    s.pod('bad', { containers: [{ name: 'nginx', image: 'nginx:bad' }] });
    s.w.advance(2_000);
    expect(s.get('bad').status.containerStatuses[0].state).toEqual({ waiting: { reason: 'ErrImagePull', message: NOT_FOUND } });
    s.w.advance(2_000);
    expect(s.get('bad').status.containerStatuses[0].state).toEqual({
      waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "nginx:bad": ErrImagePull: ${NOT_FOUND}` },
    });
    s.w.advance(30_000);
    expect(s.events('bad')).toEqual([
      'Normal Pulling Pulling image "nginx:bad" (x3)',
      `Warning Failed Failed to pull image "nginx:bad": ${NOT_FOUND} (x3)`,
      'Warning Failed Error: ErrImagePull (x3)',
      'Normal BackOff Back-off pulling image "nginx:bad" (x2)',
      'Warning Failed Error: ImagePullBackOff (x2)',
    ]);
  });

  it('reports a repository that does not exist as docker.io does', () => {
    const s = node01(1, { jitter: false });
    s.pod('typo', { containers: [{ name: 'c', image: 'ngnix' }] });
    s.w.advance(2_000);
    expect(s.get('typo').status.containerStatuses[0].state.waiting.message).toBe(
      'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });

  it('rejects an unparsable image name with InvalidImageName', () => {
    const s = node01(1, { jitter: false });
    s.pod('upper', { containers: [{ name: 'c', image: 'NGINX' }] });
    s.w.advance(2_000);
    expect(s.get('upper').status.containerStatuses[0].state.waiting).toEqual({
      reason: 'InvalidImageName',
      message: 'Failed to apply default image tag "NGINX": couldn\'t parse image name "NGINX": invalid reference format: repository name (library/NGINX) must be lowercase',
    });
    expect(s.events('upper')).toContain('Warning Failed Error: InvalidImageName');
  });

  it('keeps pulled images per node: the second pod finds the image already present', () => {
    const s = node01(1, { jitter: false });
    s.pod('one', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] });
    s.w.advance(10_000);
    s.pod('two', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] });
    s.w.advance(10_000);
    expect(s.events('two')).toEqual([
      'Normal Pulled Container image "nginx:1.25" already present on machine',
      'Normal Created Created container: nginx',
      'Normal Started Started container nginx',
    ]);
    expect(s.rt.images('node01').map((i) => i.ref)).toEqual(['docker.io/library/nginx:1.25']);
    expect(s.rt.images('controlplane')).toEqual([]);
  });

  it('pulls again with imagePullPolicy Always, quickly because the layers are there', () => {
    const s = node01(1, { jitter: false });
    s.pod('one', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    s.pod('two', { containers: [{ name: 'nginx', image: 'nginx', imagePullPolicy: 'Always' }] });
    s.w.advance(10_000);
    expect(s.events('two').slice(0, 2)).toEqual([
      'Normal Pulling Pulling image "nginx"',
      'Normal Pulled Successfully pulled image "nginx" in 700ms (700ms including waiting). Image size: 72223946 bytes.',
    ]);
  });

  it('serialises pulls on a node: the second pull waits for the first', () => {
    const s = node01(1, { jitter: false });
    s.pod('a', { containers: [{ name: 'c', image: 'nginx:1.25' }] });
    s.pod('b', { containers: [{ name: 'c', image: 'redis:7' }] });
    s.w.advance(20_000);
    const pulled = s.events('b').find((e) => e.includes('Pulled'));
    // nginx:1.25 takes 450 + 71005258/18e6 s = 4.395 s; redis:7 4.350 s after waiting for it
    expect(pulled).toBe('Normal Pulled Successfully pulled image "redis:7" in 2.962s (7.357s including waiting). Image size: 45210331 bytes.');
  });

  it('honours podlab.dev/pull-seconds', () => {
    const s = node01(1, { jitter: false });
    s.pod('slow', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] }, { annotations: { 'podlab.dev/pull-seconds': '20' } });
    s.w.advance(30_000);
    expect(s.events('slow')[1]).toBe('Normal Pulled Successfully pulled image "busybox:1.36" in 20s (20s including waiting). Image size: 2152262 bytes.');
    expect(s.timeline).toEqual(['0.000 slow Pending', '0.100 slow ContainerCreating', '21.850 slow Running']);
  });

  it('restarts a stuck container with the new image after the spec is fixed', () => {
    const s = node01(1, { jitter: false });
    s.pod('fix', { containers: [{ name: 'nginx', image: 'nginx:bad' }] });
    s.w.advance(5_000);
    const p = s.get('fix');
    s.w.api.update({ ...p, spec: { ...p.spec, containers: [{ ...p.spec.containers[0], image: 'nginx:1.25' }] } });
    s.w.advance(10_000);
    expect(s.get('fix').status.containerStatuses[0]).toMatchObject({ image: 'docker.io/library/nginx:1.25', ready: true, restartCount: 0 });
    expect(s.events('fix')).toContain('Normal Pulling Pulling image "nginx:1.25"');
  });

  it('restarts a running container whose image changed ("definition changed")', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }] });
    s.w.advance(10_000);
    const p = s.get('web');
    s.w.api.update({ ...p, spec: { ...p.spec, containers: [{ ...p.spec.containers[0], image: 'nginx:1.27' }] } });
    s.w.advance(10_000);
    expect(s.events('web')).toContain('Normal Killing Container nginx definition changed, will be restarted');
    const cs = s.get('web').status.containerStatuses[0];
    expect(cs).toMatchObject({ image: 'docker.io/library/nginx:1.27', restartCount: 1, ready: true });
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
  });
});

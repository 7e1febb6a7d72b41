// `kubectl logs` (kubectl pkg/cmd/logs, polymorphichelpers.logsForObject, kubelet
// validateContainerLogStatus): log text, --tail, --timestamps, -c and the default-container notice,
// --previous, workload TYPE/NAME, -f streaming until Ctrl-C, and the waiting-container refusals
// (fidelity §1.12).
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const TWO = `apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo app says hi; sleep 3600"]
  - name: side
    image: busybox
    command: ["sh", "-c", "echo side says hi; sleep 3600"]
`;

describe('kubectl logs', () => {
  it('prints a container log, --tail and --timestamps', async () => {
    const h = setup();
    await h.kubectl('run c --image=busybox -- sh -c "echo one; echo two; echo three; sleep 3600"');
    h.advance(20_000);
    expect(await h.kubectl('logs c')).toEqual({ out: 'one\ntwo\nthree\n', err: '', code: 0 });
    expect((await h.kubectl('logs c --tail=1')).out).toBe('three\n');
    expect((await h.kubectl('logs pod/c --tail 2 --timestamps')).out).toMatch(/^2026-01-15T09:00:\d\d\.\d{9}Z two\n2026-01-15T09:00:\d\d\.\d{9}Z three\n$/);
  });

  it('says which container it defaulted to, and rejects unknown ones', async () => {
    const h = setup({ files: { '/root/two.yaml': TWO } });
    await h.kubectl('create -f two.yaml');
    h.advance(20_000);
    expect(await h.kubectl('logs two')).toEqual({ out: 'app says hi\n', err: 'Defaulted container "app" out of: app, side\n', code: 0 });
    expect(await h.kubectl('logs two -c side')).toEqual({ out: 'side says hi\n', err: '', code: 0 });
    expect(await h.kubectl('logs two -c nope')).toEqual({ out: '', err: 'error: container nope is not valid for pod two out of: app, side\n', code: 1 });
    expect((await h.kubectl('logs two --all-containers --prefix')).out).toBe('[pod/two/app] app says hi\n[pod/two/side] side says hi\n');
  });

  it('refuses logs of containers that have not started, and missing previous instances', async () => {
    const h = setup();
    await h.kubectl('run web --image=nginx');
    h.advance(1_000);
    expect(await h.kubectl('logs web')).toEqual({
      out: '',
      err: 'Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n',
      code: 1,
    });
    h.advance(20_000);
    expect(await h.kubectl('logs web -p')).toEqual({
      out: '',
      err: 'Error from server (BadRequest): previous terminated container "web" in pod "web" not found\n',
      code: 1,
    });
    expect(await h.kubectl('logs nope')).toEqual({ out: '', err: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect((await h.kubectl('logs')).err).toBe("error: expected POD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n");
  });

  it('follows new lines with -f until Ctrl-C', async () => {
    const h = setup();
    await h.kubectl('run tick --image=busybox -- sh -c "while true; do echo tick; sleep 5; done"');
    h.advance(11_000);
    const f = h.start('logs -f tick', { tty: true });
    await new Promise((r) => setImmediate(r));
    const before = f.out();
    h.advance(10_000);
    expect(f.out().slice(before.length)).toBe('tick\ntick\n');
    f.abort();
    expect(await f.done).toBe(130);
  });
});

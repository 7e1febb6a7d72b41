// `kubectl get -w` (kubectl get.go watch): the list, then one row per change through the same
// tab writer (RememberWidths: columns only grow; no second header), --output-watch-events with the
// EVENT column, --watch-only, until Ctrl-C. Without a terminal only the listing is printed.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('kubectl get -w', () => {
  it('streams a row per change until Ctrl-C', async () => {
    const h = setup();
    await h.kubectl('run web --image=nginx');
    h.advance(20_000);
    const w = h.start('get pods -w', { tty: true });
    await tick();
    expect(w.out()).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          20s\n');
    await h.kubectl('run db --image=redis');
    h.advance(10_000);
    w.abort();
    expect(await w.done).toBe(130);
    const lines = w.out().split('\n');
    expect(lines.slice(2, 3)).toEqual(['db     0/1     Pending   0          0s']);
    expect(lines.filter((l) => l.startsWith('NAME'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('db     1/1     Running             0          5s');
  });

  it('adds the EVENT column and skips the listing with --watch-only', async () => {
    const h = setup();
    await h.kubectl('run web --image=nginx');
    h.advance(20_000);
    const w = h.start('get pods --watch-only --output-watch-events', { tty: true });
    await tick();
    expect(w.out()).toBe('');
    await h.kubectl('delete pod web --wait=false');
    h.advance(5_000);
    w.abort();
    await w.done;
    const lines = w.out().split('\n');
    expect(lines[0]).toBe('EVENT      NAME   READY   STATUS        RESTARTS   AGE');
    expect(lines[1]).toBe('MODIFIED   web    1/1     Terminating   0          20s');
    expect(lines.at(-2)).toMatch(/^DELETED    web    0\/1     \S+\s+0          2\ds$/);
  });

  it('prints only the listing when stdout is not a terminal', async () => {
    const h = setup();
    expect(await h.kubectl('get ns -w')).toEqual({
      out: 'NAME              STATUS   AGE\ndefault           Active   3d\nkube-node-lease   Active   3d\nkube-public       Active   3d\nkube-system       Active   3d\n',
      err: '',
      code: 0,
    });
    expect((await h.kubectl('get pods,svc -w')).err).toBe('error: you may only specify a single resource type\n');
  });
});

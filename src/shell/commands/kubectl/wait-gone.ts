// Waiting for deleted objects to disappear (kubectl wait's IsDeleted condition, as `kubectl delete`
// uses it with --wait=true): resolves when every object is gone or replaced by one with another
// uid, on the store's watch — so it takes exactly the simulated time the cluster needs (a pod's
// graceful termination, a namespace's finalization). Fails with kubectl wait's timeout text.

import { keyOf, type KindDef } from '../../../engine/api/kind';
import type { Stored } from '../../../engine/api/types';
import type { Session } from './context';
import { CliError } from './errors';

export interface Watched {
  def: KindDef;
  obj: Stored;
}

/** Resolves when all `items` are gone; rejects with AbortError on Ctrl-C or CliError on timeout. */
export function waitGone(s: Session, items: Watched[], timeoutMs: number): Promise<void> {
  const pending = new Map<string, Watched>(items.map((i) => [i.obj.metadata.uid, i]));
  const gone = (w: Watched) => {
    const cur = s.api.tryGet(keyOf(w.def), w.obj.metadata.namespace, w.obj.metadata.name);
    return !cur || cur.metadata.uid !== w.obj.metadata.uid;
  };
  for (const [uid, w] of pending) if (gone(w)) pending.delete(uid);
  if (pending.size === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      stop();
      s.cluster.clock.clearTimer(timer);
      s.io.signal.removeEventListener('abort', onAbort);
    };
    const stop = s.api.watch({}, (e) => {
      if (e.type !== 'DELETED' || !pending.has(e.object.metadata.uid)) return;
      pending.delete(e.object.metadata.uid);
      if (pending.size === 0) {
        cleanup();
        resolve();
      }
    });
    const timer = s.cluster.clock.setTimer(timeoutMs, () => {
      cleanup();
      const [first] = pending.values();
      reject(new CliError(`timed out waiting for the condition on ${first.def.plural}/${first.obj.metadata.name}`)); // IsDeleted names the plural only
    });
    const onAbort = () => {
      cleanup();
      const e = new Error('aborted');
      e.name = 'AbortError';
      reject(e);
    };
    if (s.io.signal.aborted) return onAbort();
    s.io.signal.addEventListener('abort', onAbort, { once: true });
  });
}

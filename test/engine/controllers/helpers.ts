// A World with the core controllers running, for controller tests.
import { fakeCaPem } from '../../../src/engine/cluster/pki';
import { startCoreControllers } from '../../../src/engine/controllers';
import { World } from '../../../src/engine/world';

export const CA = fakeCaPem(3);

export function world(): World {
  const w = new World({ seed: 3 });
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  startCoreControllers(w, CA);
  w.settle();
  return w;
}

export const names = (w: World, key: string, ns?: string) => w.api.list(key, ns ? { namespace: ns } : {}).map((o) => o.metadata.name);

// The kube-controller-manager controllers this issue models, started together: namespace lifecycle,
// serviceaccount, root-ca-cert-publisher and the garbage collector.
import type { World } from '../world';
import { GarbageCollector } from './garbage-collector';
import { namespaceController } from './namespace';
import { rootCaPublisher } from './root-ca-publisher';
import { serviceAccountController } from './serviceaccount';

/** Adds the controllers to the world's manager (work is queued; it runs when the clock moves or settles). */
export function startCoreControllers(world: World, caPem: string): { gc: GarbageCollector } {
  world.controllers.add(namespaceController(world));
  world.controllers.add(serviceAccountController(world));
  world.controllers.add(rootCaPublisher(world, caPem));
  const gc = new GarbageCollector(world);
  gc.start();
  return { gc };
}

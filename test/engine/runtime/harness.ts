// Runs containers straight on the runtime (no kubelet): a World, the network with one node, images
// "pulled" onto it, and a helper creating and starting a container with a pod IP.
import { Network } from '../../../src/engine/net';
import { ContainerRuntime, type ContainerSpec } from '../../../src/engine/runtime';
import { World } from '../../../src/engine/world';

export function runtimeWorld(seed = 1) {
  const w = new World({ seed });
  const net = new Network(w);
  const rt = new ContainerRuntime(w, net);
  net.registerNode({ name: 'node01', ip: '172.30.2.2', podCIDR: '10.244.1.0/24' });
  let n = 0;
  /** Creates and starts a container of `image` in a new "pod" with its own IP. */
  const run = (image: string, spec: Partial<ContainerSpec> = {}) => {
    const lookup = rt.registry.lookup(image);
    if (!lookup.ok) throw new Error(lookup.message);
    rt.storeImage('node01', lookup.image);
    const podName = spec.podName ?? `pod${++n}`;
    const ip = spec.ip ?? net.ipam.podIp('node01', '10.244.1.0/24');
    const podUid = spec.podUid ?? `uid-${podName}`;
    net.attach(ip, { kind: 'pod', namespace: 'default', name: podName, uid: podUid, node: 'node01' });
    const id = rt.createContainer({
      node: 'node01',
      podUid,
      podName,
      namespace: 'default',
      name: spec.name ?? 'c',
      image: lookup.image.ref,
      env: {},
      ip,
      hostname: podName,
      files: {},
      mounts: [],
      ...spec,
    });
    const started = rt.startContainer(id);
    return { id, ip, podUid, podName, started };
  };
  return { w, net, rt, run };
}

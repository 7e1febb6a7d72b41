// IP address management for pods and Services. Pod IPs come from the node's podCIDR the way the
// CNI host-local plugin (used by Flannel) hands them out: .1 is the cni0 gateway, allocation starts
// at .2 and continues round-robin after the last address handed out, so a released IP is not reused
// at once. Service IPs come from kubeadm's default service CIDR 10.96.0.0/12, drawn from the seeded
// `ipam` stream as kube-apiserver's allocator picks them at random; 10.96.0.1 (kubernetes) and
// 10.96.0.10 (kube-dns) are reserved for the Services that own them.

import type { World } from '../world';
import { intToIp, ipToInt, parseCidr } from './cidr';

export const SERVICE_CIDR = '10.96.0.0/12';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const KUBE_DNS_SERVICE_IP = '10.96.0.10';

interface IpamState {
  /** node → last pod IP handed out (host-local's last_reserved_ip). */
  last: Record<string, string>;
  /** Pod IPs in use → owner node. */
  pods: Record<string, string>;
  /** Service IPs in use. */
  services: string[];
}

export class Ipam {
  private last = new Map<string, number>();
  private podIps = new Map<string, string>();
  private serviceIps = new Set<string>([KUBERNETES_SERVICE_IP, KUBE_DNS_SERVICE_IP]);

  constructor(private readonly world: World) {
    world.registerState('ipam', {
      save: (): IpamState => ({
        last: Object.fromEntries([...this.last].map(([k, v]) => [k, intToIp(v)])),
        pods: Object.fromEntries(this.podIps),
        services: [...this.serviceIps],
      }),
      load: (s) => {
        const st = s as IpamState;
        this.last = new Map(Object.entries(st.last).map(([k, v]) => [k, ipToInt(v)]));
        this.podIps = new Map(Object.entries(st.pods));
        this.serviceIps = new Set(st.services);
      },
    });
  }

  /**
   * The next free pod IP in `podCIDR` for `nodeName` (`10.244.1.2`, `10.244.1.3`, …).
   * Throws, as host-local does, when the range is exhausted.
   */
  podIp(nodeName: string, podCIDR: string): string {
    const c = parseCidr(podCIDR);
    const first = c.base + 2;
    const lastUsable = c.base + c.size - 2; // the broadcast address is never handed out
    const span = lastUsable - first + 1;
    const prev = this.last.get(nodeName);
    let start = prev === undefined || prev < first || prev > lastUsable ? first : prev + 1;
    for (let i = 0; i < span; i++) {
      if (start > lastUsable) start = first;
      const ip = intToIp(start);
      if (!this.podIps.has(ip)) {
        this.podIps.set(ip, nodeName);
        this.last.set(nodeName, start);
        return ip;
      }
      start++;
    }
    throw new Error(`failed to allocate for range 0: no IP addresses available in range set: ${intToIp(first)}-${intToIp(lastUsable)}`);
  }

  /** Frees a pod or Service IP. */
  release(ip: string): void {
    this.podIps.delete(ip);
    if (ip !== KUBERNETES_SERVICE_IP && ip !== KUBE_DNS_SERVICE_IP) this.serviceIps.delete(ip);
  }

  /** A free ClusterIP from 10.96.0.0/12 (never .0, .1, .10 or the broadcast address). */
  serviceIp(): string {
    const c = parseCidr(SERVICE_CIDR);
    const rand = this.world.rand.stream('ipam');
    for (;;) {
      const ip = intToIp(c.base + rand.int(1, c.size - 2));
      if (!this.serviceIps.has(ip)) {
        this.serviceIps.add(ip);
        return ip;
      }
    }
  }

  /** Marks a Service IP chosen by the user (spec.clusterIP) or a reserved one as taken; false if taken. */
  reserveServiceIp(ip: string): boolean {
    if (this.serviceIps.has(ip) && ip !== KUBERNETES_SERVICE_IP && ip !== KUBE_DNS_SERVICE_IP) return false;
    this.serviceIps.add(ip);
    return true;
  }

  /** The node a pod IP belongs to, if allocated. */
  podIpOwner(ip: string): string | undefined {
    return this.podIps.get(ip);
  }
}

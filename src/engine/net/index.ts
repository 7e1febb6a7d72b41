// The simulated cluster network: addresses (nodes, pods), listening sockets, routers (the extension
// point kube-proxy and NetworkPolicies plug into) and HTTP requests with a hop-by-hop trace.
// Flat Flannel-style pod network: every pod reaches every pod and node directly; no packets, no
// MTU, no latency. Nothing here ever sends real traffic.

import type { World } from '../world';
import { sendHttp } from './http';
import { Ipam } from './ipam';
import type { Endpoint, HttpHandler, HttpResult, OutgoingRequest, Router, Source } from './types';

export interface NodeAddress {
  name: string;
  /** InternalIP, e.g. `172.30.1.2`. */
  ip: string;
  /** `10.244.1.0/24`; absent until the node controller allocates one. */
  podCIDR?: string;
}

interface Listener {
  handler: HttpHandler;
  /** Description of the listening process for traces and `ss`-like views. */
  owner: string;
}

export class Network {
  readonly ipam: Ipam;
  private nodeAddrs = new Map<string, NodeAddress>();
  private endpoints = new Map<string, Endpoint>();
  /** hostNetwork pods share their node's address: `ns/name` → node IP. */
  private hostPods = new Map<string, string>();
  /** `ns/name` → pod IP, for sources and lookups. */
  private podIps = new Map<string, string>();
  private listeners = new Map<string, Listener>();
  private routers: Router[] = [];

  constructor(readonly world: World) {
    this.ipam = new Ipam(world);
  }

  /** Records a node's address (kubelets call this when they start). */
  registerNode(n: NodeAddress): void {
    this.nodeAddrs.set(n.name, { ...n });
    this.endpoints.set(n.ip, { kind: 'node', name: n.name });
  }

  node(name: string): NodeAddress | undefined {
    return this.nodeAddrs.get(name);
  }

  nodes(): NodeAddress[] {
    return [...this.nodeAddrs.values()];
  }

  /** Gives `ip` to a pod (its sandbox is up). A hostNetwork pod passes its node's IP. */
  attach(ip: string, e: Endpoint): void {
    if (e.kind === 'pod' && e.hostNetwork) this.hostPods.set(`${e.namespace}/${e.name}`, ip);
    else this.endpoints.set(ip, e);
    if (e.kind === 'pod' && !e.hostNetwork) this.podIps.set(`${e.namespace}/${e.name}`, ip);
  }

  /** Takes a pod's address away (sandbox removed); sockets on its own IP close. */
  detachPod(namespace: string, name: string): void {
    this.hostPods.delete(`${namespace}/${name}`);
    const ip = this.podIps.get(`${namespace}/${name}`);
    if (!ip) return;
    this.podIps.delete(`${namespace}/${name}`);
    this.endpoints.delete(ip);
    for (const k of [...this.listeners.keys()]) if (k.startsWith(`${ip}:`)) this.listeners.delete(k);
  }

  endpoint(ip: string): Endpoint | undefined {
    return this.endpoints.get(ip);
  }

  /** The IP of a pod that has a sandbox (its node's IP for hostNetwork pods). */
  podIp(namespace: string, name: string): string | undefined {
    return this.hostPods.get(`${namespace}/${name}`) ?? this.podIps.get(`${namespace}/${name}`);
  }

  /**
   * Opens a listening socket on `ip:port`. Returns a function closing it, or undefined when the
   * port is taken (the program then reports `Address already in use`, errno 98).
   */
  bind(ip: string, port: number, handler: HttpHandler, owner: string): (() => void) | undefined {
    const k = `${ip}:${port}`;
    if (this.listeners.has(k)) return undefined;
    const l = { handler, owner };
    this.listeners.set(k, l);
    return () => {
      if (this.listeners.get(k) === l) this.listeners.delete(k);
    };
  }

  /** The listener on `ip:port`, if any. */
  listener(ip: string, port: number): Listener | undefined {
    return this.listeners.get(`${ip}:${port}`);
  }

  /** Ports listening on `ip`, sorted. */
  listeningPorts(ip: string): number[] {
    const out: number[] = [];
    for (const k of this.listeners.keys()) {
      const i = k.lastIndexOf(':');
      if (k.slice(0, i) === ip) out.push(Number(k.slice(i + 1)));
    }
    return out.sort((a, b) => a - b);
  }

  /**
   * Adds a routing step consulted before delivery (kube-proxy's Service DNAT, NodePorts, policies).
   * Routers run in the order added; the first that returns a decision wins, repeatedly, until none
   * applies (so a NodePort can be DNATed to a pod). Returns a function removing the router.
   */
  addRouter(r: Router): () => void {
    this.routers.push(r);
    return () => {
      this.routers = this.routers.filter((x) => x !== r);
    };
  }

  /** @internal the routers, for http.ts. */
  routeSteps(): readonly Router[] {
    return this.routers;
  }

  /** The address `from` appears to come from when it talks to `dstIp` (after SNAT, if any). */
  sourceIp(from: Source, dstIp: string): string {
    if (from.kind === 'external') return '192.168.0.100';
    if (from.kind === 'pod') return this.podIp(from.namespace, from.name) ?? '0.0.0.0';
    const node = this.nodeAddrs.get(from.name);
    if (!node) return '0.0.0.0';
    const dst = this.endpoints.get(dstIp);
    // A node talking to a pod goes out through cni0 (same node, gateway .1) or flannel.1 (.0).
    if (dst?.kind === 'pod' && !dst.hostNetwork && node.podCIDR) {
      const base = node.podCIDR.split('/')[0].split('.').slice(0, 3).join('.');
      return dst.node === from.name ? `${base}.1` : `${base}.0`;
    }
    return node.ip;
  }

  /** Sends an HTTP request inside the simulation; see http.ts. */
  request(req: OutgoingRequest): Promise<HttpResult> {
    return sendHttp(this, req);
  }
}

export type { Endpoint, Hop, HttpHandler, HttpRequest, HttpResponse, HttpResult, OutgoingRequest, Router, Source } from './types';
export { Ipam } from './ipam';

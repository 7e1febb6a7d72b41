// One HTTP request through the simulated network, as curl would experience it: routers first
// (kube-proxy's DNAT for Service IPs and NodePorts plugs in there), then delivery to whatever listens
// on the destination. Outcomes mirror curl: a response; "connection refused" (exit 7) when the
// address exists but nothing listens; a timeout (exit 28) when no one owns the address or a router
// drops the packet. The path is returned as data (`trace`). Simplified: no DNS here (callers pass
// an IP), no TLS, no partial reads, and every hop takes 0 ms.

import type { Network } from './index';
import { statusText } from './status-text';
import type { Endpoint, Hop, HttpRequest, HttpResult, OutgoingRequest, Source } from './types';

/** Linux gives up on a SYN after 6 retries: about 130 s (curl then reports ~133000 ms). */
const SYN_TIMEOUT_MS = 133_000;
const MAX_ROUTING_STEPS = 8;

export function sourceHop(net: Network, from: Source): Hop {
  if (from.kind === 'external') return { hop: 'external', ip: net.sourceIp(from, '') };
  if (from.kind === 'node') return { hop: `node/${from.name}`, ip: net.node(from.name)?.ip };
  return { hop: `pod/${from.namespace}/${from.name}`, ip: net.podIp(from.namespace, from.name) };
}

export function endpointHop(ep: Endpoint | undefined, ip: string, port: number): Hop {
  if (!ep) return { hop: `ip/${ip}`, ip, port };
  return { hop: ep.kind === 'node' ? `node/${ep.name}` : `pod/${ep.namespace}/${ep.name}`, ip, port };
}

export async function sendHttp(net: Network, req: OutgoingRequest): Promise<HttpResult> {
  const clock = net.world.clock;
  const start = clock.now();
  const trace: Hop[] = [sourceHop(net, req.from)];
  let dst = { ip: localTarget(net, req.from, req.ip), port: req.port };
  const fail = (code: 7 | 28, message: string, elapsedMs: number): HttpResult => ({ ok: false, code, message, trace, ip: req.ip, port: req.port, elapsedMs });
  const refused = () => fail(7, `Failed to connect to ${req.ip} port ${req.port} after 0 ms: Couldn't connect to server`, 0);
  const timeout = () => timeOut(net, req, trace);

  for (let step = 0; step < MAX_ROUTING_STEPS; step++) {
    let next: { ip: string; port: number } | undefined;
    for (const r of net.routeSteps()) {
      const d = r(dst, req.from);
      if (!d) continue;
      trace.push(d.hop);
      if ('refuse' in d) return refused();
      if ('drop' in d) return timeout();
      next = d.to;
      break;
    }
    if (!next) break;
    dst = next;
  }

  const ep = net.endpoint(dst.ip);
  if (!ep) {
    trace.push({ ...endpointHop(undefined, dst.ip, dst.port), note: 'no route to host (no reply)' });
    return timeout();
  }
  const l = net.listener(dst.ip, dst.port);
  if (!l) {
    trace.push({ ...endpointHop(ep, dst.ip, dst.port), note: 'connection refused' });
    return refused();
  }
  trace.push(endpointHop(ep, dst.ip, dst.port));
  const request: HttpRequest = {
    method: req.method ?? 'GET',
    path: req.path ?? '/',
    headers: req.headers ?? [],
    body: req.body ?? '',
    remoteAddr: net.sourceIp(req.from, dst.ip),
    remotePort: net.world.rand.stream('net').int(32768, 60999),
    localAddr: dst.ip,
    localPort: dst.port,
  };
  const res = await l.handler(request);
  return {
    ok: true,
    status: res.status,
    statusText: res.statusText ?? statusText(res.status),
    headers: res.headers,
    body: res.body,
    trace,
    ip: req.ip,
    port: req.port,
    elapsedMs: clock.now() - start,
  };
}

/** `127.0.0.1`/`localhost` means the caller's own network namespace. */
function localTarget(net: Network, from: Source, ip: string): string {
  if (ip !== '127.0.0.1' && ip !== 'localhost' && ip !== '::1') return ip;
  if (from.kind === 'pod') return net.podIp(from.namespace, from.name) ?? ip;
  if (from.kind === 'node') return net.node(from.name)?.ip ?? ip;
  return ip;
}

/** Waits out the connect timeout in simulated time, then reports it as curl does. */
function timeOut(net: Network, req: OutgoingRequest, trace: Hop[]): Promise<HttpResult> {
  const clock = net.world.clock;
  const explicit = req.connectTimeoutMs !== undefined;
  const wait = explicit ? req.connectTimeoutMs! : SYN_TIMEOUT_MS + net.world.rand.stream('net').int(0, 2000);
  const message = explicit
    ? `Connection timed out after ${wait + 1} milliseconds`
    : `Failed to connect to ${req.ip} port ${req.port} after ${wait} ms: Couldn't connect to server`;
  return clock.sleep(wait, req.signal).then(() => ({ ok: false, code: 28, message, trace, ip: req.ip, port: req.port, elapsedMs: wait }));
}

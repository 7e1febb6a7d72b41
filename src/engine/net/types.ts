// Shapes of the simulated network: who owns an address, what a program listening on a port sees,
// and the hop-by-hop trace every request returns as data (for the traffic view and lessons).

/** Who an IP address belongs to. */
export type Endpoint =
  | { kind: 'pod'; namespace: string; name: string; uid: string; node: string; hostNetwork?: boolean }
  | { kind: 'node'; name: string };

/** Where a request starts. */
export type Source =
  | { kind: 'node'; name: string }
  | { kind: 'pod'; namespace: string; name: string }
  /** A browser or laptop outside the cluster (NodePorts, LoadBalancers). */
  | { kind: 'external' };

/** An HTTP request as the listening program receives it. */
export interface HttpRequest {
  method: string;
  /** Path and query, as on the request line: `/`, `/echo?msg=hi`. */
  path: string;
  /** Header names as the client sent them (curl: `Host`, `User-Agent`, `Accept`). */
  headers: [string, string][];
  body: string;
  /** The client's address as the server sees it (after any NAT). */
  remoteAddr: string;
  remotePort: number;
  /** The address and port the server was reached on. */
  localAddr: string;
  localPort: number;
}

export interface HttpResponse {
  status: number;
  /** Reason phrase; the standard one for `status` when omitted. */
  statusText?: string;
  headers: [string, string][];
  body: string;
}

export type HttpHandler = (req: HttpRequest) => HttpResponse | Promise<HttpResponse>;

/** One step of a request's path, e.g. `{ hop: 'pod/default/web', ip: '10.244.1.5', port: 80 }`. */
export interface Hop {
  /** `node/<name>`, `pod/<ns>/<name>`, `service/<ns>/<name>`, `external`. */
  hop: string;
  ip?: string;
  port?: number;
  /** What happened there: `DNAT to 10.244.1.5:80 (kube-proxy)`, `connection refused`, … */
  note?: string;
}

/** What a client gets back: a response, or a connection error as curl reports it. */
export type HttpResult =
  | {
      ok: true;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: string;
      trace: Hop[];
      /** The address the client connected to (before any NAT), for curl's `Connected to` line. */
      ip: string;
      port: number;
      elapsedMs: number;
    }
  | {
      ok: false;
      /** curl's exit code: 7 = couldn't connect, 28 = timeout. */
      code: 7 | 28;
      /** curl's message without the `curl: (7) ` prefix. */
      message: string;
      trace: Hop[];
      ip: string;
      port: number;
      elapsedMs: number;
    };

/** A request to send. */
export interface OutgoingRequest {
  from: Source;
  ip: string;
  port: number;
  method?: string;
  path?: string;
  headers?: [string, string][];
  body?: string;
  /** curl --connect-timeout, ms; default: Linux's SYN retry time (about 134 s). */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * A routing step ahead of delivery: kube-proxy registers one that rewrites Service IPs and NodePorts
 * to a backend (DNAT); a NetworkPolicy engine could drop. Return undefined when not concerned.
 */
export type Router = (dst: { ip: string; port: number }, from: Source) => RouteDecision | undefined;

export type RouteDecision =
  | { to: { ip: string; port: number }; hop: Hop }
  | { refuse: true; hop: Hop }
  | { drop: true; hop: Hop };

// curl (8.5.0, as on Ubuntu 24.04 lab nodes) against the simulated network: resolves the host
// (IP literals, /etc/hosts, node names), sends the request through the engine's HTTP simulation
// and prints what curl prints: the body; `-i`/`-I` headers; `-v` trace lines on stderr; the progress
// meter on stderr when stdout is not a terminal and -s is not given; `-w` variables; errors as
// `curl: (N) message` with curl's exit codes (6 resolve, 7 connect, 22 -f, 28 timeout).
// Never sends real traffic: every address exists only inside the simulation.

import type { Network, Source } from '../../../engine/net';
import type { CommandIO, ShellCommand } from '../../types';
import { CurlUsageError, parseCurlArgs, parseUrl, type CurlArgs } from './args';

export interface CurlHost {
  net: Network;
  /** Where requests from this shell start (the node the shell runs on, or a pod). */
  from: Source;
}

export function createCurl(host: () => CurlHost): ShellCommand {
  return { name: 'curl', run: (io) => curl(io, host()) };
}

async function curl(io: CommandIO, host: CurlHost): Promise<number> {
  let a: CurlArgs;
  try {
    a = parseCurlArgs(io.argv);
  } catch (e) {
    io.err(`curl: ${(e as Error).message}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
    return e instanceof CurlUsageError ? e.code : 2;
  }
  if (a.urls.length === 0) {
    io.err(`curl: try 'curl --help' or 'curl --manual' for more information\n`);
    return 2;
  }
  let code = 0;
  for (const raw of a.urls) code = await fetchOne(io, host, a, raw);
  return code;
}

async function fetchOne(io: CommandIO, host: CurlHost, a: CurlArgs, raw: string): Promise<number> {
  const u = parseUrl(raw);
  const error = (n: number, msg: string) => {
    if (!a.silent || a.showError) io.err(`curl: (${n}) ${msg}\n`);
    return n;
  };
  if (!u) return error(3, 'URL rejected: Malformed input to a URL function');
  if (u.scheme !== 'http' && u.scheme !== 'https') return error(1, `Protocol "${u.scheme}" not supported`);
  const ip = await resolve(io, host, u.host);
  if (!ip) return error(6, `Could not resolve host: ${u.host}`);
  const method = a.method ?? (a.head ? 'HEAD' : a.data !== undefined ? 'POST' : 'GET');
  const hostHeader = u.port === (u.scheme === 'https' ? 443 : 80) ? u.host : `${u.host}:${u.port}`;
  const headers: [string, string][] = [['Host', hostHeader], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*']];
  for (const [k, v] of a.headers) {
    const i = headers.findIndex(([hk]) => hk.toLowerCase() === k.toLowerCase());
    if (i >= 0) headers[i] = [k, v];
    else headers.push([k, v]);
  }
  if (a.data !== undefined) {
    headers.push(['Content-Length', String(a.data.length)]);
    if (!a.headers.some(([k]) => k.toLowerCase() === 'content-type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  const verbose = (s: string) => a.verbose && io.err(s);
  verbose(`*   Trying ${ip}:${u.port}...\n`);
  const r = await host.net.request({
    from: host.from,
    ip,
    port: u.port,
    method,
    path: u.path,
    headers,
    body: a.data ?? '',
    connectTimeoutMs: a.connectTimeoutMs ?? a.maxTimeMs,
    signal: io.signal,
  });
  if (!r.ok) {
    if (r.code === 28) return error(28, `Failed to connect to ${u.host} port ${u.port} after ${r.elapsedMs} ms: Timeout was reached`);
    return error(7, `Failed to connect to ${u.host} port ${u.port} after ${r.elapsedMs} ms: Couldn't connect to server`);
  }
  if (u.scheme === 'https') return error(35, 'OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number');
  verbose(`* Connected to ${u.host} (${ip}) port ${u.port}\n`);
  verbose(headers.map(([k, v]) => `> ${k}: ${v}\n`).join('').replace(/^/, `> ${method} ${u.path} HTTP/1.1\n`) + '> \n');
  const statusLine = `HTTP/1.1 ${r.status} ${r.statusText}`;
  const headerBlock = [statusLine, ...r.headers.map(([k, v]) => `${k}: ${v}`)];
  verbose(headerBlock.map((l) => `< ${l}\n`).join('') + '< \n');
  if (a.fail && r.status >= 400) {
    verbose(`* The requested URL returned error: ${r.status}\n* Closing connection\n`);
    return error(22, `The requested URL returned error: ${r.status}`);
  }
  const body = method === 'HEAD' ? '' : r.body;
  let out = '';
  if (a.include || a.head) out += headerBlock.map((l) => `${l}\r\n`).join('') + '\r\n';
  out += body;
  if (a.verbose && body) io.err(`{ [${body.length} bytes data]\n`);
  if (!a.silent && !a.verbose && (!io.tty || a.output)) io.err(progressMeter(out.length));
  if (a.output && a.output !== '-') await io.fs.writeFile(a.output, out);
  else io.out(out);
  verbose(`* Connection #0 to host ${u.host} left intact\n`);
  if (a.writeOut) io.out(writeOut(a.writeOut, { code: r.status, size: body.length, ip, port: u.port, url: raw, elapsedMs: r.elapsedMs }));
  return 0;
}

/** Resolves like the node's resolver would: IP literals, then /etc/hosts, then node names. */
async function resolve(io: CommandIO, host: CurlHost, name: string): Promise<string | undefined> {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return name;
  if (name === 'localhost') return localIp(host);
  try {
    const hosts = await io.fs.readFile('/etc/hosts');
    for (const line of hosts.split('\n')) {
      const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (ip && names.includes(name)) return ip === '127.0.0.1' ? localIp(host) : ip;
    }
  } catch {
    /* no /etc/hosts on this host */
  }
  return host.net.node(name)?.ip;
}

function localIp(host: CurlHost): string | undefined {
  if (host.from.kind === 'node') return host.net.node(host.from.name)?.ip;
  if (host.from.kind === 'pod') return host.net.podIp(host.from.namespace, host.from.name);
  return undefined;
}

/** The progress meter curl writes to stderr when stdout is not a terminal (a finished transfer). */
function progressMeter(bytes: number): string {
  const n = String(bytes).padStart(5);
  const speed = `${Math.max(1, Math.round(bytes / 1.024))}`;
  const sp = (bytes < 1024 ? speed : `${Math.round(bytes / 1024)}k`).padStart(6);
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100 ${n}  100 ${n}    0     0 ${sp}      0 --:--:-- --:--:-- --:--:-- ${sp}\n`
  );
}

function writeOut(fmt: string, v: { code: number; size: number; ip: string; port: number; url: string; elapsedMs: number }): string {
  const secs = (v.elapsedMs / 1000).toFixed(6);
  const vars: Record<string, string> = {
    http_code: String(v.code).padStart(3, '0'),
    response_code: String(v.code),
    size_download: String(v.size),
    remote_ip: v.ip,
    remote_port: String(v.port),
    url_effective: v.url,
    time_total: secs,
    time_connect: secs,
  };
  return fmt
    .replace(/%\{(\w+)\}/g, (_, k: string) => vars[k] ?? '')
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
}

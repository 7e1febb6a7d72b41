// curl's command line (the subset labs use), parsed as curl does: short options may be bundled
// (`-sS`, `-sSL`), options taking a value accept it attached (`-XPOST`, `-o/dev/null`) or as the
// next word, long options as `--opt value` or `--opt=value` is NOT curl syntax (curl takes the next word).

export interface CurlArgs {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  location: boolean;
  method?: string;
  headers: [string, string][];
  data?: string;
  output?: string;
  writeOut?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  insecure: boolean;
}

type Opt = { long: string; short?: string; value?: boolean; set(a: CurlArgs, v: string): void };

const OPTS: Opt[] = [
  { long: 'silent', short: 's', set: (a) => (a.silent = true) },
  { long: 'show-error', short: 'S', set: (a) => (a.showError = true) },
  { long: 'verbose', short: 'v', set: (a) => (a.verbose = true) },
  { long: 'include', short: 'i', set: (a) => (a.include = true) },
  { long: 'head', short: 'I', set: (a) => (a.head = true) },
  { long: 'fail', short: 'f', set: (a) => (a.fail = true) },
  { long: 'location', short: 'L', set: (a) => (a.location = true) },
  { long: 'insecure', short: 'k', set: (a) => (a.insecure = true) },
  { long: 'request', short: 'X', value: true, set: (a, v) => (a.method = v) },
  { long: 'header', short: 'H', value: true, set: (a, v) => a.headers.push(splitHeader(v)) },
  { long: 'data', short: 'd', value: true, set: (a, v) => (a.data = a.data === undefined ? v : `${a.data}&${v}`) },
  { long: 'data-raw', value: true, set: (a, v) => (a.data = v) },
  { long: 'output', short: 'o', value: true, set: (a, v) => (a.output = v) },
  { long: 'write-out', short: 'w', value: true, set: (a, v) => (a.writeOut = v) },
  { long: 'max-time', short: 'm', value: true, set: (a, v) => (a.maxTimeMs = seconds(v)) },
  { long: 'connect-timeout', value: true, set: (a, v) => (a.connectTimeoutMs = seconds(v)) },
  { long: 'user-agent', short: 'A', value: true, set: (a, v) => a.headers.push(['User-Agent', v]) },
];

export class CurlUsageError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

export function parseCurlArgs(argv: string[]): CurlArgs {
  const a: CurlArgs = { urls: [], silent: false, showError: false, verbose: false, include: false, head: false, fail: false, location: false, headers: [], insecure: false };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new CurlUsageError(`option ${w}: requires parameter`);
      return argv[++i];
    };
    if (w.startsWith('--') && w.length > 2) {
      const o = OPTS.find((x) => x.long === w.slice(2));
      if (!o) throw new CurlUsageError(`option ${w}: is unknown`);
      o.set(a, o.value ? next() : '');
    } else if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const o = OPTS.find((x) => x.short === w[j]);
        if (!o) throw new CurlUsageError(`option -${w.slice(j)}: is unknown`);
        if (o.value) {
          const rest = w.slice(j + 1);
          o.set(a, rest !== '' ? rest : next());
          break;
        }
        o.set(a, '');
      }
    } else a.urls.push(w);
  }
  return a;
}

function splitHeader(v: string): [string, string] {
  const i = v.indexOf(':');
  return i < 0 ? [v, ''] : [v.slice(0, i).trim(), v.slice(i + 1).trim()];
}

function seconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new CurlUsageError(`option: expected a proper numerical parameter`);
  return Math.round(n * 1000);
}

/** Splits a URL as curl does, defaulting the scheme to http and the path to `/`. */
export function parseUrl(raw: string): { scheme: string; host: string; port: number; path: string } | undefined {
  const m = raw.match(/^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([^#]*)/);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] ? (m[4].startsWith('/') ? m[4] : `/${m[4]}`) : '/';
  return { scheme, host: m[2], port, path };
}

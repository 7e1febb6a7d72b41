// Container logs as the kubelet keeps them (CRI log files, one per container instance): each line
// with its stream and the simulated time it was written, so `kubectl logs --timestamps`, `--since`,
// `--tail` and `--previous` work and `-f` streams new lines. Timestamps carry nanoseconds like CRI
// logs do (the sub-millisecond digits come from the seeded `logs` stream). Simplified: no rotation
// beyond a fixed line cap, no partial-line (P) records in the output.

import type { Rand } from '../sim/rand';

export interface LogLine {
  /** Epoch ms. */
  t: number;
  /** Sub-millisecond nanoseconds, 0–999999. */
  ns: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface LogQuery {
  /** Last N lines (negative or undefined: all). */
  tail?: number;
  /** Only lines newer than this many ms before `now`. */
  sinceMs?: number;
  /** Only lines at or after this epoch ms. */
  sinceTime?: number;
  /** Prefix each line with its RFC3339Nano timestamp. */
  timestamps?: boolean;
  /** Stop after this many bytes. */
  limitBytes?: number;
}

const MAX_LINES = 20_000;

/** One container instance's log. */
export class LogBuffer {
  lines: LogLine[] = [];
  private partial = { stdout: '', stderr: '' };
  private lastT = -1;
  private lastNs = 0;
  private listeners = new Set<(l: LogLine) => void>();

  constructor(
    private readonly now: () => number,
    private readonly rand: Rand,
  ) {}

  /** Appends output; complete lines are recorded, a trailing partial line waits for its newline. */
  write(stream: 'stdout' | 'stderr', text: string): void {
    const buf = this.partial[stream] + text;
    const parts = buf.split('\n');
    this.partial[stream] = parts.pop()!;
    for (const p of parts) this.push(stream, p);
  }

  /** Flushes partial lines (the process exited). */
  close(): void {
    for (const s of ['stdout', 'stderr'] as const) {
      if (this.partial[s]) this.push(s, this.partial[s]);
      this.partial[s] = '';
    }
  }

  subscribe(fn: (l: LogLine) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Lines selected by `q`, each ending in a newline. */
  render(q: LogQuery = {}): string {
    let ls = this.lines;
    const from = q.sinceTime ?? (q.sinceMs !== undefined ? this.now() - q.sinceMs : undefined);
    if (from !== undefined) ls = ls.filter((l) => l.t >= from);
    if (q.tail !== undefined && q.tail >= 0) ls = q.tail === 0 ? [] : ls.slice(-q.tail);
    let out = ls.map((l) => formatLine(l, q.timestamps)).join('');
    if (q.limitBytes !== undefined) out = out.slice(0, q.limitBytes);
    return out;
  }

  toJSON(): LogLine[] {
    return this.lines;
  }

  private push(stream: 'stdout' | 'stderr', text: string): void {
    const t = this.now();
    // Sub-millisecond digits: random, but increasing within a millisecond like real write times.
    const ns = t === this.lastT ? Math.min(999_999, this.lastNs + this.rand.int(2_000, 60_000)) : this.rand.int(0, 400_000);
    this.lastT = t;
    this.lastNs = ns;
    const l: LogLine = { t, ns, stream, text };
    this.lines.push(l);
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
    for (const fn of [...this.listeners]) fn(l);
  }
}

export function formatLine(l: LogLine, timestamps?: boolean): string {
  return timestamps ? `${rfc3339Nano(l.t, l.ns)} ${l.text}\n` : `${l.text}\n`;
}

/** Go's time.RFC3339Nano in UTC: fractional seconds with trailing zeros trimmed. */
export function rfc3339Nano(ms: number, subMsNs = 0): string {
  const base = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
  const frac = (String(ms % 1000).padStart(3, '0') + String(subMsNs).padStart(6, '0')).replace(/0+$/, '');
  return `${base}${frac ? `.${frac}` : ''}Z`;
}

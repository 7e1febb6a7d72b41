// bash's job table for `cmd &` (just-bash runs `&` synchronously, stack.md §2 gap 3): each job runs
// in its own interpreter on the same file system and streams to the terminal. Lines are formatted as
// bash's jobs.c does: `[1]+  Running                 sleep 100 &` (`[n]`, `+` current / `-` previous,
// two spaces, the status padded to 24 columns, the command), `Done`, `Exit 2`, `Terminated`,
// `Killed`; `jobs -l` adds the pid. Interactive shells report finished jobs before the next prompt.

export type JobState = 'Running' | 'Done' | 'Signalled';

export interface Job {
  id: number;
  pid: number;
  /** Command text as typed, without the trailing `&`. */
  text: string;
  state: JobState;
  /** Exit status once finished (128 + signal number when signalled). */
  code: number;
  /** Signal name that ended it (`Terminated`, `Killed`, `Interrupt`, `Hangup`). */
  signalText?: string;
  /** Set by `kill` before aborting, so the ending is reported as a signal. */
  pendingSignal?: { text: string; code: number };
  abort: (reason?: unknown) => void;
  done: Promise<number>;
}

export const SIGNALS: Record<string, { num: number; text: string }> = {
  HUP: { num: 1, text: 'Hangup' },
  INT: { num: 2, text: 'Interrupt' },
  QUIT: { num: 3, text: 'Quit' },
  KILL: { num: 9, text: 'Killed' },
  TERM: { num: 15, text: 'Terminated' },
};

/** Hands out a host's process ids (each host has its own, as real machines do). */
export function pidAllocator(first = 24_000): () => number {
  let next = first;
  return () => next++;
}

export class JobTable {
  private jobs: Job[] = [];

  constructor(private readonly allocatePid: () => number) {}

  /** Job ids by recency of being started or brought forward: last is current (`+`), then previous (`-`). */
  private recency: number[] = [];

  start(text: string, run: (signal: AbortSignal) => Promise<number>): Job {
    const id = this.jobs.length ? Math.max(...this.jobs.map((j) => j.id)) + 1 : 1;
    const ac = new AbortController();
    const job: Job = { id, pid: this.allocatePid(), text, state: 'Running', code: 0, abort: (r) => ac.abort(r), done: Promise.resolve(0) };
    job.done = run(ac.signal).then(
      (code) => this.finish(job, code),
      () => this.finish(job, 1),
    );
    this.jobs.push(job);
    this.recency.push(id);
    return job;
  }

  private finish(job: Job, code: number): number {
    if (job.pendingSignal) {
      job.state = 'Signalled';
      job.signalText = job.pendingSignal.text;
      job.code = job.pendingSignal.code;
    } else {
      job.state = 'Done';
      job.code = code;
    }
    return job.code;
  }

  list(): Job[] {
    return [...this.jobs];
  }

  running(): Job[] {
    return this.jobs.filter((j) => j.state === 'Running');
  }

  /** Resolves a job spec: `%1`, `%%`, `%+`, `%-`, `%name`, `%?text`, or a pid. */
  find(spec: string): Job | undefined {
    if (/^\d+$/.test(spec)) return this.jobs.find((j) => j.pid === Number(spec));
    if (!spec.startsWith('%')) return undefined;
    const s = spec.slice(1);
    if (s === '' || s === '%' || s === '+') return this.byId(this.recency.at(-1));
    if (s === '-') return this.byId(this.recency.at(-2) ?? this.recency.at(-1));
    if (/^\d+$/.test(s)) return this.byId(Number(s));
    if (s.startsWith('?')) return this.jobs.find((j) => j.text.includes(s.slice(1)));
    return this.jobs.find((j) => j.text.startsWith(s));
  }

  private byId(id: number | undefined): Job | undefined {
    return id === undefined ? undefined : this.jobs.find((j) => j.id === id);
  }

  /** Makes `job` the current one (as `fg` does). */
  touch(job: Job): void {
    this.recency = [...this.recency.filter((i) => i !== job.id), job.id];
  }

  remove(job: Job): void {
    this.jobs = this.jobs.filter((j) => j !== job);
    this.recency = this.recency.filter((i) => i !== job.id);
  }

  marker(job: Job): string {
    if (this.recency.at(-1) === job.id) return '+';
    if (this.recency.at(-2) === job.id) return '-';
    return ' ';
  }

  status(job: Job): string {
    if (job.state === 'Running') return 'Running';
    if (job.state === 'Signalled') return job.signalText ?? 'Terminated';
    return job.code === 0 ? 'Done' : `Exit ${job.code}`;
  }

  /** One line as `jobs` (or the completion notice) prints it. */
  format(job: Job, long = false): string {
    const head = `[${job.id}]${this.marker(job)} ` + (long ? `${String(job.pid).padStart(5)} ` : ' ');
    return `${head}${this.status(job).padEnd(24)}${job.text}${job.state === 'Running' ? ' &' : ''}\n`;
  }

  /** Lines for jobs that finished since the last report; they leave the table (bash's notify). */
  takeNotices(): string {
    let out = '';
    for (const j of this.jobs.filter((x) => x.state !== 'Running')) {
      out += this.format(j);
      this.remove(j);
    }
    return out;
  }

  /** Aborts every job (the session ends). */
  abortAll(): void {
    for (const j of this.running()) {
      j.pendingSignal = { text: 'Hangup', code: 129 };
      j.abort();
    }
  }
}

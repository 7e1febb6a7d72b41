// What the sandbox hands its callers (the worker, bin/podlab, tests): command results, completion
// candidates and the cluster picture. The worker protocol re-exports these, so page and worker agree.

export type Stream = 'out' | 'err';

/** Terminal output of a running command, in order. */
export type OutputSink = (stream: Stream, text: string) => void;

export interface RunResult {
  exitCode: number;
  /** The input is not a complete command yet (open quote, heredoc, trailing `|`): show `> `. */
  incomplete?: boolean;
  /** The prompt to show next (changes after `cd`, `ssh node01`, `exit`). */
  prompt: string;
}

export interface Completion {
  /** Replace line[from, to) with a candidate. */
  from: number;
  to: number;
  candidates: string[];
}

/** One pod as the cluster picture shows it. */
export interface PodView {
  namespace: string;
  name: string;
  /** The STATUS column text (`Running`, `ContainerCreating`, `CrashLoopBackOff`, …). */
  status: string;
  /** `1/1`. */
  ready: string;
  /** For colouring: ok (running and ready), progress, warn (pending/back-off), error, done. */
  tone: 'ok' | 'progress' | 'warn' | 'error' | 'done';
  /** Why a pending pod is not scheduled (the FailedScheduling message), if known. */
  reason?: string;
}

export interface NodeView {
  name: string;
  status: string;
  roles: string;
  pods: PodView[];
}

export interface ClusterView {
  nodes: NodeView[];
  /** Pods not bound to a node. */
  unscheduled: PodView[];
}


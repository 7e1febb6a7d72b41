// The kubelet's pure pod-status rules: phase (kubelet_pods.go getPhase, v1.34), the pod conditions
// (pkg/kubelet/status generate.go: PodReadyToStartContainers, Initialized, Ready, ContainersReady,
// kept with PodScheduled) and the status manager's lastTransitionTime rule (a condition keeps its
// time while its status is unchanged). Sidecar (restartable init) containers are not modelled.

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface StateShape {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { exitCode: number; reason?: string };
}

export interface ContainerStatusShape {
  name: string;
  ready: boolean;
  state: StateShape;
  lastState: { terminated?: { exitCode: number } };
}

export interface PodCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  lastProbeTime: null;
  lastTransitionTime: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

interface SpecShape {
  restartPolicy?: string;
  containers: { name: string }[];
  initContainers?: { name: string }[];
}

/** getPhase: the phase implied by the container statuses. */
export function podPhase(spec: SpecShape, init: ContainerStatusShape[], main: ContainerStatusShape[], podIsTerminal: boolean): PodPhase {
  const policy = spec.restartPolicy ?? 'Always';
  let pendingInit = 0;
  let failedInit = 0;
  for (const c of spec.initContainers ?? []) {
    const s = init.find((x) => x.name === c.name);
    if (!s) { pendingInit++; continue; }
    if (s.state.running) pendingInit++;
    else if (s.state.terminated) { if (s.state.terminated.exitCode !== 0) failedInit++; }
    else if (s.state.waiting) {
      if (s.lastState.terminated) { if (s.lastState.terminated.exitCode !== 0) failedInit++; }
      else pendingInit++;
    } else pendingInit++;
  }
  let unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0;
  for (const c of spec.containers) {
    const s = main.find((x) => x.name === c.name);
    if (!s) { unknown++; continue; }
    if (s.state.running) running++;
    else if (s.state.terminated) {
      stopped++;
      if (s.state.terminated.exitCode === 0) succeeded++;
    } else if (s.state.waiting) {
      if (s.lastState.terminated) stopped++;
      else waiting++;
    } else unknown++;
  }
  if (failedInit > 0 && policy === 'Never') return 'Failed';
  if (pendingInit > 0) return 'Pending';
  if (waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

export interface ConditionInput {
  spec: SpecShape;
  phase: PodPhase;
  init: ContainerStatusShape[];
  main: ContainerStatusShape[];
  /** Sandbox created and networking configured. */
  sandboxReady: boolean;
  /** Conditions currently stored (their times are kept while their status holds). */
  previous: PodCondition[];
  now: string;
  generation?: number;
}

const list = (names: string[]) => `[${names.join(' ')}]`;

/** The pod's conditions in the order the kubelet writes them. */
export function podConditions(i: ConditionInput): PodCondition[] {
  const cond = (type: string, status: boolean, reason?: string, message?: string): PodCondition => {
    const s = status ? 'True' : 'False';
    const prev = i.previous.find((c) => c.type === type);
    const c: PodCondition = { type, status: s, lastProbeTime: null, lastTransitionTime: prev && prev.status === s ? prev.lastTransitionTime : i.now };
    if (reason) c.reason = reason;
    if (message) c.message = message;
    if (i.generation !== undefined) c.observedGeneration = i.generation;
    return c;
  };

  // Initialized
  let initialized: PodCondition;
  const inits = i.spec.initContainers ?? [];
  if (!inits.length) initialized = cond('Initialized', true);
  else if (i.phase === 'Succeeded') initialized = cond('Initialized', true, 'PodCompleted');
  else {
    const started = i.main.some((s) => s.state.running || s.state.terminated || s.lastState.terminated);
    const incomplete = inits.filter((c) => {
      const s = i.init.find((x) => x.name === c.name);
      return !(s?.state.terminated && s.state.terminated.exitCode === 0);
    });
    initialized = started || !incomplete.length ? cond('Initialized', true) : cond('Initialized', false, 'ContainersNotInitialized', `containers with incomplete status: ${list(incomplete.map((c) => c.name))}`);
  }

  // ContainersReady / Ready
  let ready: [boolean, string?, string?];
  const unknown = i.spec.containers.filter((c) => !i.main.some((s) => s.name === c.name)).map((c) => c.name);
  const unready = i.spec.containers.filter((c) => i.main.some((s) => s.name === c.name && !s.ready)).map((c) => c.name);
  if (i.phase === 'Succeeded' && !unknown.length) ready = [false, 'PodCompleted'];
  else if (i.phase === 'Failed') ready = [false, 'PodFailed'];
  else {
    const msgs: string[] = [];
    if (unknown.length) msgs.push(`containers with unknown status: ${list(unknown)}`);
    if (unready.length) msgs.push(`containers with unready status: ${list(unready)}`);
    ready = msgs.length ? [false, 'ContainersNotReady', msgs.join(', ')] : [true];
  }

  const scheduled = i.previous.find((c) => c.type === 'PodScheduled');
  return [
    cond('PodReadyToStartContainers', i.sandboxReady),
    initialized,
    cond('Ready', ...ready),
    cond('ContainersReady', ...ready),
    scheduled ? { ...scheduled, ...(i.generation !== undefined ? { observedGeneration: i.generation } : {}) } : cond('PodScheduled', true),
  ];
}

// The pure check evaluator: a step's typed conditions against a read-only view of the cluster and the
// learner's command history. It says what is missing in words a learner can act on. Script
// conditions (Killercoda-style verify scripts) need the shell, so they are run by the course runner.

import { matchesLabels, parseLabelSelector } from '../engine/api/selectors';
import type { KindKey, KObject } from '../engine/api/types';
import type { CheckResult, Condition, Expectation } from './format';

export interface CheckView {
  /** What `kubectl get <type>` would resolve `type` to. */
  resolve(type: string): { key: KindKey; namespaced: boolean; singular: string } | undefined;
  get(key: KindKey, namespace: string | undefined, name: string): KObject | undefined;
  list(key: KindKey, namespace: string | undefined): readonly KObject[];
  /** Command lines the learner ran, oldest first. */
  history: readonly string[];
  defaultNamespace: string;
}

/** Outcome of one typed condition; `script` conditions are left to the caller. */
export type ConditionOutcome = { ok: true } | { ok: false; missing: string } | { script: string };

export function evaluateCondition(c: Condition, v: CheckView): ConditionOutcome {
  if ('script' in c) return { script: c.script };
  if ('ran' in c) {
    const ok = v.history.some((line) => ranMatches(c.ran, line));
    return ok ? { ok: true } : fail(c.message ?? `run \`${c.ran}\``);
  }
  if ('count' in c) {
    const t = v.resolve(c.count);
    if (!t) return fail(`unknown resource type "${c.count}" in the check`);
    const ns = t.namespaced ? (c.namespace ?? v.defaultNamespace) : undefined;
    const sel = c.selector ? parseLabelSelector(c.selector) : [];
    const n = v.list(t.key, ns).filter((o) => !o.metadata.deletionTimestamp && matchesLabels(sel, o.metadata.labels)).length;
    const what = `${c.count}${c.selector ? ` with labels ${c.selector}` : ''}${ns ? ` in namespace ${ns}` : ''}`;
    if (c.equals !== undefined && n !== c.equals) return fail(c.message ?? `expected ${c.equals} ${what}, found ${n}`);
    if (c.min !== undefined && n < c.min) return fail(c.message ?? `expected at least ${c.min} ${what}, found ${n}`);
    if (c.max !== undefined && n > c.max) return fail(c.message ?? `expected at most ${c.max} ${what}, found ${n}`);
    return { ok: true };
  }
  const ref = 'get' in c ? c.get : c.absent;
  const [type, name] = ref.split('/');
  const t = v.resolve(type);
  if (!t || !name) return fail(`the check names "${ref}", which is not <type>/<name>`);
  const ns = t.namespaced ? (c.namespace ?? v.defaultNamespace) : undefined;
  const obj = v.get(t.key, ns, name);
  const label = `${t.singular}/${name}${ns && ns !== v.defaultNamespace ? ` in namespace ${ns}` : ''}`;
  if ('absent' in c) {
    return obj && !obj.metadata.deletionTimestamp ? fail(c.message ?? `${label} still exists`) : { ok: true };
  }
  if (!obj) return fail(c.message ?? `${label} does not exist yet`);
  for (const [path, want] of Object.entries(c.expect ?? {})) {
    const got = readPath(obj, path);
    const why = mismatch(got, want);
    if (why) return fail(c.message ? `${c.message} (${label}: ${path} ${why})` : `${label}: ${path} ${why}`);
  }
  return { ok: true };
}

/** Evaluates the typed conditions; script conditions count as passed here (the runner checks them). */
export function evaluateTyped(conds: readonly Condition[], v: CheckView): CheckResult {
  const missing: string[] = [];
  for (const c of conds) {
    const r = evaluateCondition(c, v);
    if ('ok' in r && !r.ok) missing.push(r.missing);
  }
  return { ok: missing.length === 0, missing };
}

const fail = (missing: string): ConditionOutcome => ({ ok: false, missing });

/** `kubectl logs` matches lines starting with it (and `k logs`); `/regex/` matches anywhere. */
function ranMatches(pattern: string, line: string): boolean {
  const l = line.trim();
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) return new RegExp(pattern.slice(1, -1)).test(l);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const want = words(pattern);
  const statements = l.split(/\s*(?:;|&&|\|\||\|)\s*/);
  return statements.some((st) => {
    const w = words(st);
    if (w[0] === 'k' && want[0] === 'kubectl') w[0] = 'kubectl';
    return want.every((x, i) => w[i] === x);
  });
}

/** Reads `a.b[0].c` or `metadata.labels['app.kubernetes.io/name']` from an object. */
export function readPath(obj: unknown, path: string): unknown {
  const parts: (string | number)[] = [];
  const re = /\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]|([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) parts.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? m[4]));
  let cur: unknown = obj;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

function mismatch(got: unknown, want: Expectation): string | undefined {
  if (typeof want === 'object' && want !== null) {
    if ('exists' in want) return (got !== undefined) === want.exists ? undefined : want.exists ? 'is not set' : `is set to ${show(got)}`;
    if ('matches' in want) return typeof got === 'string' && new RegExp(want.matches).test(got) ? undefined : `is ${show(got)}, expected to match /${want.matches}/`;
    if ('in' in want) return want.in.map(String).includes(String(got)) ? undefined : `is ${show(got)}, expected one of ${want.in.join(', ')}`;
  }
  if (got === undefined) return `is not set, expected ${show(want)}`;
  return String(got) === String(want) ? undefined : `is ${show(got)}, expected ${show(want)}`;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

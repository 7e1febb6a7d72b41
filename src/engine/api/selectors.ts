// Label and field selectors as apimachinery parses them (pkg/labels/selector.go,
// pkg/fields/selector.go): `app=web,tier!=db`, `env in (prod,qa)`, `!canary`, `release`,
// and field selectors `metadata.name=web,status.phase!=Running`.

import type { KObject } from './types';

export type Requirement =
  | { key: string; op: '=' | '!='; values: [string] }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!'; values: [] };

export type LabelSelector = Requirement[];

export class SelectorParseError extends Error {}

/** Parses a label selector string; throws SelectorParseError with apimachinery's wording. */
export function parseLabelSelector(text: string): LabelSelector {
  const reqs: Requirement[] = [];
  const s = text.trim();
  if (!s) return reqs;
  for (const part of splitTopLevel(s)) {
    const p = part.trim();
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^([^\s!=(),]+)\s+(in|notin)\s*\(([^)]*)\)$/))) {
      const values = m[3].split(',').map((v) => v.trim()).filter((v) => v !== '');
      reqs.push({ key: m[1], op: m[2] as 'in' | 'notin', values });
    } else if ((m = p.match(/^([^\s!=]+)\s*(==|=|!=)\s*([^\s,]*)$/))) {
      reqs.push({ key: m[1], op: m[2] === '!=' ? '!=' : '=', values: [m[3]] });
    } else if ((m = p.match(/^!\s*([^\s!=]+)$/))) {
      reqs.push({ key: m[1], op: '!', values: [] });
    } else if ((m = p.match(/^([^\s!=]+)$/))) {
      reqs.push({ key: m[1], op: 'exists', values: [] });
    } else {
      throw new SelectorParseError(`unable to parse requirement: ${p}`);
    }
  }
  return reqs;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function matchesLabels(sel: LabelSelector, labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  for (const r of sel) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        if (!has || v !== r.values[0]) return false;
        break;
      case '!=':
        if (has && v === r.values[0]) return false;
        break;
      case 'in':
        if (!has || !r.values.includes(v)) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** A metav1.LabelSelector (matchLabels + matchExpressions) as requirements. */
export function fromLabelSelector(sel: {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}): LabelSelector {
  const reqs: Requirement[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, op: '=', values: [v] });
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator;
    if (op === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (op === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (op === 'Exists') reqs.push({ key: e.key, op: 'exists', values: [] });
    else if (op === 'DoesNotExist') reqs.push({ key: e.key, op: '!', values: [] });
  }
  return reqs;
}

/** Renders like labels.FormatLabels / metav1.FormatLabelSelector: `app=web,tier=db`. */
export function formatSelector(sel: LabelSelector): string {
  if (sel.length === 0) return '<none>';
  return sel
    .map((r) => {
      if (r.op === '=' || r.op === '!=') return `${r.key}${r.op}${r.values[0]}`;
      if (r.op === 'exists') return r.key;
      if (r.op === '!') return `!${r.key}`;
      return `${r.key} ${r.op} (${r.values.join(',')})`;
    })
    .join(',');
}

export type FieldRequirement = { field: string; op: '=' | '!='; value: string };

export function parseFieldSelector(text: string): FieldRequirement[] {
  const s = text.trim();
  if (!s) return [];
  return s.split(',').map((p) => {
    const m = p.trim().match(/^([^=!]+)(==|=|!=)(.*)$/);
    if (!m) throw new SelectorParseError(`invalid selector: '${text}'; can't understand '${p}'`);
    return { field: m[1], op: m[2] === '!=' ? '!=' : '=', value: m[3] };
  });
}

/** Field values every kind supports; kinds add their own (`spec.nodeName`, `status.phase`, …). */
export function commonFields(o: KObject): Record<string, string | undefined> {
  return { 'metadata.name': o.metadata.name, 'metadata.namespace': o.metadata.namespace ?? '' };
}

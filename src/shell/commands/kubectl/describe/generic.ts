// `kubectl describe` for ConfigMap, Secret, ServiceAccount and Namespace (describe.go
// ConfigMapDescriber, describeSecret, describeServiceAccount, describeNamespace), and the generic
// describer for every other kind (Name, Namespace, Labels, Annotations, then the object's fields with
// smartLabelFor titles, then Events). Difference: Go iterates ConfigMap/Secret data maps in random
// order; keys are sorted here.

import { base64Decode } from '../../../../engine/sim/bytes';
import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { goSprint } from '../../../format/gofmt';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, tabbedString, type PrefixWriter } from './writer';

type Ctx = { api: ApiServer; now: number };
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function header(w: PrefixWriter, o: Stored): void {
  w.write(0, `Name:\t${o.metadata.name}\n`);
  w.write(0, `Namespace:\t${o.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', o.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', o.metadata.annotations);
}

export function describeConfigMap(ctx: Ctx, cm: Stored): string {
  return tabbedString((w) => {
    header(w, cm);
    const data = (cm.data ?? {}) as Record<string, string>;
    w.write(0, '\nData\n====\n');
    for (const k of Object.keys(data).sort(byCodeUnit)) {
      w.write(0, `${k}:\n----\n`);
      w.write(0, `${data[k]}\n`);
      w.write(0, '\n');
    }
    w.write(0, '\nBinaryData\n====\n');
    const bin = (cm.binaryData ?? {}) as Record<string, string>;
    for (const k of Object.keys(bin).sort(byCodeUnit)) w.write(0, `${k}: ${decodedLength(bin[k]!)} bytes\n`);
    w.write(0, '\n');
    describeEvents(w, eventsFor(ctx.api, cm), ctx.now);
  });
}

/** Length in bytes of base64 text once decoded. */
function decodedLength(b64: string): number {
  const s = b64.replace(/\s/g, '');
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length * 3) / 4) - pad;
}

export function describeSecret(_ctx: Ctx, s: Stored): string {
  return tabbedString((w) => {
    header(w, s);
    w.write(0, `\nType:\t${s.type ?? ''}\n`);
    w.write(0, '\nData\n====\n');
    const data = (s.data ?? {}) as Record<string, string>;
    for (const k of Object.keys(data).sort(byCodeUnit)) {
      if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${base64Decode(data[k]!)}\n`);
      else w.write(0, `${k}:\t${decodedLength(data[k]!)} bytes\n`);
    }
  });
}

export function describeServiceAccount(ctx: Ctx, sa: Stored): string {
  const secrets = new Set(ctx.api.list('Secret', { namespace: sa.metadata.namespace }).map((s) => s.metadata.name));
  const tokens = ctx.api
    .list('Secret', { namespace: sa.metadata.namespace })
    .filter(
      (s) =>
        s.type === 'kubernetes.io/service-account-token' &&
        s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name &&
        s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid,
    )
    .map((s) => s.metadata.name);
  const names = (list: unknown) => ((list ?? []) as any[]).map((x) => String(x.name));
  // Sorted headers, padded to one width as upstream writes them.
  const groups: [string, string[]][] = [
    ['Image pull secrets:', names(sa.imagePullSecrets)],
    ['Mountable secrets: ', names(sa.secrets)],
    ['Tokens:            ', tokens],
  ];
  return tabbedString((w) => {
    header(w, sa);
    for (const [h, list] of groups) {
      if (list.length === 0) w.write(0, `${h}\t<none>\n`);
      list.forEach((name, i) => {
        const missing = h !== 'Tokens:            ' && !secrets.has(name);
        w.write(0, `${i === 0 ? h : '                   '}\t${name}${missing ? ' (not found)' : ''}\n`);
      });
    }
    describeEvents(w, eventsFor(ctx.api, sa), ctx.now);
  });
}

export function describeNamespace(ctx: Ctx, ns: Stored): string {
  const name = ns.metadata.name;
  const quotas = ctx.api.registry.get('ResourceQuota') ? ctx.api.list('ResourceQuota', { namespace: name }) : [];
  const limits = ctx.api.registry.get('LimitRange') ? ctx.api.list('LimitRange', { namespace: name }) : [];
  return tabbedString((w) => {
    w.write(0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', ns.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
    w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
    w.write(0, '\n');
    if (quotas.length === 0) w.write(0, 'No resource quota.\n');
    else {
      w.write(0, 'Resource Quotas\n');
      for (const q of quotas) {
        w.write(1, `Name:\t${q.metadata.name}\n`);
        w.write(1, 'Resource\tUsed\tHard\n');
        w.write(1, '--------\t---\t---\n');
        const hard = (q.status?.hard ?? {}) as Record<string, string>;
        for (const r of Object.keys(hard).sort(byCodeUnit)) w.write(1, `${r}\t${q.status?.used?.[r] ?? '0'}\t${hard[r]}\n`);
      }
    }
    w.write(0, '\n');
    if (limits.length === 0) {
      w.write(0, 'No LimitRange resource.\n');
      return;
    }
    w.write(0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    for (const lr of limits) {
      for (const item of (lr.spec?.limits ?? []) as any[]) {
        const fields = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
        const names = new Set<string>(fields.flatMap((f) => Object.keys(f ?? {})));
        for (const r of [...names].sort(byCodeUnit)) {
          const cells = fields.map((f) => (f?.[r] !== undefined ? String(f[r]) : '-'));
          w.write(0, ` ${item.type}\t${r}\t${cells.join('\t')}\n`);
        }
      }
    }
  });
}

/** fatih/camelcase Split + Title, as smartLabelFor builds field titles (`apiVersion` → `API Version`). */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  const kind = (c: string) => (/\p{Ll}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : /\p{Nd}/u.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of field) {
    const k = kind(c);
    if (k === last) runs[runs.length - 1]!.push(c);
    else runs.push([c]);
    last = k;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (kind(runs[i]![0]!) === 2 && kind(runs[i + 1]![0]!) === 1) {
      runs[i + 1]!.unshift(runs[i]!.pop()!);
    }
  }
  const acronyms = ['API', 'URL', 'UID', 'OSB', 'GUID'];
  return runs
    .filter((r) => r.length && r.join('') !== '_')
    .map((r) => {
      const p = r.join('');
      return acronyms.includes(p.toUpperCase()) ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1);
    })
    .join(' ');
}

const SKIP = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);

function printContent(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort(byCodeUnit)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIP.has(path) || value === undefined) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value as Record<string, unknown>, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) printContent(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${goSprint(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goSprint(value)}\n`);
    }
  }
}

/** The generic describer (kinds without their own). */
export function describeGeneric(ctx: Ctx, obj: Stored): string {
  return tabbedString((w) => {
    header(w, obj);
    printContent(w, 0, obj as unknown as Record<string, unknown>, '');
    describeEvents(w, eventsFor(ctx.api, obj), ctx.now);
  });
}

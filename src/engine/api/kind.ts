// A kind's whole definition in one value (ARCHITECTURE §3): names, scope, defaults, validation,
// server-side printer columns (printers.go AddHandlers) and selectable fields. Adding a kind is one
// file in kinds/ and one line in kinds/index.ts; CRDs register KindDefs at run time.

import type { FieldError } from './errors';
import type { KindKey, KObject, Stored } from './types';

/** What the printer knows when it renders a cell. */
export interface PrintContext {
  /** Simulated now, epoch ms (for AGE). */
  now: number;
  /** `-o wide`: some cells render differently (e.g. LoadBalancer EXTERNAL-IP is not cut). */
  wide: boolean;
}

/** One column of `kubectl get`; `priority: 1` columns appear only with `-o wide`. */
export interface PrintColumn {
  name: string;
  priority?: 0 | 1;
  cell(obj: Stored, ctx: PrintContext): string;
}

/** What defaulting and validation may look at besides the object. */
export interface AdmissionContext {
  now: number;
  /** Reads other objects (e.g. Service nodePort allocation, ServiceAccount existence). */
  get(key: KindKey, namespace: string | undefined, name: string): Stored | undefined;
  list(key: KindKey, namespace?: string): readonly Stored[];
  /** Seeded randomness for server-side choices (ClusterIP, nodePort, volume name suffixes). */
  rand(stream: string): { int(min: number, max: number): number; k8sString(n: number): string };
}

export interface KindDef {
  kind: string;
  /** API group; '' for core. */
  group: string;
  version: string;
  /** Lower-case plural (resource name), e.g. `pods`. */
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** e.g. `['all']`, used by `kubectl get all` and `api-resources -o wide`. */
  categories?: string[];
  verbs?: string[];
  /** True when `status` is a subresource: main-resource writes keep the old status. */
  statusSubresource: boolean;
  /**
   * API-server defaulting and create/update preparation; gets a mutable copy, returns it. `old` is
   * the stored object on update (PrepareForUpdate: e.g. keep fields only a subresource may change).
   */
  defaults?(obj: KObject, ctx: AdmissionContext, old?: Stored): KObject;
  /** Semantic validation; field paths and messages as the API server words them. */
  validate?(obj: KObject, ctx: AdmissionContext, old?: Stored): FieldError[];
  /** Fields whose change bumps generation; default: anything but metadata and status. */
  specFields?: string[];
  /** Server-side printer columns (NAME first). Kinds without any get NAME and CREATED AT / AGE. */
  columns: PrintColumn[];
  /** Extra field-selector values (`spec.nodeName`, `status.phase`, `involvedObject.name`, …). */
  fields?(obj: Stored): Record<string, string | undefined>;
  /**
   * Graceful deletion period in seconds (pods), given what the client asked for (`--grace-period`);
   * undefined or 0 deletes at once. Without this hook the client's value is used.
   */
  gracePeriodSeconds?(obj: Stored, requested?: number): number | undefined;
  /**
   * Besides metadata.finalizers, what keeps an object being deleted (a Namespace's
   * spec.finalizers, removed by the namespace controller once its contents are gone).
   */
  holdsDeletion?(obj: KObject): boolean;
  /** Objects expire this long after their last write (events: 1 h, kube-apiserver --event-ttl). */
  ttlMs?: number;
}

export const resourceName = (d: KindDef): string => (d.group ? `${d.plural}.${d.group}` : d.plural);
export const apiVersionOf = (d: KindDef): string => (d.group ? `${d.group}/${d.version}` : d.version);
export const keyOf = (d: KindDef): KindKey => (d.group ? `${d.kind}.${d.group}` : d.kind);

/** All kinds the API server serves, looked up the ways kubectl and manifests name them. */
export class KindRegistry {
  private byKey = new Map<KindKey, KindDef>();

  register(def: KindDef): void {
    this.byKey.set(keyOf(def), def);
  }

  all(): KindDef[] {
    return [...this.byKey.values()];
  }

  get(key: KindKey): KindDef | undefined {
    return this.byKey.get(key);
  }

  mustGet(key: KindKey): KindDef {
    const d = this.byKey.get(key);
    if (!d) throw new Error(`unknown kind ${key}`);
    return d;
  }

  /** By a manifest's apiVersion and kind (`apps/v1`, `Deployment`). */
  byGVK(apiVersion: string, kind: string): KindDef | undefined {
    for (const d of this.byKey.values()) if (d.kind === kind && apiVersionOf(d) === apiVersion) return d;
    return undefined;
  }

  /**
   * By what a learner types after `kubectl get`: plural, singular, short name or kind, any case,
   * optionally qualified by group (`deployments.apps`, `deploy`, `Deployment`, `po`).
   */
  resolve(input: string): KindDef | undefined {
    const s = input.toLowerCase();
    const dot = s.indexOf('.');
    const [name, group] = dot < 0 ? [s, undefined] : [s.slice(0, dot), s.slice(dot + 1)];
    const cands = this.all().filter((d) => group === undefined || d.group === group || `${d.version}.${d.group}` === group);
    return (
      cands.find((d) => d.plural === name) ??
      cands.find((d) => d.singular === name) ??
      cands.find((d) => d.shortNames.includes(name)) ??
      cands.find((d) => d.kind.toLowerCase() === name)
    );
  }
}

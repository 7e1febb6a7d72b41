// The API server's request pipeline in front of the store (kube-apiserver's generic registry):
// strict decoding against the generated schema, defaulting, mutating admission, validation,
// validating admission, then storage. kubectl, controllers, kubelets and lessons all write through
// here, so every write obeys the same rules.

import type { SimClock } from '../sim/clock';
import type { RandStreams } from '../sim/rand';
import { ApiError, badRequest, invalid, notFound, type FieldError } from './errors';
import { clone } from './freeze';
import { apiVersionOf, keyOf, resourceName, type AdmissionContext, type KindDef, type KindRegistry } from './kind';
import type { DeleteOptions, ListOptions, Store, WatchOptions } from './store';
import type { KindKey, KObject, Stored, WatchEvent } from './types';

/** Checks a decoded object against the kind's schema: unknown fields and wrong types. */
export type SchemaCheck = (obj: unknown, apiVersion: string, kind: string) => { unknownFields: string[]; typeError?: string } | undefined;

/** An admission plugin: may mutate (return a changed copy) and/or reject (return field errors or throw ApiError). */
export interface AdmissionPlugin {
  name: string;
  /** Runs on create and update, after defaulting, before validation. */
  mutate?(obj: KObject, ctx: AdmissionContext, op: 'CREATE' | 'UPDATE', old?: Stored): KObject | void;
  /** Runs after validation; throw an ApiError to reject. */
  validate?(obj: KObject, ctx: AdmissionContext, op: 'CREATE' | 'UPDATE', old?: Stored): void;
}

export interface WriteOptions {
  /** `--dry-run=server`: run the whole pipeline but store nothing. */
  dryRun?: boolean;
}

export class ApiServer {
  readonly admission: AdmissionPlugin[] = [];

  constructor(
    readonly store: Store,
    readonly registry: KindRegistry,
    private readonly clock: SimClock,
    private readonly rand: RandStreams,
    private readonly schema?: SchemaCheck,
  ) {}

  get(key: KindKey, namespace: string | undefined, name: string): Stored {
    const o = this.store.get(key, namespace, name);
    if (!o) throw notFound(resourceName(this.registry.mustGet(key)), name);
    return o;
  }

  tryGet(key: KindKey, namespace: string | undefined, name: string): Stored | undefined {
    return this.store.get(key, namespace, name);
  }

  list(key: KindKey, opts?: ListOptions): Stored[] {
    return this.store.list(key, opts);
  }

  watch(opts: WatchOptions, fn: (e: WatchEvent) => void): () => void {
    return this.store.watch(opts, fn);
  }

  /** Resolves the kind of a manifest; throws the "no matches for kind" mapping error. */
  kindOf(obj: KObject): KindDef {
    const def = this.registry.byGVK(obj.apiVersion, obj.kind);
    if (!def) throw new ApiError('NotFound', `no matches for kind "${obj.kind}" in version "${obj.apiVersion}"`);
    return def;
  }

  create(input: KObject, opts: WriteOptions = {}): Stored {
    const def = this.kindOf(input);
    this.decode(def, input);
    let obj = clone(input);
    obj.metadata = obj.metadata ?? {};
    if (def.namespaced) obj.metadata.namespace = obj.metadata.namespace || 'default';
    const ctx = this.ctx();
    this.checkNamespace(def, obj);
    if (def.statusSubresource && obj.status !== undefined) delete obj.status;
    obj = def.defaults ? def.defaults(obj, ctx) : obj;
    for (const a of this.admission) obj = a.mutate?.(obj, ctx, 'CREATE') ?? obj;
    const name = obj.metadata.name ?? obj.metadata.generateName ?? '';
    const errs = [...this.metaErrors(obj), ...(def.validate?.(obj, ctx) ?? [])];
    if (errs.length) throw invalid(def.kind, name, errs);
    for (const a of this.admission) a.validate?.(obj, ctx, 'CREATE');
    if (opts.dryRun) return { ...obj, metadata: { ...obj.metadata, name: obj.metadata.name ?? name } } as Stored;
    return this.store.create(obj);
  }

  /** Replaces the main resource (status kept), with resourceVersion preconditions. */
  update(input: KObject, opts: WriteOptions = {}): Stored {
    const def = this.kindOf(input);
    this.decode(def, input);
    const old = this.get(keyOf(def), input.metadata.namespace, input.metadata.name ?? '');
    let obj = clone(input);
    const ctx = this.ctx();
    obj = def.defaults ? def.defaults(obj, ctx, old) : obj;
    for (const a of this.admission) obj = a.mutate?.(obj, ctx, 'UPDATE', old) ?? obj;
    const errs = def.validate?.(obj, ctx, old) ?? [];
    if (errs.length) throw invalid(def.kind, old.metadata.name, errs);
    for (const a of this.admission) a.validate?.(obj, ctx, 'UPDATE', old);
    if (opts.dryRun) return obj as Stored;
    return this.store.update(obj);
  }

  /** Writes the status subresource only. */
  updateStatus(input: KObject): Stored {
    return this.store.update(input, { status: true });
  }

  /**
   * Read-modify-write with retry on conflict, the way controllers use client-go's
   * RetryOnConflict: `mutate` gets a mutable copy of the current object.
   */
  mutate(key: KindKey, namespace: string | undefined, name: string, mutate: (o: KObject) => void, opts: { status?: boolean } = {}): Stored {
    for (let i = 0; ; i++) {
      const cur = clone(this.get(key, namespace, name));
      mutate(cur);
      try {
        return opts.status ? this.updateStatus(cur) : this.update(cur);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === 'Conflict') || i > 5) throw e;
      }
    }
  }

  delete(key: KindKey, namespace: string | undefined, name: string, opts: DeleteOptions = {}): { object: Stored; gone: boolean } {
    return this.store.delete(key, namespace, name, opts);
  }

  private decode(def: KindDef, obj: KObject): void {
    const r = this.schema?.(obj, apiVersionOf(def), def.kind);
    if (!r) return;
    if (r.typeError) {
      throw badRequest(`${def.kind} in version "${def.version}" cannot be handled as a ${def.kind}: ${r.typeError}`);
    }
    if (r.unknownFields.length) {
      const list = r.unknownFields.map((f) => `unknown field "${f}"`).join(', ');
      throw badRequest(`${def.kind} in version "${def.version}" cannot be handled as a ${def.kind}: strict decoding error: ${list}`);
    }
  }

  private checkNamespace(def: KindDef, obj: KObject): void {
    if (!def.namespaced) return;
    const ns = this.store.get('Namespace', undefined, obj.metadata.namespace ?? 'default');
    if (!ns) throw notFound('namespaces', obj.metadata.namespace ?? 'default');
    if (ns.metadata.deletionTimestamp) {
      throw new ApiError(
        'Forbidden',
        `${resourceName(def)} "${obj.metadata.name ?? ''}" is forbidden: unable to create new content in namespace ${ns.metadata.name} because it is being terminated`,
      );
    }
  }

  private metaErrors(obj: KObject): FieldError[] {
    if (!obj.metadata.name && !obj.metadata.generateName) {
      return [{ type: 'Required value', field: 'metadata.name', detail: 'name or generateName is required' }];
    }
    return [];
  }

  /** What defaulting, validation and admission may read. */
  ctx(): AdmissionContext {
    return {
      now: this.clock.now(),
      get: (k, ns, n) => this.store.get(k, ns, n),
      list: (k, ns) => this.store.list(k, { namespace: ns }),
      rand: (s) => this.rand.stream(s),
    };
  }
}

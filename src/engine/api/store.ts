// The versioned object store behind the API server (etcd3 + the generic registry's storage rules):
// one global revision bumped by every write, resourceVersion preconditions (409 on a stale write),
// generation bumped by spec changes, status as a subresource, finalizers and graceful deletion via
// deletionTimestamp, TTL expiry (events), and watch from a revision with 410 Gone once compacted.
// Semantic checks (schema, defaults, validation, admission) happen before, in server.ts.

import type { SimClock } from '../sim/clock';
import type { Rand } from '../sim/rand';
import { alreadyExists, conflict, gone, notFound } from './errors';
import { clone, deepFreeze } from './freeze';
import { keyOf, resourceName, type KindDef, type KindRegistry } from './kind';
import { commonFields, matchesLabels, type FieldRequirement, type LabelSelector } from './selectors';
import { objectKey, type KindKey, type KObject, type Stored, type WatchEvent } from './types';

export interface StoreOptions {
  clock: SimClock;
  registry: KindRegistry;
  /** Stream for uids. */
  uids: Rand;
  /** Stream for generateName suffixes. */
  names: Rand;
  /** Watch history kept before compaction (events). Default 50,000. */
  historyLimit?: number;
  /** Deep-freeze stored objects (default true). */
  freeze?: boolean;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: LabelSelector;
  fieldSelector?: FieldRequirement[];
}

export interface WatchOptions {
  key?: KindKey;
  namespace?: string;
  /** Replay every event after this revision first; 410 Gone if it was compacted away. */
  fromRevision?: number;
}

type Watcher = { opts: WatchOptions; fn: (e: WatchEvent) => void };

export interface DeleteOptions {
  /** Overrides the kind's grace period (0 = immediately). */
  gracePeriodSeconds?: number;
  /** Delete only if the uid still matches. */
  uid?: string;
}

export class Store {
  private kinds = new Map<KindKey, Map<string, Stored>>();
  private rev = 0;
  private log: WatchEvent[] = [];
  private compacted = 0;
  private watchers = new Set<Watcher>();
  private readonly historyLimit: number;
  private readonly freeze: boolean;

  constructor(private readonly o: StoreOptions) {
    this.historyLimit = o.historyLimit ?? 50_000;
    this.freeze = o.freeze ?? true;
  }

  /** The revision of the last write. */
  get revision(): number {
    return this.rev;
  }

  /** The oldest revision a watch can start from. */
  get compactedRevision(): number {
    return this.compacted;
  }

  get(key: KindKey, namespace: string | undefined, name: string): Stored | undefined {
    return this.kinds.get(key)?.get(objectKey(this.ns(key, namespace), name));
  }

  /** Objects of a kind sorted by namespace then name, as etcd lists them. */
  list(key: KindKey, opts: ListOptions = {}): Stored[] {
    const m = this.kinds.get(key);
    if (!m) return [];
    const def = this.o.registry.get(key);
    const out: Stored[] = [];
    for (const obj of m.values()) {
      if (opts.namespace !== undefined && (obj.metadata.namespace ?? '') !== opts.namespace && def?.namespaced) continue;
      if (opts.labelSelector && !matchesLabels(opts.labelSelector, obj.metadata.labels)) continue;
      if (opts.fieldSelector && !matchesFields(def, obj, opts.fieldSelector)) continue;
      out.push(obj);
    }
    return out.sort(byNamespaceName);
  }

  /** Stores a new object. Fills uid, resourceVersion, creationTimestamp, generation and generateName. */
  create(input: KObject): Stored {
    const def = this.def(input);
    const key = keyOf(def);
    const obj = clone(input) as Stored;
    const md = obj.metadata;
    if (def.namespaced) md.namespace = md.namespace || 'default';
    else delete md.namespace;
    if (!md.name && md.generateName) md.name = this.generateName(key, md.namespace, md.generateName);
    const k = objectKey(md.namespace, md.name);
    const m = this.bucket(key);
    if (m.has(k)) throw alreadyExists(resourceName(def), md.name);
    md.uid = this.o.uids.uuid();
    md.creationTimestamp = iso(this.o.clock.now());
    if (hasSpecLike(obj)) md.generation = 1;
    delete md.deletionTimestamp;
    delete md.deletionGracePeriodSeconds;
    return this.commit('ADDED', key, def, obj);
  }

  /**
   * Replaces an object. A resourceVersion that is not the current one is a 409 Conflict; an empty one
   * writes unconditionally. With `status: true` only `status` changes (the status subresource);
   * otherwise `status` is kept when the kind has a status subresource. `keepGeneration` is for
   * subresources that change spec without being a spec update (pods/binding).
   */
  update(input: KObject, opts: { status?: boolean; keepGeneration?: boolean } = {}): Stored {
    const def = this.def(input);
    const key = keyOf(def);
    const ns = this.ns(key, input.metadata.namespace);
    const name = input.metadata.name ?? '';
    const cur = this.get(key, ns, name);
    if (!cur) throw notFound(resourceName(def), name);
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== cur.metadata.resourceVersion) throw conflict(resourceName(def), name);
    let next: Stored;
    if (opts.status) {
      next = { ...clone(cur), status: clone(input.status) } as Stored;
    } else {
      next = clone(input) as Stored;
      // Server-owned metadata cannot be changed by a write.
      next.metadata = {
        ...next.metadata,
        uid: cur.metadata.uid,
        creationTimestamp: cur.metadata.creationTimestamp,
        namespace: cur.metadata.namespace,
        name: cur.metadata.name,
      };
      if (!def.namespaced) delete next.metadata.namespace;
      if (cur.metadata.deletionTimestamp) {
        next.metadata.deletionTimestamp = cur.metadata.deletionTimestamp;
        if (cur.metadata.deletionGracePeriodSeconds !== undefined)
          next.metadata.deletionGracePeriodSeconds = cur.metadata.deletionGracePeriodSeconds;
      } else {
        delete next.metadata.deletionTimestamp;
        delete next.metadata.deletionGracePeriodSeconds;
      }
      if (def.statusSubresource) {
        if (cur.status === undefined) delete next.status;
        else next.status = clone(cur.status);
      }
      if (cur.metadata.generation !== undefined) {
        next.metadata.generation = specChanged(cur, next) && !opts.keepGeneration ? cur.metadata.generation + 1 : cur.metadata.generation;
      }
    }
    if (jsonEqual(cur, { ...next, metadata: { ...next.metadata, resourceVersion: cur.metadata.resourceVersion } })) {
      return cur; // a no-op write does not bump the revision (as the API server skips it)
    }
    // Finalizers removed from an object being deleted: it goes now.
    if (next.metadata.deletionTimestamp && !next.metadata.finalizers?.length && !def.holdsDeletion?.(next) && !next.metadata.deletionGracePeriodSeconds) {
      this.commit('MODIFIED', key, def, next);
      return this.remove(key, def, this.get(key, ns, name)!);
    }
    return this.commit('MODIFIED', key, def, next);
  }

  /**
   * Deletes an object, as the generic registry does: with finalizers (or a grace period) the object
   * stays with deletionTimestamp set; otherwise it is removed and watchers see DELETED.
   * Returns the object as last stored and whether it is gone.
   */
  delete(key: KindKey, namespace: string | undefined, name: string, opts: DeleteOptions = {}): { object: Stored; gone: boolean } {
    const def = this.o.registry.mustGet(key);
    const cur = this.get(key, namespace, name);
    if (!cur) throw notFound(resourceName(def), name);
    if (opts.uid && opts.uid !== cur.metadata.uid) throw conflict(resourceName(def), name);
    const grace = (def.gracePeriodSeconds ? def.gracePeriodSeconds(cur, opts.gracePeriodSeconds) : opts.gracePeriodSeconds) ?? 0;
    const finalizers = (cur.metadata.finalizers?.length ?? 0) + (def.holdsDeletion?.(cur) ? 1 : 0);
    const prev = cur.metadata.deletionGracePeriodSeconds;
    if (grace > 0) {
      // Graceful: mark now, the owner of the object (the kubelet) removes it with grace 0 later.
      // A repeated delete may only shorten the period.
      if (cur.metadata.deletionTimestamp && prev !== undefined && grace >= prev) return { object: cur, gone: false };
      const next = clone(cur);
      next.metadata.deletionTimestamp = iso(this.o.clock.now() + grace * 1000);
      next.metadata.deletionGracePeriodSeconds = grace;
      return { object: this.commit('MODIFIED', key, def, next), gone: false };
    }
    if (finalizers > 0) {
      if (cur.metadata.deletionTimestamp && prev === 0) return { object: cur, gone: false };
      const next = clone(cur);
      next.metadata.deletionTimestamp = cur.metadata.deletionTimestamp ?? iso(this.o.clock.now());
      next.metadata.deletionGracePeriodSeconds = 0;
      return { object: this.commit('MODIFIED', key, def, next), gone: false };
    }
    return { object: this.remove(key, def, cur), gone: true };
  }

  /**
   * Watches writes. With `fromRevision`, first replays the history after it (throws 410 Gone when the
   * history was compacted past it). Returns a function that stops the watch.
   */
  watch(opts: WatchOptions, fn: (e: WatchEvent) => void): () => void {
    if (opts.fromRevision !== undefined) {
      if (opts.fromRevision < this.compacted) throw gone(opts.fromRevision, this.compacted);
      for (const e of this.log) if (e.revision > opts.fromRevision && wants(opts, e)) fn(e);
    }
    const w: Watcher = { opts, fn };
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  /** Every object, for saving a sandbox. */
  snapshot(): { revision: number; objects: Stored[] } {
    const objects: Stored[] = [];
    for (const m of this.kinds.values()) objects.push(...m.values());
    return { revision: this.rev, objects: objects.map((o) => clone(o)) };
  }

  /** Loads a snapshot into an empty store; watches can start from its revision. */
  restore(s: { revision: number; objects: Stored[] }): void {
    this.kinds.clear();
    this.log = [];
    for (const o of s.objects) {
      const def = this.def(o);
      const obj = this.freeze ? deepFreeze(clone(o)) : clone(o);
      this.bucket(keyOf(def)).set(objectKey(obj.metadata.namespace, obj.metadata.name), obj);
      if (def.ttlMs) this.scheduleTtl(keyOf(def), def, obj);
    }
    this.rev = s.revision;
    this.compacted = s.revision;
  }

  private remove(key: KindKey, def: KindDef, cur: Stored): Stored {
    this.kinds.get(key)?.delete(objectKey(cur.metadata.namespace, cur.metadata.name));
    const rev = ++this.rev;
    const gone = clone(cur);
    gone.metadata.resourceVersion = String(rev);
    const obj = this.freeze ? deepFreeze(gone) : gone;
    this.emit({ type: 'DELETED', key, object: obj, revision: rev });
    void def;
    return obj;
  }

  private commit(type: 'ADDED' | 'MODIFIED', key: KindKey, def: KindDef, obj: Stored): Stored {
    const rev = ++this.rev;
    obj.metadata.resourceVersion = String(rev);
    const stored = this.freeze ? deepFreeze(obj) : obj;
    this.bucket(key).set(objectKey(stored.metadata.namespace, stored.metadata.name), stored);
    if (def.ttlMs) this.scheduleTtl(key, def, stored);
    this.emit({ type, key, object: stored, revision: rev });
    return stored;
  }

  private scheduleTtl(key: KindKey, def: KindDef, obj: Stored): void {
    const rv = obj.metadata.resourceVersion;
    this.o.clock.setTimer(def.ttlMs!, () => {
      const cur = this.get(key, obj.metadata.namespace, obj.metadata.name);
      if (cur && cur.metadata.resourceVersion === rv) this.remove(key, def, cur);
    });
  }

  private emit(e: WatchEvent): void {
    this.log.push(e);
    if (this.log.length > this.historyLimit) {
      const drop = this.log.length - this.historyLimit;
      this.compacted = this.log[drop - 1].revision;
      this.log.splice(0, drop);
    }
    for (const w of [...this.watchers]) if (wants(w.opts, e)) w.fn(e);
  }

  private generateName(key: KindKey, ns: string | undefined, prefix: string): string {
    for (;;) {
      const name = prefix + this.o.names.k8sString(5);
      if (!this.kinds.get(key)?.has(objectKey(ns, name))) return name;
    }
  }

  private def(o: KObject): KindDef {
    const d = this.o.registry.byGVK(o.apiVersion, o.kind);
    if (!d) throw new Error(`no kind ${o.apiVersion}/${o.kind} registered`);
    return d;
  }

  private ns(key: KindKey, namespace: string | undefined): string | undefined {
    return this.o.registry.get(key)?.namespaced ? namespace || 'default' : undefined;
  }

  private bucket(key: KindKey): Map<string, Stored> {
    let m = this.kinds.get(key);
    if (!m) this.kinds.set(key, (m = new Map()));
    return m;
  }
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

const byNamespaceName = (a: Stored, b: Stored) =>
  (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || cmp(a.metadata.name, b.metadata.name);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function wants(o: WatchOptions, e: WatchEvent): boolean {
  if (o.key !== undefined && o.key !== e.key) return false;
  if (o.namespace !== undefined && (e.object.metadata.namespace ?? '') !== o.namespace) return false;
  return true;
}

function matchesFields(def: KindDef | undefined, obj: Stored, reqs: FieldRequirement[]): boolean {
  const f = { ...commonFields(obj), ...(def?.fields?.(obj) ?? {}) };
  return reqs.every((r) => ((f[r.field] ?? '') === r.value) === (r.op === '='));
}

function hasSpecLike(o: KObject): boolean {
  return o.spec !== undefined;
}

/** Anything outside metadata and status is "spec" for generation purposes. */
function specChanged(a: KObject, b: KObject): boolean {
  const strip = (o: KObject) => {
    const { metadata: _m, status: _s, ...rest } = o;
    return rest;
  };
  return !jsonEqual(strip(a), strip(b));
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

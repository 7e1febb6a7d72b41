// The shapes every stored object shares (apimachinery ObjectMeta / TypeMeta). Per-kind shapes come
// from `kubernetes-types` (types only) where they exist; the store treats every object uniformly.

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [k: string]: unknown;
}

/** Any API object. `spec`/`status` are kind-specific; read them through the kind's own type. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: any;
  status?: any;
  [k: string]: unknown;
}

/** A stored object: the server has filled these in. */
export interface StoredMeta extends ObjectMeta {
  name: string;
  uid: string;
  resourceVersion: string;
  creationTimestamp: string;
}
export interface Stored extends KObject {
  metadata: StoredMeta;
}

/**
 * A kind's identity in the store: `Kind` for the core group, `Kind.group` otherwise
 * (`Pod`, `Deployment.apps`, `Gateway.networking.istio.io`), so kinds of different groups never clash.
 */
export type KindKey = string;

export const kindKey = (group: string, kind: string): KindKey => (group ? `${kind}.${group}` : kind);

/** Splits `apps/v1` into group and version. */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  key: KindKey;
  object: Stored;
  revision: number;
}

/** Keys objects within a kind: `ns/name`, or `name` for cluster-scoped kinds. */
export const objectKey = (namespace: string | undefined, name: string): string =>
  namespace ? `${namespace}/${name}` : name;

// Namespace deletion conditions as the namespace controller writes them while a namespace is
// Terminating (pkg/controller/namespace/deletion/namespaced_resources_deleter.go): five condition
// types in a fixed order; content remaining is reported per group-resource (`pods.` for the core
// group) and per finalizer. lastTransitionTime moves only when a condition's status flips.

export interface Remaining {
  /** Group-resource as GroupResource.String() prints it: `pods.`, `deployments.apps`. */
  resource: string;
  count: number;
  /** Finalizers on the remaining objects (one entry per object and finalizer). */
  finalizers: string[];
}

export interface NamespaceCondition {
  type: string;
  status: 'True' | 'False';
  lastTransitionTime: string;
  reason: string;
  message: string;
}

/** The conditions for `remaining` content at `now` (ISO), keeping transition times from `old`. */
export function namespaceDeletionConditions(remaining: readonly Remaining[], now: string, old: readonly NamespaceCondition[] = []): NamespaceCondition[] {
  const left = remaining.filter((r) => r.count > 0);
  const byFinalizer = new Map<string, number>();
  for (const r of left) for (const f of r.finalizers) byFinalizer.set(f, (byFinalizer.get(f) ?? 0) + 1);
  const sorted = <T>(xs: T[]) => xs.sort();
  const content = left.length
    ? { status: 'True' as const, reason: 'SomeResourcesRemain', message: `Some resources are remaining: ${sorted(left.map((r) => `${r.resource} has ${r.count} resource instances`)).join(', ')}` }
    : { status: 'False' as const, reason: 'ContentRemoved', message: 'All content successfully removed' };
  const finalizers = byFinalizer.size
    ? { status: 'True' as const, reason: 'SomeFinalizersRemain', message: `Some content in the namespace has finalizers remaining: ${sorted([...byFinalizer].map(([f, n]) => `${f} in ${n} resource instances`)).join(', ')}` }
    : { status: 'False' as const, reason: 'ContentHasNoFinalizers', message: 'All content-preserving finalizers finished' };
  const rows: Omit<NamespaceCondition, 'lastTransitionTime'>[] = [
    { type: 'NamespaceDeletionDiscoveryFailure', status: 'False', reason: 'ResourcesDiscovered', message: 'All resources successfully discovered' },
    { type: 'NamespaceDeletionGroupVersionParsingFailure', status: 'False', reason: 'ParsedGroupVersions', message: 'All legacy kube types successfully parsed' },
    { type: 'NamespaceDeletionContentFailure', status: 'False', reason: 'ContentDeleted', message: 'All content successfully deleted, may be waiting on finalization' },
    { type: 'NamespaceContentRemaining', ...content },
    { type: 'NamespaceFinalizersRemaining', ...finalizers },
  ];
  return rows.map((r) => {
    const prev = old.find((c) => c.type === r.type);
    return { type: r.type, status: r.status, lastTransitionTime: prev && prev.status === r.status ? prev.lastTransitionTime : now, reason: r.reason, message: r.message };
  });
}

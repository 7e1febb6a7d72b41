// The garbage collector's decision for one dependent (pkg/controller/garbagecollector
// attemptToDeleteItem), pure: owners that exist with the same uid are "solid"; absent ones (or
// recreated with another uid) are "dangling". With no solid owner the dependent is deleted
// (background propagation); with some, the dangling references are removed and it stays.
// Owners of kinds the API server does not serve are treated as solid (never delete on doubt).
import type { OwnerReference } from '../../api/types';

export type OwnerState = 'present' | 'absent' | 'unknown-kind';

export type GcAction = { action: 'keep' } | { action: 'delete' } | { action: 'remove-refs'; uids: string[] };

export function planDependent(refs: readonly OwnerReference[], ownerState: (ref: OwnerReference) => OwnerState): GcAction {
  if (refs.length === 0) return { action: 'keep' };
  const dangling: string[] = [];
  let solid = 0;
  for (const r of refs) {
    if (ownerState(r) === 'absent') dangling.push(r.uid);
    else solid++;
  }
  if (dangling.length === 0) return { action: 'keep' };
  if (solid > 0) return { action: 'remove-refs', uids: dangling };
  return { action: 'delete' };
}

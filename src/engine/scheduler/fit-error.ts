// FailedScheduling text as framework.FitError.Error() builds it (pkg/scheduler/framework/types.go):
// `0/<all nodes> nodes are available: <histogram>.` where the histogram counts each reason over the
// nodes, rendered `<count> <reason>` and sorted as strings (Go sort.Strings), then the PostFilter
// message after a space.
import type { Status } from './framework';

/** NoNodeAvailableMsg when the cluster has no nodes at all (ErrNoNodesAvailable). */
export const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `1 Insufficient cpu, 1 node(s) had untolerated taint {…}`: the sorted reason histogram. */
export function reasonHistogram(statuses: Iterable<Status>): string {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).sort(byteOrder).join(', ');
}

/** The whole message: `0/N nodes are available: <histogram>.` plus ` <postFilterMsg>` when there is one. */
export function fitErrorMessage(numAllNodes: number, statuses: Iterable<Status>, postFilterMsg = ''): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  const hist = reasonHistogram(statuses);
  if (hist) msg += ` ${hist}.`;
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}

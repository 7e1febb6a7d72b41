// The cluster picture the page draws (nodes with their pods, pending pods with the scheduler's
// reason), derived from the store through the same printer cells `kubectl get` uses, so the colours
// never disagree with the terminal.

import type { ApiServer } from '../engine/api/server';
import type { Stored } from '../engine/api/types';
import type { ClusterView, NodeView, PodView } from './types';

export function clusterView(api: ApiServer, now: number): ClusterView {
  const podDef = api.registry.mustGet('Pod');
  const nodeDef = api.registry.mustGet('Node');
  const cell = (cols: typeof podDef.columns, name: string, o: Stored) => cols.find((c) => c.name.toUpperCase() === name)?.cell(o, { now, wide: false }) ?? '';
  const byNode = new Map<string, PodView[]>();
  const unscheduled: PodView[] = [];
  for (const p of api.list('Pod')) {
    const status = cell(podDef.columns, 'STATUS', p);
    const view: PodView = { namespace: p.metadata.namespace ?? 'default', name: p.metadata.name, status, ready: cell(podDef.columns, 'READY', p), tone: tone(status, cell(podDef.columns, 'READY', p)) };
    const node = p.spec?.nodeName as string | undefined;
    if (!node) {
      const cond = (p.status?.conditions as { type: string; message?: string }[] | undefined)?.find((c) => c.type === 'PodScheduled');
      if (cond?.message) view.reason = cond.message;
      unscheduled.push(view);
    } else {
      const list = byNode.get(node) ?? [];
      list.push(view);
      byNode.set(node, list);
    }
  }
  const nodes: NodeView[] = api.list('Node').map((n) => ({
    name: n.metadata.name,
    status: cell(nodeDef.columns, 'STATUS', n),
    roles: cell(nodeDef.columns, 'ROLES', n),
    pods: byNode.get(n.metadata.name) ?? [],
  }));
  return { nodes, unscheduled };
}

function tone(status: string, ready: string): PodView['tone'] {
  if (status === 'Running') {
    const [a, b] = ready.split('/');
    return a === b ? 'ok' : 'progress';
  }
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (status === 'Terminating' || status === 'Pending' || status === 'NotReady') return 'warn';
  if (status === 'ContainerCreating' || status === 'PodInitializing' || status.startsWith('Init:') && !/Err|BackOff|Error/.test(status)) return 'progress';
  return 'error';
}

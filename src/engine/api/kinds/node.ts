// core/v1 Node (printers.go printNode): NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP
// OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME. STATUS is Ready/NotReady/Unknown from the Ready condition,
// plus `,SchedulingDisabled` when cordoned; ROLES from node-role.kubernetes.io/<role> labels (and the
// legacy kubernetes.io/role). Field selector `spec.unschedulable`. Defaults: allocatable = capacity.

import type { Stored } from '../types';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** findNodeRoles: sorted, unique role names. */
export function nodeRoles(node: Stored): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const r = k.slice(ROLE_PREFIX.length);
      if (r) roles.add(r);
    } else if (k === 'kubernetes.io/role' && v) {
      roles.add(v);
    }
  }
  return [...roles].sort();
}

/** The STATUS cell: `Ready`, `NotReady`, `Unknown`, each with `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: Stored): string {
  const ready = ((node.status?.conditions ?? []) as any[]).find((c) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

const address = (node: Stored, type: string): string =>
  ((node.status?.addresses ?? []) as any[]).find((a) => a.type === type)?.address || '<none>';

const info = (node: Stored, key: string, none: string): string => node.status?.nodeInfo?.[key] || none;

export const nodeKind = defineKind({
  kind: 'Node',
  group: '',
  version: 'v1',
  plural: 'nodes',
  namespaced: false,
  shortNames: ['no'],
  columns: [
    nameColumn,
    { name: 'Status', cell: nodeStatus },
    { name: 'Roles', cell: (o) => nodeRoles(o).join(',') || '<none>' },
    ageColumn,
    { name: 'Version', cell: (o) => info(o, 'kubeletVersion', '') },
    { name: 'Internal-IP', priority: 1, cell: (o) => address(o, 'InternalIP') },
    { name: 'External-IP', priority: 1, cell: (o) => address(o, 'ExternalIP') },
    { name: 'OS-Image', priority: 1, cell: (o) => info(o, 'osImage', '<unknown>') },
    { name: 'Kernel-Version', priority: 1, cell: (o) => info(o, 'kernelVersion', '<unknown>') },
    { name: 'Container-Runtime', priority: 1, cell: (o) => info(o, 'containerRuntimeVersion', '<unknown>') },
  ],
  fields: (o) => ({ 'spec.unschedulable': o.spec?.unschedulable ? 'true' : 'false' }),
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    if (obj.status?.capacity && !obj.status.allocatable) obj.status.allocatable = { ...obj.status.capacity };
    return obj;
  },
  validate: (obj) => metaErrors(obj, 'subdomain'),
});

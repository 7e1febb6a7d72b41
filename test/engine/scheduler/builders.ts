// Builders for scheduler tests: nodes and pods with just the fields that matter.
import type { KObject } from '../../../src/engine/api/types';

export interface NodeOpts {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: string }[];
  unschedulable?: boolean;
  extra?: Record<string, string>;
}

export function node(name: string, o: NodeOpts = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...(o.labels ?? {}) } },
    spec: { ...(o.taints ? { taints: o.taints } : {}), ...(o.unschedulable ? { unschedulable: true } : {}) },
    status: { allocatable: { cpu: o.cpu ?? '2', memory: o.memory ?? '2Gi', pods: o.pods ?? '110', ...(o.extra ?? {}) } },
  };
}

export interface PodOpts {
  namespace?: string;
  requests?: Record<string, string>;
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
  affinity?: unknown;
  priority?: number;
  preemptionPolicy?: string;
  phase?: string;
  schedulerName?: string;
  gates?: string[];
}

export function pod(name: string, o: PodOpts = {}): KObject {
  const spec: Record<string, unknown> = {
    containers: [{ name: 'c', image: 'nginx', ...(o.requests ? { resources: { requests: o.requests } } : {}) }],
  };
  if (o.nodeName) spec.nodeName = o.nodeName;
  if (o.nodeSelector) spec.nodeSelector = o.nodeSelector;
  if (o.tolerations) spec.tolerations = o.tolerations;
  if (o.affinity) spec.affinity = o.affinity;
  if (o.priority !== undefined) spec.priority = o.priority;
  if (o.preemptionPolicy) spec.preemptionPolicy = o.preemptionPolicy;
  if (o.schedulerName) spec.schedulerName = o.schedulerName;
  if (o.gates) spec.schedulingGates = o.gates.map((name) => ({ name }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: o.namespace ?? 'default', uid: `uid-${name}` },
    spec,
    ...(o.phase ? { status: { phase: o.phase } } : {}),
  };
}

export const CONTROL_PLANE_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

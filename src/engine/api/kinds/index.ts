// The built-in kinds. Adding a kind: one file here and one line below.
import type { KindRegistry } from '../kind';
import { configMapKind } from './configmap';
import { daemonSetKind } from './daemonset';
import { deploymentKind } from './deployment';
import { eventKind } from './event';
import { namespaceKind } from './namespace';
import { nodeKind } from './node';
import { podKind } from './pod';
import { replicaSetKind } from './replicaset';
import { secretKind } from './secret';
import { serviceKind } from './service';
import { serviceAccountKind } from './serviceaccount';

export const builtinKinds = [
  namespaceKind,
  nodeKind,
  podKind,
  eventKind,
  serviceAccountKind,
  configMapKind,
  secretKind,
  serviceKind,
  replicaSetKind,
  deploymentKind,
  daemonSetKind,
];

export function registerBuiltinKinds(r: KindRegistry): void {
  for (const k of builtinKinds) r.register(k);
}

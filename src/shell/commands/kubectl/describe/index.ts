// `kubectl describe` output for one object: dispatch by kind to the describers (describe.go
// DescriberFor), falling back to the generic describer for kinds without one.

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { describeConfigMap, describeGeneric, describeNamespace, describeSecret, describeServiceAccount } from './generic';
import { describeService } from './service';
import { describeNode } from './node';
import { describePod } from './pod';
import { describeDaemonSet, describeDeployment, describeReplicaSet } from './workloads';

/** What a describer reads: the API (related objects, events) and the simulated now. */
export interface DescribeContext {
  api: ApiServer;
  now: number;
}

type Describer = (ctx: DescribeContext, obj: Stored) => string;

const DESCRIBERS: Record<string, Describer> = {
  'v1/Pod': describePod,
  'v1/Node': describeNode,
  'v1/Service': describeService,
  'v1/ConfigMap': describeConfigMap,
  'v1/Secret': describeSecret,
  'v1/ServiceAccount': describeServiceAccount,
  'v1/Namespace': describeNamespace,
  'apps/v1/Deployment': describeDeployment,
  'apps/v1/ReplicaSet': describeReplicaSet,
  'apps/v1/DaemonSet': describeDaemonSet,
};

/**
 * The text `kubectl describe` prints for `obj` (ending in a newline). Several objects are printed
 * one after another, separated by one blank line, by the command itself.
 */
export function describeObject(ctx: DescribeContext, obj: Stored): string {
  const d = DESCRIBERS[`${obj.apiVersion}/${obj.kind}`] ?? describeGeneric;
  return d(ctx, obj);
}

export { describeEvents, eventsFor, searchEvents } from './events';

// The Priority admission plugin (k8s plugin/pkg/admission/priority): on pod create, resolves
// spec.priorityClassName to spec.priority and spec.preemptionPolicy. The built-in classes are
// system-node-critical (2000001000) and system-cluster-critical (2000000000); other names are looked
// up as scheduling.k8s.io PriorityClasses; with no name, a globalDefault class applies, else priority 0
// and PreemptLowerPriority. A pod that sets spec.priority itself must agree with the computed value.

import { ApiError } from '../errors';
import type { AdmissionPlugin } from '../server';
import type { KObject } from '../types';

export const PRIORITY_CLASS_KEY = 'PriorityClass.scheduling.k8s.io';

export const SYSTEM_PRIORITY_CLASSES: Record<string, number> = {
  'system-node-critical': 2000001000,
  'system-cluster-critical': 2000000000,
};

const forbidden = (obj: KObject, msg: string) =>
  new ApiError('Forbidden', `pods "${obj.metadata.name || obj.metadata.generateName || ''}" is forbidden: ${msg}`);

export const priorityAdmission: AdmissionPlugin = {
  name: 'Priority',
  mutate(obj, ctx, op) {
    if (op !== 'CREATE' || obj.kind !== 'Pod' || obj.apiVersion !== 'v1') return;
    const spec = (obj.spec = obj.spec ?? {});
    let name: string = spec.priorityClassName ?? '';
    let value = 0;
    let policy = 'PreemptLowerPriority';
    if (!name) {
      const def = ctx.list(PRIORITY_CLASS_KEY).find((pc) => (pc as any).globalDefault === true) as any;
      if (def) {
        name = def.metadata.name;
        value = def.value ?? 0;
        policy = def.preemptionPolicy ?? policy;
        spec.priorityClassName = name;
      }
    } else if (name in SYSTEM_PRIORITY_CLASSES) {
      value = SYSTEM_PRIORITY_CLASSES[name]!;
    } else {
      const pc = ctx.get(PRIORITY_CLASS_KEY, undefined, name) as any;
      if (!pc) throw forbidden(obj, `no PriorityClass with name ${name} was found`);
      value = pc.value ?? 0;
      policy = pc.preemptionPolicy ?? policy;
    }
    if (typeof spec.priority === 'number' && spec.priority !== value) {
      throw forbidden(
        obj,
        `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${value} from the given PriorityClass name`,
      );
    }
    spec.priority = value;
    if (!spec.preemptionPolicy) spec.preemptionPolicy = policy;
    return obj;
  },
};

// The mutating admission chain kube-apiserver runs by default, in its order, for the plugins podlab
// models (NamespaceLifecycle is built into api/server.ts).

import type { AdmissionPlugin } from '../server';
import { defaultTolerationSecondsAdmission } from './default-toleration-seconds';
import { priorityAdmission } from './priority';
import { serviceAccountAdmission } from './service-account';

export { defaultTolerationSecondsAdmission, priorityAdmission, serviceAccountAdmission };

/** ServiceAccount, Priority, DefaultTolerationSeconds: push these onto `ApiServer.admission`. */
export function defaultAdmission(): AdmissionPlugin[] {
  return [serviceAccountAdmission, priorityAdmission, defaultTolerationSecondsAdmission];
}

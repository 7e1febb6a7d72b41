// The DefaultTolerationSeconds admission plugin (k8s plugin/pkg/admission/defaulttolerationseconds):
// on pod create, adds NoExecute tolerations for node.kubernetes.io/not-ready and
// node.kubernetes.io/unreachable with tolerationSeconds 300 (kube-apiserver's
// --default-not-ready-toleration-seconds / --default-unreachable-toleration-seconds), unless the pod
// already tolerates them (same key or an empty key, NoExecute or an empty effect).

import type { AdmissionPlugin } from '../server';

export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';
export const DEFAULT_TOLERATION_SECONDS = 300;

const tolerates = (tols: any[], key: string) =>
  tols.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));

export const defaultTolerationSecondsAdmission: AdmissionPlugin = {
  name: 'DefaultTolerationSeconds',
  mutate(obj, _ctx, op) {
    if (op !== 'CREATE' || obj.kind !== 'Pod' || obj.apiVersion !== 'v1') return;
    const spec = (obj.spec = obj.spec ?? {});
    const tols: any[] = [...(spec.tolerations ?? [])];
    for (const key of [NOT_READY_TAINT, UNREACHABLE_TAINT]) {
      if (!tolerates(tols, key)) {
        tols.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
      }
    }
    spec.tolerations = tols;
    return obj;
  },
};

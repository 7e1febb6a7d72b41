// The ServiceAccount admission plugin (k8s plugin/pkg/admission/serviceaccount): on pod create it
// defaults spec.serviceAccountName to `default`, rejects pods whose service account does not exist,
// and, unless automountServiceAccountToken is false (pod first, then the account), adds the projected
// `kube-api-access-<5 chars>` volume (token 3607 s, kube-root-ca.crt, namespace) mounted read-only at
// /var/run/secrets/kubernetes.io/serviceaccount in every container and init container. Mirror pods
// (static pods) are left alone. Simplified: image pull secrets of the account are not copied.

import { ApiError } from '../errors';
import type { AdmissionContext } from '../kind';
import type { AdmissionPlugin } from '../server';
import type { KObject } from '../types';

export const SA_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

const isPod = (o: KObject) => o.kind === 'Pod' && o.apiVersion === 'v1';

/** The projected token volume the plugin adds (as stored, defaults included). */
export function kubeApiAccessVolume(name: string): Record<string, unknown> {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
          },
        },
      ],
    },
  };
}

const forbidden = (obj: KObject, msg: string) =>
  new ApiError('Forbidden', `pods "${obj.metadata.name || obj.metadata.generateName || ''}" is forbidden: ${msg}`);

function mount(pod: any, ctx: AdmissionContext, sa: any): void {
  const spec = pod.spec;
  const automount = spec.automountServiceAccountToken ?? sa?.automountServiceAccountToken ?? true;
  if (!automount) return;
  // A pod that already carries a kube-api-access-* volume (e.g. re-created from a dump) reuses it.
  const existing = (spec.volumes ?? []).find((v: any) => String(v.name).startsWith('kube-api-access-'));
  const name: string = existing?.name ?? `kube-api-access-${ctx.rand('admission').k8sString(5)}`;
  let needed = false;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    // A container that already mounts something at the token path keeps it.
    if ((c.volumeMounts ?? []).some((m: any) => m.mountPath === SA_MOUNT_PATH)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name, readOnly: true, mountPath: SA_MOUNT_PATH }];
    needed = true;
  }
  if (!existing && needed) spec.volumes = [...(spec.volumes ?? []), kubeApiAccessVolume(name)];
}

export const serviceAccountAdmission: AdmissionPlugin = {
  name: 'ServiceAccount',
  mutate(obj, ctx, op) {
    if (op !== 'CREATE' || !isPod(obj)) return;
    if (obj.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return;
    const spec = (obj.spec = obj.spec ?? {});
    if (!spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount || 'default';
    spec.serviceAccount = spec.serviceAccountName;
    const ns = obj.metadata.namespace || 'default';
    const sa = ctx.get('ServiceAccount', ns, spec.serviceAccountName);
    if (!sa) {
      throw forbidden(
        obj,
        `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`,
      );
    }
    mount(obj, ctx, sa);
    return obj;
  },
};

// Pod volumes as the kubelet's volume manager sets them up before containers start: emptyDir
// (shared by the pod's containers), configMap and secret (keys as files, `items` to pick and rename,
// a missing non-optional source fails with the FailedMount message and is retried), downwardAPI,
// projected (the kube-api-access token volume: token, ca.crt, namespace), hostPath (shared per
// node and path) and persistentVolumeClaim (shared per claim, surviving the pod). Simplified: no
// file modes, no atomic-writer symlinks, no live refresh after a ConfigMap changes.

import type { Stored } from '../api/types';
import type { ContainerRuntime, VolumeMountSpec } from '../runtime';
import type { VolumeFiles } from '../runtime/container-fs';

export interface VolumeSources {
  get(kind: 'ConfigMap' | 'Secret', namespace: string, name: string): Stored | undefined;
  node: string;
}

/** Standard base64 → text (Secrets' data). */
export function decodeBase64(s: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  for (const ch of clean) {
    buf = (buf << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 255);
    }
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

/** A ConfigMap's or Secret's keys as text. */
export function sourceData(obj: Stored | undefined): Record<string, string> | undefined {
  if (!obj) return undefined;
  if (obj.kind === 'Secret') {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries((obj.data ?? {}) as Record<string, string>)) out[k] = decodeBase64(v);
    for (const [k, v] of Object.entries((obj.stringData ?? {}) as Record<string, string>)) out[k] = v;
    return out;
  }
  return { ...((obj.data ?? {}) as Record<string, string>), ...((obj.binaryData ?? {}) as Record<string, string>) };
}

function fill(v: VolumeFiles, data: Record<string, string>, items?: { key: string; path: string }[]): void {
  v.clear();
  if (items?.length) for (const it of items) v.set(it.path, data[it.key] ?? '');
  else for (const [k, val] of Object.entries(data)) v.set(k, val);
}

const FAKE_CA = '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIPodlabSimulatedCAAwDQYJKoZIhvcNAQELBQAwFTETMBEG\n-----END CERTIFICATE-----\n';

function downward(pod: Stored, path: string): string {
  const m = /^metadata\.(labels|annotations)(?:\['(.+)'\])?$/.exec(path);
  if (m) {
    const map = (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations) ?? {};
    if (m[2]) return map[m[2]] ?? '';
    return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}="${v}"`).join('\n');
  }
  if (path === 'metadata.name') return pod.metadata.name;
  if (path === 'metadata.namespace') return pod.metadata.namespace ?? 'default';
  if (path === 'metadata.uid') return pod.metadata.uid;
  return '';
}

/** A service-account token shaped like a real JWT (header.payload.signature), deterministic. */
function token(pod: Stored, now: number): string {
  const b64 = (s: string) => encodeBase64Url(s);
  const iat = Math.floor(now / 1000);
  const payload = {
    aud: ['https://kubernetes.default.svc.cluster.local'],
    exp: iat + 3607,
    iat,
    iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: pod.metadata.namespace, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: pod.spec?.serviceAccountName ?? 'default' } },
    sub: `system:serviceaccount:${pod.metadata.namespace}:${pod.spec?.serviceAccountName ?? 'default'}`,
  };
  return `${b64('{"alg":"RS256","kid":"podlab"}')}.${b64(JSON.stringify(payload))}.${b64(pod.metadata.uid).slice(0, 43)}`;
}

function encodeBase64Url(s: string): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += a[(n >> 18) & 63] + a[(n >> 12) & 63] + (i + 1 < bytes.length ? a[(n >> 6) & 63] : '') + (i + 2 < bytes.length ? a[n & 63] : '');
  }
  return out;
}

/**
 * Materialises the pod's volumes in the runtime. Returns the FailedMount message of the first
 * volume that cannot be set up (`MountVolume.SetUp failed for volume "cfg" : configmap "cfg" not found`).
 */
export function setUpVolumes(pod: Stored, rt: ContainerRuntime, src: VolumeSources, now: number): string | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  for (const vol of (pod.spec?.volumes ?? []) as any[]) {
    const fail = (what: string) => `MountVolume.SetUp failed for volume "${vol.name}" : ${what}`;
    if (vol.configMap || vol.secret) {
      const isCm = !!vol.configMap;
      const ref = vol.configMap ?? vol.secret;
      const name = isCm ? ref.name : ref.secretName;
      const data = sourceData(src.get(isCm ? 'ConfigMap' : 'Secret', ns, name));
      if (!data && !ref.optional) return fail(`${isCm ? 'configmap' : 'secret'} "${name}" not found`);
      fill(rt.volume(pod.metadata.uid, vol.name), data ?? {}, ref.items);
    } else if (vol.projected) {
      const v = rt.volume(pod.metadata.uid, vol.name);
      v.clear();
      for (const s of vol.projected.sources ?? []) {
        if (s.serviceAccountToken) v.set(s.serviceAccountToken.path ?? 'token', token(pod, now));
        else if (s.configMap) {
          const data = sourceData(src.get('ConfigMap', ns, s.configMap.name)) ?? (s.configMap.name === 'kube-root-ca.crt' ? { 'ca.crt': FAKE_CA } : undefined);
          if (!data) {
            if (s.configMap.optional) continue;
            return fail(`configmap "${s.configMap.name}" not found`);
          }
          for (const it of s.configMap.items ?? Object.keys(data).map((k) => ({ key: k, path: k }))) v.set(it.path, data[it.key] ?? '');
        } else if (s.secret) {
          const data = sourceData(src.get('Secret', ns, s.secret.name));
          if (!data) {
            if (s.secret.optional) continue;
            return fail(`secret "${s.secret.name}" not found`);
          }
          for (const it of s.secret.items ?? Object.keys(data).map((k) => ({ key: k, path: k }))) v.set(it.path, data[it.key] ?? '');
        } else if (s.downwardAPI) {
          for (const it of s.downwardAPI.items ?? []) if (it.fieldRef) v.set(it.path, downward(pod, it.fieldRef.fieldPath));
        }
      }
    } else if (vol.downwardAPI) {
      const v = rt.volume(pod.metadata.uid, vol.name);
      v.clear();
      for (const it of vol.downwardAPI.items ?? []) if (it.fieldRef) v.set(it.path, downward(pod, it.fieldRef.fieldPath));
    } else if (!vol.hostPath && !vol.persistentVolumeClaim) {
      rt.volume(pod.metadata.uid, vol.name); // emptyDir and anything else: an empty shared directory
    }
  }
  return undefined;
}

/** The runtime volume key a pod volume lives under (hostPath and PVC volumes outlive the pod). */
export function volumeKey(pod: Stored, volName: string, node: string): { owner: string; name: string } {
  const vol = ((pod.spec?.volumes ?? []) as any[]).find((v) => v.name === volName);
  if (vol?.hostPath) return { owner: `hostpath:${node}`, name: vol.hostPath.path };
  if (vol?.persistentVolumeClaim) return { owner: `pvc:${pod.metadata.namespace}`, name: vol.persistentVolumeClaim.claimName };
  return { owner: pod.metadata.uid, name: volName };
}

/** A container's volumeMounts as runtime mounts. */
export function containerMounts(pod: Stored, c: { volumeMounts?: { name: string; mountPath: string; readOnly?: boolean; subPath?: string }[] }, node: string): (VolumeMountSpec & { owner: string })[] {
  return (c.volumeMounts ?? []).map((m) => {
    const k = volumeKey(pod, m.name, node);
    const vol = ((pod.spec?.volumes ?? []) as any[]).find((v) => v.name === m.name);
    const readOnly = m.readOnly || !!(vol?.configMap || vol?.secret || vol?.projected || vol?.downwardAPI);
    return { path: m.mountPath, volume: k.name, owner: k.owner, readOnly, subPath: m.subPath };
  });
}

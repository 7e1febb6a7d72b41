// kubeadm's static pod manifests (/etc/kubernetes/manifests, kubeadm v1.34) as the mirror pods the
// kubelet publishes: etcd, kube-apiserver, kube-controller-manager and kube-scheduler, named
// `<component>-<node>`, hostNetwork, priority system-node-critical, owned by their Node, with the
// kubelet's config.* annotations and kubeadm's advertise-address annotations. Flags, probes,
// requests and hostPath volumes follow kubeadm's generated manifests.
import type { KObject, Stored } from '../api/types';
import type { Rand } from '../sim/rand';
import { KUBERNETES_VERSION, type NodeSpec } from './nodes';

export const ETCD_IMAGE = 'registry.k8s.io/etcd:3.6.4-0';
const image = (c: string) => `registry.k8s.io/${c}:${KUBERNETES_VERSION}`;

type Vol = [name: string, path: string, type: string, readOnly?: boolean];

function hostPaths(vols: Vol[]) {
  return {
    volumeMounts: vols.map(([name, path, , ro]) => ({ mountPath: path, name, ...(ro ? { readOnly: true } : {}) })),
    volumes: vols.map(([name, path, type]) => ({ hostPath: { path, type }, name })),
  };
}

const probe = (host: string, path: string, port: number, scheme: string, o: { failureThreshold: number; initialDelaySeconds?: number; periodSeconds: number }) => ({
  failureThreshold: o.failureThreshold,
  httpGet: { host, path, port, scheme },
  ...(o.initialDelaySeconds ? { initialDelaySeconds: o.initialDelaySeconds } : {}),
  periodSeconds: o.periodSeconds,
  timeoutSeconds: 15,
});
const live = (host: string, path: string, port: number, scheme: string) => probe(host, path, port, scheme, { failureThreshold: 8, initialDelaySeconds: 10, periodSeconds: 10 });
const startup = (host: string, path: string, port: number, scheme: string) => probe(host, path, port, scheme, { failureThreshold: 24, initialDelaySeconds: 10, periodSeconds: 10 });
const ready = (host: string, path: string, port: number, scheme: string) => probe(host, path, port, scheme, { failureThreshold: 3, periodSeconds: 1 });

const CA_VOLS: Vol[] = [
  ['ca-certs', '/etc/ssl/certs', 'DirectoryOrCreate', true],
  ['etc-ca-certificates', '/etc/ca-certificates', 'DirectoryOrCreate', true],
  ['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate', true],
  ['usr-local-share-ca-certificates', '/usr/local/share/ca-certificates', 'DirectoryOrCreate', true],
  ['usr-share-ca-certificates', '/usr/share/ca-certificates', 'DirectoryOrCreate', true],
];

interface Component {
  name: string;
  command: string[];
  image: string;
  requests: Record<string, string>;
  probes: Record<string, unknown>;
  vols: Vol[];
  annotations?: Record<string, string>;
}

function components(ip: string, node: string, serviceCIDR: string, clusterCIDR: string): Component[] {
  const pki = '/etc/kubernetes/pki';
  return [
    {
      name: 'etcd',
      image: ETCD_IMAGE,
      command: [
        'etcd', `--advertise-client-urls=https://${ip}:2379`, `--cert-file=${pki}/etcd/server.crt`, '--client-cert-auth=true', '--data-dir=/var/lib/etcd',
        '--feature-gates=InitialCorruptCheck=true', `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node}=https://${ip}:2380`,
        `--key-file=${pki}/etcd/server.key`, `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, '--listen-metrics-urls=http://127.0.0.1:2381',
        `--listen-peer-urls=https://${ip}:2380`, `--name=${node}`, `--peer-cert-file=${pki}/etcd/peer.crt`, '--peer-client-cert-auth=true',
        `--peer-key-file=${pki}/etcd/peer.key`, `--peer-trusted-ca-file=${pki}/etcd/ca.crt`, '--snapshot-count=10000', `--trusted-ca-file=${pki}/etcd/ca.crt`,
        '--watch-progress-notify-interval=5s',
      ],
      requests: { cpu: '100m', memory: '100Mi' },
      probes: { livenessProbe: live('127.0.0.1', '/livez', 2381, 'HTTP'), readinessProbe: ready('127.0.0.1', '/readyz', 2381, 'HTTP'), startupProbe: startup('127.0.0.1', '/readyz', 2381, 'HTTP') },
      vols: [['etcd-certs', `${pki}/etcd`, 'DirectoryOrCreate'], ['etcd-data', '/var/lib/etcd', 'DirectoryOrCreate']],
      annotations: { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379` },
    },
    {
      name: 'kube-apiserver',
      image: image('kube-apiserver'),
      command: [
        'kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC', `--client-ca-file=${pki}/ca.crt`,
        '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true', `--etcd-cafile=${pki}/etcd/ca.crt`,
        `--etcd-certfile=${pki}/apiserver-etcd-client.crt`, `--etcd-keyfile=${pki}/apiserver-etcd-client.key`, '--etcd-servers=https://127.0.0.1:2379',
        `--kubelet-client-certificate=${pki}/apiserver-kubelet-client.crt`, `--kubelet-client-key=${pki}/apiserver-kubelet-client.key`,
        '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', `--proxy-client-cert-file=${pki}/front-proxy-client.crt`,
        `--proxy-client-key-file=${pki}/front-proxy-client.key`, '--requestheader-allowed-names=front-proxy-client', `--requestheader-client-ca-file=${pki}/front-proxy-ca.crt`,
        '--requestheader-extra-headers-prefix=X-Remote-Extra-', '--requestheader-group-headers=X-Remote-Group', '--requestheader-username-headers=X-Remote-User',
        '--secure-port=6443', '--service-account-issuer=https://kubernetes.default.svc.cluster.local', `--service-account-key-file=${pki}/sa.pub`,
        `--service-account-signing-key-file=${pki}/sa.key`, `--service-cluster-ip-range=${serviceCIDR}`, `--tls-cert-file=${pki}/apiserver.crt`,
        `--tls-private-key-file=${pki}/apiserver.key`,
      ],
      requests: { cpu: '250m' },
      probes: { livenessProbe: live(ip, '/livez', 6443, 'HTTPS'), readinessProbe: ready(ip, '/readyz', 6443, 'HTTPS'), startupProbe: startup(ip, '/livez', 6443, 'HTTPS') },
      vols: CA_VOLS,
      annotations: { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443` },
    },
    {
      name: 'kube-controller-manager',
      image: image('kube-controller-manager'),
      command: [
        'kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
        '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', `--client-ca-file=${pki}/ca.crt`,
        `--cluster-cidr=${clusterCIDR}`, '--cluster-name=kubernetes', `--cluster-signing-cert-file=${pki}/ca.crt`, `--cluster-signing-key-file=${pki}/ca.key`,
        '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true',
        `--requestheader-client-ca-file=${pki}/front-proxy-ca.crt`, `--root-ca-file=${pki}/ca.crt`, `--service-account-private-key-file=${pki}/sa.key`,
        `--service-cluster-ip-range=${serviceCIDR}`, '--use-service-account-credentials=true',
      ],
      requests: { cpu: '200m' },
      probes: { livenessProbe: live('127.0.0.1', '/healthz', 10257, 'HTTPS'), startupProbe: startup('127.0.0.1', '/healthz', 10257, 'HTTPS') },
      vols: [
        ...CA_VOLS.slice(0, 2),
        ['flexvolume-dir', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec', 'DirectoryOrCreate'],
        CA_VOLS[2],
        ['kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate', true],
        ...CA_VOLS.slice(3),
      ],
    },
    {
      name: 'kube-scheduler',
      image: image('kube-scheduler'),
      command: [
        'kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
        '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true',
      ],
      requests: { cpu: '100m' },
      probes: { livenessProbe: live('127.0.0.1', '/livez', 10259, 'HTTPS'), readinessProbe: ready('127.0.0.1', '/readyz', 10259, 'HTTPS'), startupProbe: startup('127.0.0.1', '/livez', 10259, 'HTTPS') },
      vols: [['kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate', true]],
    },
  ];
}

/** The four mirror pods of the control-plane node `cp`, owned by its Node object. */
export function staticPods(cp: NodeSpec, node: Stored, r: Rand, seen: string, serviceCIDR: string, clusterCIDR: string): KObject[] {
  return components(cp.ip, cp.name, serviceCIDR, clusterCIDR).map((c) => {
    const hash = r.hex(32);
    const { volumeMounts, volumes } = hostPaths(c.vols);
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${c.name}-${cp.name}`,
        namespace: 'kube-system',
        labels: { component: c.name, tier: 'control-plane' },
        annotations: {
          ...(c.annotations ?? {}),
          'kubernetes.io/config.hash': hash,
          'kubernetes.io/config.mirror': hash,
          'kubernetes.io/config.seen': seen,
          'kubernetes.io/config.source': 'file',
        },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name, uid: node.metadata.uid, controller: true }],
      },
      spec: {
        containers: [{ command: c.command, image: c.image, imagePullPolicy: 'IfNotPresent', ...c.probes, name: c.name, resources: { requests: c.requests }, volumeMounts }],
        hostNetwork: true,
        nodeName: cp.name,
        priority: 2000001000,
        priorityClassName: 'system-node-critical',
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
        tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
        volumes,
      },
    };
  });
}

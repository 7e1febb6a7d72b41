// The other objects `kubeadm init` and kube-controller-manager leave in a fresh cluster: kubeadm's
// ConfigMaps (kubeadm-config, kubelet-config, cluster-info in kube-public), the API server's
// (extension-apiserver-authentication, kube-apiserver-legacy-service-account-token-tracking) and
// the per-controller ServiceAccounts of kube-system (--use-service-account-credentials) plus the
// addons' own ones. Contents are trimmed to the fields learners look at.
import type { KObject } from '../api/types';
import { KUBERNETES_VERSION } from './nodes';

const cm = (namespace: string, name: string, data: Record<string, string>): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data });

const b64ish = (pem: string) => pem.replace(/-----[A-Z ]+-----|\n/g, '');

export function kubeadmConfigMaps(apiServer: string, caPem: string, podSubnet: string, serviceSubnet: string, date: string): KObject[] {
  const clusterConfiguration = `apiServer: {}
apiVersion: kubeadm.k8s.io/v1beta4
caCertificateValidityPeriod: 87600h0m0s
certificateValidityPeriod: 8760h0m0s
certificatesDir: /etc/kubernetes/pki
clusterName: kubernetes
controllerManager: {}
dns: {}
encryptionAlgorithm: RSA-2048
etcd:
  local:
    dataDir: /var/lib/etcd
imageRepository: registry.k8s.io
kind: ClusterConfiguration
kubernetesVersion: ${KUBERNETES_VERSION}
networking:
  dnsDomain: cluster.local
  podSubnet: ${podSubnet}
  serviceSubnet: ${serviceSubnet}
proxy: {}
scheduler: {}
`;
  const kubelet = `apiVersion: kubelet.config.k8s.io/v1beta1
authentication:
  anonymous:
    enabled: false
  webhook:
    cacheTTL: 0s
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
  webhook:
    cacheAuthorizedTTL: 0s
    cacheUnauthorizedTTL: 0s
cgroupDriver: systemd
clusterDNS:
- 10.96.0.10
clusterDomain: cluster.local
containerRuntimeEndpoint: ""
cpuManagerReconcilePeriod: 0s
crashLoopBackOff: {}
evictionPressureTransitionPeriod: 0s
fileCheckFrequency: 0s
healthzBindAddress: 127.0.0.1
healthzPort: 10248
httpCheckFrequency: 0s
imageMaximumGCAge: 0s
imageMinimumGCAge: 0s
kind: KubeletConfiguration
logging:
  flushFrequency: 0
  options:
    json:
      infoBufferSize: "0"
    text:
      infoBufferSize: "0"
  verbosity: 0
memorySwap: {}
nodeStatusReportFrequency: 0s
nodeStatusUpdateFrequency: 0s
rotateCertificates: true
runtimeRequestTimeout: 0s
shutdownGracePeriod: 0s
shutdownGracePeriodCriticalPods: 0s
staticPodPath: /etc/kubernetes/manifests
streamingConnectionIdleTimeout: 0s
syncFrequency: 0s
volumeStatsAggPeriod: 0s
`;
  const clusterInfo = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${b64ish(caPem)}
    server: https://${apiServer}
  name: ""
contexts: null
current-context: ""
kind: Config
preferences: {}
users: null
`;
  return [
    cm('kube-system', 'kubeadm-config', { ClusterConfiguration: clusterConfiguration }),
    cm('kube-system', 'kubelet-config', { kubelet }),
    cm('kube-public', 'cluster-info', { kubeconfig: clusterInfo }),
    cm('kube-system', 'extension-apiserver-authentication', {
      'client-ca-file': caPem,
      'requestheader-allowed-names': '["front-proxy-client"]',
      'requestheader-client-ca-file': caPem,
      'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]',
      'requestheader-group-headers': '["X-Remote-Group"]',
      'requestheader-uid-headers': '[]',
      'requestheader-username-headers': '["X-Remote-User"]',
    }),
    cm('kube-system', 'kube-apiserver-legacy-service-account-token-tracking', { since: date }),
  ];
}

/** ServiceAccounts kube-controller-manager (one per controller) and the addons create in kube-system. */
export const KUBE_SYSTEM_SERVICE_ACCOUNTS = [
  'attachdetach-controller', 'bootstrap-signer', 'calico-kube-controllers', 'canal', 'certificate-controller', 'clusterrole-aggregation-controller',
  'coredns', 'cronjob-controller', 'daemon-set-controller', 'deployment-controller', 'disruption-controller', 'endpoint-controller',
  'endpointslice-controller', 'endpointslicemirroring-controller', 'ephemeral-volume-controller', 'expand-controller', 'generic-garbage-collector',
  'horizontal-pod-autoscaler', 'job-controller', 'kube-proxy', 'legacy-service-account-token-cleaner', 'namespace-controller', 'node-controller',
  'persistent-volume-binder', 'pod-garbage-collector', 'pv-protection-controller', 'pvc-protection-controller', 'replicaset-controller',
  'replication-controller', 'resource-claim-controller', 'resourcequota-controller', 'root-ca-cert-publisher', 'service-account-controller',
  'service-cidrs-controller', 'statefulset-controller', 'token-cleaner', 'ttl-after-finished-controller', 'ttl-controller',
  'validatingadmissionpolicy-status-controller', 'volumeattributesclass-protection-controller',
];

export function serviceAccount(namespace: string, name: string): KObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } };
}

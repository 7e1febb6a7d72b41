// The CNI: Canal (Calico v3.30 manifests/canal.yaml: flannel VXLAN for pod networking, Calico for
// network policy), which Killercoda's kubeadm clusters run (`canal-xxxxx 2/2` per node plus
// `calico-kube-controllers`). DaemonSet `canal` (install-cni init container; calico-node and
// kube-flannel containers; hostNetwork), Deployment `calico-kube-controllers` and ConfigMap
// `canal-config` with flannel's net-conf.json on the 10.244.0.0/16 pod network. Trimmed env/volumes.
import type { KObject } from '../../api/types';

export const CALICO_VERSION = 'v3.30.2';
export const CALICO_CNI_IMAGE = `docker.io/calico/cni:${CALICO_VERSION}`;
export const CALICO_NODE_IMAGE = `docker.io/calico/node:${CALICO_VERSION}`;
export const CALICO_KUBE_CONTROLLERS_IMAGE = `docker.io/calico/kube-controllers:${CALICO_VERSION}`;
export const FLANNEL_IMAGE = 'docker.io/flannel/flannel:v0.26.7';

export function canalConfigMap(clusterCIDR: string): KObject {
  const cni = {
    name: 'k8s-pod-network',
    cniVersion: '0.3.1',
    plugins: [
      { type: 'calico', log_level: 'info', datastore_type: 'kubernetes', nodename: '__KUBERNETES_NODE_NAME__', mtu: '__CNI_MTU__', ipam: { type: 'host-local', subnet: 'usePodCidr' }, policy: { type: 'k8s' }, kubernetes: { kubeconfig: '__KUBECONFIG_FILEPATH__' } },
      { type: 'portmap', snat: true, capabilities: { portMappings: true } },
      { type: 'bandwidth', capabilities: { bandwidth: true } },
    ],
  };
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'canal-config', namespace: 'kube-system' },
    data: {
      canal_iface: '',
      cni_network_config: JSON.stringify(cni, null, 2),
      masquerade: 'true',
      net_conf_json: JSON.stringify({ Network: clusterCIDR, Backend: { Type: 'vxlan' } }, null, 2),
      typha_service_name: 'none',
      veth_mtu: '0',
    },
  };
}

const envFrom = (name: string, key: string) => ({ name, valueFrom: { configMapKeyRef: { key, name: 'canal-config' } } });
const nodeNameEnv = (name: string) => ({ name, valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } });
const hostPath = (name: string, path: string, type = '') => ({ hostPath: { path, type }, name });

export function canalDaemonSet(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'canal', namespace: 'kube-system', labels: { 'k8s-app': 'canal' } },
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'canal' } },
      template: {
        metadata: { labels: { 'k8s-app': 'canal' } },
        spec: {
          containers: [
            {
              env: [{ name: 'DATASTORE_TYPE', value: 'kubernetes' }, { name: 'WAIT_FOR_DATASTORE', value: 'true' }, nodeNameEnv('NODENAME'), { name: 'CALICO_NETWORKING_BACKEND', value: 'none' }, { name: 'CLUSTER_TYPE', value: 'k8s,canal' }, { name: 'FELIX_IPTABLESREFRESHINTERVAL', value: '60' }, { name: 'IP', value: '' }, { name: 'CALICO_DISABLE_FILE_LOGGING', value: 'true' }, { name: 'FELIX_DEFAULTENDPOINTTOHOSTACTION', value: 'ACCEPT' }, { name: 'FELIX_IPV6SUPPORT', value: 'false' }, { name: 'FELIX_HEALTHENABLED', value: 'true' }],
              envFrom: [{ configMapRef: { name: 'kubernetes-services-endpoint', optional: true } }],
              image: CALICO_NODE_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              lifecycle: { preStop: { exec: { command: ['/bin/calico-node', '-shutdown'] } } },
              livenessProbe: { exec: { command: ['/bin/calico-node', '-felix-live'] }, failureThreshold: 6, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
              name: 'calico-node',
              readinessProbe: { failureThreshold: 3, httpGet: { host: 'localhost', path: '/readiness', port: 9099, scheme: 'HTTP' }, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
              resources: { requests: { cpu: '250m' } },
              securityContext: { privileged: true },
              volumeMounts: [
                { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' },
                { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                { mountPath: '/var/run/calico', name: 'var-run-calico' },
                { mountPath: '/var/lib/calico', name: 'var-lib-calico' },
              ],
            },
            {
              args: ['--ip-masq', '--kube-subnet-mgr'],
              command: ['/opt/bin/flanneld'],
              env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }, { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } }, envFrom('FLANNELD_IFACE', 'canal_iface'), envFrom('FLANNELD_IP_MASQ', 'masquerade')],
              image: FLANNEL_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              name: 'kube-flannel',
              securityContext: { privileged: true },
              volumeMounts: [{ mountPath: '/run/xtables.lock', name: 'xtables-lock' }, { mountPath: '/etc/kube-flannel/', name: 'flannel-cfg' }],
            },
          ],
          hostNetwork: true,
          initContainers: [
            {
              command: ['/opt/cni/bin/install'],
              env: [{ name: 'CNI_CONF_NAME', value: '10-canal.conflist' }, envFrom('CNI_NETWORK_CONFIG', 'cni_network_config'), nodeNameEnv('KUBERNETES_NODE_NAME'), envFrom('CNI_MTU', 'veth_mtu'), { name: 'SLEEP', value: 'false' }],
              image: CALICO_CNI_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              name: 'install-cni',
              securityContext: { privileged: true },
              volumeMounts: [{ mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' }, { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' }],
            },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'canal',
          terminationGracePeriodSeconds: 0,
          tolerations: [{ effect: 'NoSchedule', operator: 'Exists' }, { key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoExecute', operator: 'Exists' }],
          volumes: [
            hostPath('lib-modules', '/lib/modules'),
            hostPath('var-run-calico', '/var/run/calico', 'DirectoryOrCreate'),
            hostPath('var-lib-calico', '/var/lib/calico', 'DirectoryOrCreate'),
            hostPath('xtables-lock', '/run/xtables.lock', 'FileOrCreate'),
            { configMap: { items: [{ key: 'net_conf_json', path: 'net-conf.json' }], name: 'canal-config' }, name: 'flannel-cfg' },
            hostPath('cni-bin-dir', '/opt/cni/bin', 'DirectoryOrCreate'),
            hostPath('cni-net-dir', '/etc/cni/net.d'),
          ],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
  };
}

export function calicoKubeControllers(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'calico-kube-controllers', namespace: 'kube-system', labels: { 'k8s-app': 'calico-kube-controllers' } },
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'calico-kube-controllers' } },
      strategy: { type: 'Recreate' },
      template: {
        metadata: { labels: { 'k8s-app': 'calico-kube-controllers' }, name: 'calico-kube-controllers', namespace: 'kube-system' },
        spec: {
          containers: [
            {
              env: [{ name: 'ENABLED_CONTROLLERS', value: 'node,loadbalancer' }, { name: 'DATASTORE_TYPE', value: 'kubernetes' }],
              image: CALICO_KUBE_CONTROLLERS_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              livenessProbe: { exec: { command: ['/usr/bin/check-status', '-l'] }, failureThreshold: 6, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
              name: 'calico-kube-controllers',
              readinessProbe: { exec: { command: ['/usr/bin/check-status', '-r'] }, failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
              securityContext: { runAsGroup: 999, runAsNonRoot: true, runAsUser: 999 },
            },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'calico-kube-controllers',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' },
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
          ],
        },
      },
    },
  };
}

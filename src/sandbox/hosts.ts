// The machines the learner's shell can be on: the lab's two nodes, set up as two-node kubeadm lab
// environments are (root on `controlplane` with kubectl configured; `node01` reachable by ssh, no
// kubeconfig). Container shells (kubectl exec -it) are built by kubectl from the container itself.

import type { ShellCommand, ShellHost } from '../shell/types';

export const NODE_IPS: Record<string, string> = { controlplane: '172.30.1.2', node01: '172.30.2.2' };

const etcHosts = (self: string) =>
  [
    '127.0.0.1 localhost',
    `127.0.1.1 ${self}`,
    '',
    '# The following lines are desirable for IPv6 capable hosts',
    '::1     ip6-localhost ip6-loopback',
    'fe00::0 ip6-localnet',
    'ff00::0 ip6-mcastprefix',
    'ff02::1 ip6-allnodes',
    'ff02::2 ip6-allrouters',
    '',
    ...Object.entries(NODE_IPS).map(([n, ip]) => `${ip} ${n}`),
    '',
  ].join('\n');

/** ~/.kube/config as kubeadm writes admin.conf (certificate data shortened to placeholders). */
const KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://172.30.1.2:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`;

export function nodeHost(name: string, commands: ShellCommand[], extraFiles: Record<string, string> = {}): ShellHost {
  const files: Record<string, string> = {
    '/etc/hosts': etcHosts(name),
    '/etc/hostname': `${name}\n`,
    '/etc/os-release': 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n',
    '/etc/resolv.conf': 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n',
    '/tmp/.keep': '',
    ...extraFiles,
  };
  if (name === 'controlplane') files['/root/.kube/config'] = KUBECONFIG;
  return {
    id: `node/${name}`,
    hostname: name,
    user: 'root',
    home: '/root',
    promptStyle: 'bash',
    files,
    env: { HOME: '/root', USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', TERM: 'xterm-256color', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    cwd: '/root',
    commands,
  };
}

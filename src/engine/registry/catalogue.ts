// The docker.io (and gcr.io, registry.k8s.io, …) mirror the simulation pulls from: real repository
// names, tags, compressed sizes as containerd reports them, image config (entrypoint, cmd, working
// dir, exposed ports, stop signal), the base OS (which decides the shell and its prompt) and which
// simulated program runs. Digests are deterministic sha256 values of the name and version, so the
// same tag always shows the same digest; they are not the registry's real digests. Sizes and
// versions are as of early 2026 and rounded where unknown.

import type { OsFlavour } from './os-files';
import { httpdFiles, nginxFiles } from './image-files';

export interface ImageConfig {
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  env: string[];
  /** `80/tcp` */
  exposedPorts: string[];
  /** Sent on stop instead of SIGTERM (containerd honours the image's StopSignal). */
  stopSignal?: string;
  user?: string;
}

export interface ImageVariant {
  /** All tags naming this build: `['latest', '1', '1.29', '1.29.4', 'mainline']`. */
  tags: string[];
  /** The application's version, e.g. nginx `1.29.4`. */
  version: string;
  /** Compressed size in bytes (the kubelet's `Image size: … bytes`). */
  size: number;
  os?: OsFlavour;
  osVersion?: string;
  /** Build date, ISO. */
  created: string;
  env?: string[];
}

export interface ImageFamily {
  /** Fully qualified repository: `docker.io/library/nginx`. */
  repository: string;
  /** Program in runtime/programs that runs the image's own binaries. */
  program: string;
  /** Basenames of the binaries the program implements (`nginx`, `/docker-entrypoint.sh`). */
  binaries: string[];
  /** Entrypoint wrappers that exec their arguments when those are not the image's own binary. */
  wrappers?: string[];
  os: OsFlavour;
  osVersion: string;
  config: ImageConfig;
  variants: ImageVariant[];
  files?(v: ImageVariant): Record<string, string>;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const K8S = 'registry.k8s.io';

function nginxVariant(version: string, tags: string[], size: number, alpine: boolean, created: string): ImageVariant {
  const env = [PATH, `NGINX_VERSION=${version}`, alpine ? 'PKG_RELEASE=1' : `PKG_RELEASE=1~${version >= '1.29' ? 'trixie' : 'bookworm'}`];
  return alpine
    ? { tags, version, size, os: 'alpine', osVersion: '3.23.2', created, env }
    : { tags, version, size, osVersion: version >= '1.29' ? '13' : '12', created, env };
}

export const CATALOGUE: ImageFamily[] = [
  {
    repository: 'docker.io/library/nginx',
    program: 'nginx',
    binaries: ['nginx', 'nginx-debug', 'docker-entrypoint.sh'],
    wrappers: ['docker-entrypoint.sh'],
    os: 'debian',
    osVersion: '13',
    config: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], env: [PATH], exposedPorts: ['80/tcp'], stopSignal: 'SIGQUIT' },
    variants: [
      nginxVariant('1.29.4', ['latest', '1', '1.29', '1.29.4', 'mainline', 'trixie'], 72223946, false, '2025-12-09T18:28:10Z'),
      nginxVariant('1.28.1', ['stable', '1.28', '1.28.1'], 72079403, false, '2025-12-09T18:20:31Z'),
      nginxVariant('1.27.5', ['1.27', '1.27.5'], 72195292, false, '2025-04-16T21:04:03Z'),
      nginxVariant('1.25.5', ['1.25', '1.25.5'], 71005258, false, '2024-04-16T17:21:12Z'),
      nginxVariant('1.29.4', ['alpine', '1-alpine', '1.29-alpine', '1.29.4-alpine', 'mainline-alpine'], 21993310, true, '2025-12-09T18:31:44Z'),
      nginxVariant('1.27.5', ['1.27-alpine', '1.27.5-alpine'], 20795124, true, '2025-04-16T21:10:15Z'),
      nginxVariant('1.25.5', ['1.25-alpine', '1.25.5-alpine'], 18223407, true, '2024-04-16T17:30:40Z'),
    ],
    files: nginxFiles,
  },
  {
    repository: 'docker.io/library/busybox',
    program: 'command',
    binaries: [],
    os: 'busybox',
    osVersion: '',
    config: { cmd: ['sh'], env: [PATH], exposedPorts: [] },
    variants: [
      { tags: ['latest', '1', '1.37', '1.37.0', 'stable', 'glibc'], version: '1.37.0', size: 2224358, created: '2024-09-26T21:31:42Z' },
      { tags: ['1.36', '1.36.1'], version: '1.36.1', size: 2152262, created: '2023-07-18T23:19:33Z' },
      { tags: ['1.35', '1.35.0'], version: '1.35.0', size: 2217522, created: '2022-12-28T00:22:02Z' },
      { tags: ['musl', '1.37-musl', '1.37.0-musl'], version: '1.37.0', size: 884224, created: '2024-09-26T21:31:42Z' },
    ],
  },
  {
    repository: 'docker.io/library/alpine',
    program: 'command',
    binaries: [],
    os: 'alpine',
    osVersion: '3.23.2',
    config: { cmd: ['/bin/sh'], env: [PATH], exposedPorts: [] },
    variants: [
      { tags: ['latest', '3', '3.23', '3.23.2'], version: '3.23.2', size: 3862413, osVersion: '3.23.2', created: '2025-12-17T14:13:41Z' },
      { tags: ['3.22', '3.22.2'], version: '3.22.2', size: 3802452, osVersion: '3.22.2', created: '2025-10-08T11:05:20Z' },
      { tags: ['3.21', '3.21.5'], version: '3.21.5', size: 3644133, osVersion: '3.21.5', created: '2025-10-08T11:05:20Z' },
      { tags: ['3.20', '3.20.8'], version: '3.20.8', size: 3626354, osVersion: '3.20.8', created: '2025-10-08T11:05:20Z' },
      { tags: ['3.19', '3.19.9'], version: '3.19.9', size: 3420048, osVersion: '3.19.9', created: '2025-10-08T11:05:20Z' },
    ],
  },
  {
    repository: 'docker.io/library/bash',
    program: 'command',
    binaries: ['bash'],
    wrappers: ['docker-entrypoint.sh'],
    os: 'alpine',
    osVersion: '3.23.2',
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['bash'], env: [PATH, '_BASH_VERSION=5.3.9'], exposedPorts: [] },
    variants: [{ tags: ['latest', '5', '5.3', '5.3.9'], version: '5.3.9', size: 6521833, created: '2025-12-17T20:40:12Z' }],
  },
  {
    repository: 'docker.io/library/ubuntu',
    program: 'command',
    binaries: [],
    os: 'ubuntu',
    osVersion: '24.04',
    config: { cmd: ['/bin/bash'], env: [PATH], exposedPorts: [] },
    variants: [
      { tags: ['latest', '24.04', 'noble', 'noble-20251013'], version: '24.04', size: 29723147, created: '2025-10-13T07:18:22Z' },
      { tags: ['22.04', 'jammy'], version: '22.04', size: 29545106, created: '2025-10-13T07:18:01Z' },
    ],
  },
  {
    repository: 'docker.io/library/debian',
    program: 'command',
    binaries: [],
    os: 'debian',
    osVersion: '13',
    config: { cmd: ['bash'], env: [PATH], exposedPorts: [] },
    variants: [
      { tags: ['latest', '13', 'trixie', 'stable'], version: '13.2', size: 49283019, created: '2025-12-08T00:00:00Z' },
      { tags: ['12', 'bookworm'], version: '12.12', size: 48494272, osVersion: '12', created: '2025-12-08T00:00:00Z' },
      { tags: ['trixie-slim', '13-slim', 'stable-slim'], version: '13.2', size: 29774563, created: '2025-12-08T00:00:00Z' },
    ],
  },
  {
    repository: 'docker.io/library/httpd',
    program: 'httpd',
    binaries: ['httpd-foreground', 'httpd', 'apachectl'],
    os: 'debian',
    osVersion: '13',
    config: { cmd: ['httpd-foreground'], workingDir: '/usr/local/apache2', env: [PATH.replace('PATH=', 'PATH=/usr/local/apache2/bin:'), 'HTTPD_VERSION=2.4.66'], exposedPorts: ['80/tcp'], stopSignal: 'SIGWINCH' },
    variants: [
      { tags: ['latest', '2', '2.4', '2.4.66'], version: '2.4.66', size: 45316224, created: '2025-12-08T21:05:10Z' },
      { tags: ['alpine', '2-alpine', '2.4-alpine', '2.4.66-alpine'], version: '2.4.66', size: 22054817, os: 'alpine', osVersion: '3.23.2', created: '2025-12-08T21:07:45Z' },
    ],
    files: httpdFiles,
  },
  {
    repository: 'docker.io/library/redis',
    program: 'redis',
    binaries: ['redis-server', 'redis-cli', 'docker-entrypoint.sh'],
    wrappers: ['docker-entrypoint.sh'],
    os: 'debian',
    osVersion: '13',
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], workingDir: '/data', env: [PATH], exposedPorts: ['6379/tcp'] },
    variants: [
      { tags: ['latest', '8', '8.4', '8.4.0'], version: '8.4.0', size: 52117422, created: '2025-11-18T10:11:40Z' },
      { tags: ['7', '7.4', '7.4.7'], version: '7.4.7', size: 45210331, osVersion: '12', created: '2025-11-03T18:02:12Z' },
      { tags: ['alpine', '8-alpine', '8.4-alpine'], version: '8.4.0', size: 27650113, os: 'alpine', osVersion: '3.23.2', created: '2025-11-18T10:15:02Z' },
    ],
  },
  ...helloApp('gcr.io/google-samples/hello-app'),
  ...helloApp('us-docker.pkg.dev/google-samples/containers/gke/hello-app'),
  {
    repository: 'docker.io/hashicorp/http-echo',
    program: 'http-echo',
    binaries: ['http-echo'],
    os: 'distroless',
    osVersion: '',
    config: { entrypoint: ['/http-echo'], env: [PATH], exposedPorts: ['5678/tcp'] },
    variants: [{ tags: ['latest', '1.0', '1.0.0'], version: '1.0.0', size: 3502592, created: '2023-09-05T16:44:19Z' }],
  },
  {
    repository: `${K8S}/e2e-test-images/agnhost`,
    program: 'agnhost',
    binaries: ['agnhost'],
    os: 'debian',
    osVersion: '12',
    config: { entrypoint: ['/agnhost'], env: [PATH], exposedPorts: ['80/tcp', '8080/tcp', '8081/tcp', '9376/tcp'] },
    variants: [
      { tags: ['2.53'], version: '2.53', size: 51163890, created: '2024-10-02T09:15:31Z' },
      { tags: ['2.52'], version: '2.52', size: 51012334, created: '2024-06-18T12:03:40Z' },
      { tags: ['2.39'], version: '2.39', size: 51105200, created: '2022-09-01T10:00:00Z' },
    ],
  },
  {
    repository: 'docker.io/curlimages/curl',
    program: 'command',
    binaries: ['curl'],
    wrappers: ['entrypoint.sh'],
    os: 'alpine',
    osVersion: '3.23.2',
    config: { entrypoint: ['/entrypoint.sh'], cmd: ['curl'], user: 'curl_user', env: [PATH, 'CURL_VERSION=8.17.0'], exposedPorts: [] },
    variants: [{ tags: ['latest', '8.17.0'], version: '8.17.0', size: 10257291, created: '2025-11-05T10:00:00Z' }],
  },
  {
    repository: 'docker.io/polinux/stress',
    program: 'stress',
    binaries: ['stress'],
    os: 'alpine',
    osVersion: '3.8.5',
    config: { cmd: ['stress', '--help'], env: [PATH], exposedPorts: [] },
    variants: [{ tags: ['latest', '1.0.4'], version: '1.0.4', size: 4039934, created: '2018-06-01T00:00:00Z' }],
  },
  // kube-system
  k8s('etcd', 'etcd', ['3.6.4-0'], '3.6.4', 23014576, ['/usr/local/bin/etcd'], ['2379/tcp', '2380/tcp']),
  k8s('kube-apiserver', 'kube-apiserver', ['v1.34.1'], '1.34.1', 27064672, ['/go-runner'], []),
  k8s('kube-controller-manager', 'kube-controller-manager', ['v1.34.1'], '1.34.1', 22819474, ['/go-runner'], []),
  k8s('kube-scheduler', 'kube-scheduler', ['v1.34.1'], '1.34.1', 17385558, ['/go-runner'], []),
  k8s('kube-proxy', 'kube-proxy', ['v1.34.1'], '1.34.1', 25963718, ['/usr/local/bin/kube-proxy'], []),
  k8s('coredns/coredns', 'coredns', ['v1.12.1'], '1.12.1', 22384805, ['/coredns'], ['53/tcp', '53/udp', '9153/tcp']),
  k8s('pause', 'pause', ['3.10.1', '3.10'], '3.10.1', 320448, ['/pause'], []),
  ...flannel('ghcr.io/flannel-io/flannel'),
  ...flannel('docker.io/flannel/flannel'),
  {
    repository: 'ghcr.io/flannel-io/flannel-cni-plugin',
    program: 'command',
    binaries: ['flannel'],
    os: 'alpine',
    osVersion: '3.22.2',
    config: { entrypoint: ['/flannel'], env: [PATH], exposedPorts: [] },
    variants: [{ tags: ['v1.8.0-flannel1', 'v1.7.1-flannel1'], version: '1.8.0', size: 4857331, created: '2025-09-01T00:00:00Z' }],
  },
  calico('cni', 'calico-cni', ['install', 'calico', 'calico-ipam'], ['/opt/cni/bin/install'], 71851204),
  calico('node', 'calico-node', ['calico-node', 'start_runit'], ['start_runit'], 157392451),
  calico('kube-controllers', 'calico-kube-controllers', ['kube-controllers', 'check-status'], ['/usr/bin/kube-controllers'], 35106022),
];

function flannel(repository: string): ImageFamily[] {
  return [
    {
      repository,
      program: 'flannel',
      binaries: ['flanneld'],
      os: 'alpine',
      osVersion: '3.21.3',
      config: { entrypoint: ['/opt/bin/flanneld'], env: [PATH], exposedPorts: [] },
      variants: [
        { tags: ['v0.27.4'], version: '0.27.4', size: 32456120, created: '2025-10-01T00:00:00Z' },
        { tags: ['v0.26.7'], version: '0.26.7', size: 31872556, created: '2025-04-10T00:00:00Z' },
      ],
    },
  ];
}

function calico(name: string, program: string, binaries: string[], entrypoint: string[], size: number): ImageFamily {
  return {
    repository: `docker.io/calico/${name}`,
    program,
    binaries,
    os: 'distroless',
    osVersion: '',
    config: { entrypoint, env: [PATH], exposedPorts: [] },
    variants: [{ tags: ['v3.30.2'], version: '3.30.2', size, created: '2025-06-20T00:00:00Z' }],
  };
}

function helloApp(repository: string): ImageFamily[] {
  return [
    {
      repository,
      program: 'hello-app',
      binaries: ['hello-app'],
      os: 'alpine',
      osVersion: '3.20.3',
      config: { cmd: ['/hello-app'], env: [PATH], exposedPorts: ['8080/tcp'] },
      variants: [
        { tags: ['1.0'], version: '1.0.0', size: 11065393, created: '2024-10-10T00:00:00Z' },
        { tags: ['2.0'], version: '2.0.0', size: 11065429, created: '2024-10-10T00:00:00Z' },
      ],
    },
  ];
}

function k8s(path: string, program: string, tags: string[], version: string, size: number, entrypoint: string[], ports: string[]): ImageFamily {
  const bin = entrypoint[0].split('/').pop()!;
  return {
    repository: `${K8S}/${path}`,
    program,
    binaries: [program, bin, path.split('/').pop()!],
    wrappers: bin === 'go-runner' ? ['go-runner'] : undefined,
    os: 'distroless',
    osVersion: '',
    config: { entrypoint, env: [PATH], exposedPorts: ports },
    variants: [{ tags, version, size, created: '2025-09-09T00:00:00Z' }],
  };
}

// Base files and shell facts of the distributions images are built on, as the real images ship them
// (/etc/os-release texts from Debian 13, Ubuntu 24.04 and Alpine 3.23; busybox has none). Only what
// learners look at is kept: os-release, passwd/group, the shell and which commands exist.

export type OsFlavour = 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'distroless';

export interface OsFacts {
  /** The shell `kubectl exec -it … -- sh` finds; undefined when the image has none (distroless). */
  shell?: '/bin/sh' | '/bin/bash';
  /** Prompt style of an interactive root shell: `/ # ` (ash) or `root@<host>:/# ` (bash). */
  prompt?: 'ash' | 'bash';
  files: Record<string, string>;
  /** Commands on PATH (basenames). */
  binaries: readonly string[];
}

const BUSYBOX_APPLETS = [
  'sh', 'ash', 'echo', 'sleep', 'cat', 'ls', 'env', 'printenv', 'hostname', 'date', 'true', 'false', 'wget', 'nc',
  'nslookup', 'ping', 'ps', 'top', 'kill', 'head', 'tail', 'grep', 'sed', 'awk', 'wc', 'sort', 'uniq', 'cut', 'tr',
  'mkdir', 'rm', 'cp', 'mv', 'touch', 'pwd', 'id', 'whoami', 'uname', 'df', 'du', 'free', 'vi', 'find', 'xargs',
  'test', '[', 'expr', 'seq', 'yes', 'tee', 'chmod', 'chown', 'ln', 'dd', 'base64', 'md5sum', 'sha256sum', 'uptime',
  'ip', 'ifconfig', 'netstat', 'route', 'traceroute', 'telnet', 'httpd', 'dmesg', 'mount', 'umount', 'stat', 'which',
  'basename', 'dirname', 'readlink', 'realpath', 'printf', 'timeout', 'watch', 'less', 'more', 'gzip', 'gunzip',
  'tar', 'unzip', 'diff', 'patch', 'nohup', 'nice', 'time', 'clear', 'reset', 'exit',
];
const COREUTILS = [
  'sh', 'bash', 'dash', 'echo', 'sleep', 'cat', 'ls', 'env', 'printenv', 'hostname', 'date', 'true', 'false', 'ps',
  'kill', 'head', 'tail', 'grep', 'sed', 'awk', 'mawk', 'wc', 'sort', 'uniq', 'cut', 'tr', 'mkdir', 'rm', 'cp', 'mv',
  'touch', 'pwd', 'id', 'whoami', 'uname', 'df', 'du', 'find', 'xargs', 'test', '[', 'expr', 'seq', 'yes', 'tee',
  'chmod', 'chown', 'ln', 'dd', 'base64', 'md5sum', 'sha256sum', 'stat', 'which', 'basename', 'dirname', 'readlink',
  'realpath', 'printf', 'timeout', 'gzip', 'gunzip', 'tar', 'diff', 'nohup', 'nice', 'mount', 'umount', 'more',
  'clear', 'reset', 'exit',
];

const ROOT_PASSWD = 'root:x:0:0:root:/root:/bin/sh\n';

export const DEBIAN_13_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
DEBIAN_VERSION_FULL=13.2
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

export const DEBIAN_12_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const UBUNTU_2404_OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

/** Alpine's os-release for a given version (`3.23.2`). */
export function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${version}
PRETTY_NAME="Alpine Linux v${minor}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;
}

/** Facts for a distribution; `osVersion` selects the os-release text where it matters. */
export function osFacts(os: OsFlavour, osVersion = ''): OsFacts {
  switch (os) {
    case 'debian':
      return {
        shell: '/bin/bash',
        prompt: 'bash',
        files: {
          '/etc/os-release': osVersion.startsWith('12') ? DEBIAN_12_OS_RELEASE : DEBIAN_13_OS_RELEASE,
          '/etc/debian_version': osVersion.startsWith('12') ? '12.12\n' : '13.2\n',
          '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n',
          '/etc/group': 'root:x:0:\n',
        },
        binaries: COREUTILS,
      };
    case 'ubuntu':
      return {
        shell: '/bin/bash',
        prompt: 'bash',
        files: {
          '/etc/os-release': UBUNTU_2404_OS_RELEASE,
          '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n',
          '/etc/group': 'root:x:0:\nubuntu:x:1000:\n',
        },
        binaries: COREUTILS,
      };
    case 'alpine':
      return {
        shell: '/bin/sh',
        prompt: 'ash',
        files: {
          '/etc/os-release': alpineOsRelease(osVersion || '3.23.2'),
          '/etc/alpine-release': `${osVersion || '3.23.2'}\n`,
          '/etc/passwd': ROOT_PASSWD,
          '/etc/group': 'root:x:0:root\n',
        },
        binaries: [...BUSYBOX_APPLETS, 'apk'],
      };
    case 'busybox':
      return {
        shell: '/bin/sh',
        prompt: 'ash',
        files: { '/etc/passwd': ROOT_PASSWD, '/etc/group': 'root:x:0:\n' },
        binaries: BUSYBOX_APPLETS,
      };
    case 'distroless':
      return { files: { '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' }, binaries: [] };
  }
}

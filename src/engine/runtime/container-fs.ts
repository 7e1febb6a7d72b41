// A container's filesystem: the image's files, the files the kubelet writes (/etc/hostname,
// /etc/hosts, /etc/resolv.conf) and mounted volumes, as a flat path → content map. Volumes are
// shared maps mounted at a path, so two containers of a pod mounting the same emptyDir see each
// other's writes and a ConfigMap volume shows its keys as files. Simplified: no permissions,
// owners, symlinks or sizes beyond content length; directories exist implicitly.

/** A volume's content: relative path (`index.html`, `sub/a.txt`) → content. Shared by mounts. */
export type VolumeFiles = Map<string, string>;

export interface Mount {
  /** Absolute mount point, no trailing slash: `/usr/share/nginx/html`. */
  path: string;
  files: VolumeFiles;
  readOnly?: boolean;
  /** Mount a single key as a file (`subPath`): the mount path is then a file. */
  subPath?: string;
}

export class ContainerFs {
  private files: Map<string, string>;
  private mounts: Mount[] = [];

  constructor(files: Record<string, string> = {}) {
    this.files = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  }

  /** Mounts a volume; later mounts shadow earlier ones and the image's files below the path. */
  mount(m: Mount): void {
    this.mounts.push({ ...m, path: norm(m.path) });
  }

  /** The content of a file, or undefined. */
  read(path: string): string | undefined {
    const p = norm(path);
    const m = this.mountOf(p);
    if (m) return m.mount.files.get(m.rel);
    return this.files.get(p);
  }

  exists(path: string): boolean {
    return this.read(path) !== undefined || this.isDir(path);
  }

  isDir(path: string): boolean {
    const p = norm(path);
    if (p === '/') return true;
    return this.list(p) !== undefined;
  }

  /** Writes a file; false when the path is on a read-only mount (EROFS). */
  write(path: string, content: string): boolean {
    const p = norm(path);
    const m = this.mountOf(p);
    if (m) {
      if (m.mount.readOnly) return false;
      m.mount.files.set(m.rel, content);
      return true;
    }
    this.files.set(p, content);
    return true;
  }

  /** Removes a file; false when it does not exist or is read-only. */
  remove(path: string): boolean {
    const p = norm(path);
    const m = this.mountOf(p);
    if (m) return !m.mount.readOnly && m.mount.files.delete(m.rel);
    return this.files.delete(p);
  }

  /** Names directly under a directory (files and subdirectories), sorted; undefined if no such dir. */
  list(dir: string): string[] | undefined {
    const d = norm(dir);
    const prefix = d === '/' ? '/' : `${d}/`;
    const names = new Set<string>();
    let found = d === '/';
    for (const path of this.allPaths()) {
      if (!path.startsWith(prefix)) continue;
      found = true;
      names.add(path.slice(prefix.length).split('/')[0]);
    }
    for (const m of this.mounts) {
      if (m.path === d) found = true;
      if (m.path.startsWith(prefix)) names.add(m.path.slice(prefix.length).split('/')[0]);
    }
    return found ? [...names].sort() : undefined;
  }

  /** Every file path visible in the container, sorted. */
  allPaths(): string[] {
    const out = new Set<string>();
    for (const p of this.files.keys()) if (!this.mountOf(p)) out.add(p);
    for (const m of this.mounts) {
      if (m.subPath !== undefined) {
        if (m.files.has(m.subPath)) out.add(m.path);
        continue;
      }
      for (const rel of m.files.keys()) out.add(`${m.path}/${rel}`);
    }
    return [...out].sort();
  }

  /** A plain snapshot (path → content) for saving and for shells that want a copy. */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.allPaths()) out[p] = this.read(p)!;
    return out;
  }

  /** The image-layer files only (mounts excluded), for saving a container. */
  ownFiles(): Record<string, string> {
    return Object.fromEntries(this.files);
  }

  private mountOf(p: string): { mount: Mount; rel: string } | undefined {
    for (let i = this.mounts.length - 1; i >= 0; i--) {
      const m = this.mounts[i];
      if (m.subPath !== undefined) {
        if (p === m.path) return { mount: m, rel: m.subPath };
        continue;
      }
      if (p.startsWith(`${m.path}/`)) return { mount: m, rel: p.slice(m.path.length + 1) };
    }
    return undefined;
  }
}

/** `/a//b/../c/` → `/a/c`. */
export function norm(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** /etc/resolv.conf of a pod with dnsPolicy ClusterFirst. */
export function resolvConf(namespace: string, nameserver = '10.96.0.10'): string {
  return `search ${namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${nameserver}\noptions ndots:5\n`;
}

/** /etc/hosts as the kubelet writes it for a pod (kubelet_pods.go managedHostsFileContent). */
export function hostsFile(ip: string, hostname: string, hostAliases: { ip: string; hostnames: string[] }[] = []): string {
  let s =
    '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n' +
    'fe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  if (ip) s += `${ip}\t${hostname}\n`;
  if (hostAliases.length) {
    s += '\n# Entries added by HostAliases.\n';
    for (const a of hostAliases) s += `${a.ip}\t${a.hostnames.join('\t')}\n`;
  }
  return s;
}

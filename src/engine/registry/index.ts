// The image registries the simulated nodes pull from: the catalogue (a docker.io / gcr.io /
// registry.k8s.io mirror) plus images added at run time (docker build, docker push to a local
// registry). A lookup answers what containerd's resolver would: the image, or the error text
// containerd returns (the kubelet wraps it as `rpc error: code = … desc = …`).

import { CATALOGUE, type ImageConfig, type ImageFamily, type ImageVariant } from './catalogue';
import { osFacts, type OsFacts, type OsFlavour } from './os-files';
import { parseImageRef, type ImageRef } from './reference';
import { sha256 } from './sha256';

/** One pullable image: a repository at one tag, with everything the runtime needs to run it. */
export interface ImageInfo {
  /** `docker.io/library/nginx:latest` (what containerStatuses[].image shows). */
  ref: string;
  /** `docker.io/library/nginx` */
  repository: string;
  tag: string;
  /** `nginx:latest` */
  familiar: string;
  /** Repository digest `sha256:…` (imageID is `<repository>@<digest>`). */
  digest: string;
  /** Config digest `sha256:…` (docker's IMAGE ID). */
  id: string;
  size: number;
  version: string;
  created: string;
  os: OsFlavour;
  osVersion: string;
  program: string;
  binaries: string[];
  wrappers: string[];
  config: ImageConfig;
  /** Files the image ships (OS base + application), path → content. */
  files: Record<string, string>;
  shell: OsFacts['shell'];
  prompt: OsFacts['prompt'];
  /** Commands on PATH. */
  path: readonly string[];
}

export type LookupResult =
  | { ok: true; image: ImageInfo }
  /** `InvalidImageName`: the reference does not parse; `ErrImagePull`: the registry said no. */
  | { ok: false; reason: 'InvalidImageName' | 'ErrImagePull'; grpcCode: 'NotFound' | 'Unknown'; message: string };

/** Registries the simulation knows; other hosts fail DNS resolution. */
const KNOWN_REGISTRIES = new Set(['docker.io', 'gcr.io', 'registry.k8s.io', 'ghcr.io', 'quay.io', 'us-docker.pkg.dev', 'registry.istio.io', 'mcr.microsoft.com', 'public.ecr.aws']);

export class ImageRegistry {
  private families = new Map<string, ImageFamily>();
  private extra = new Map<string, ImageInfo>();
  private extraHosts = new Set<string>();

  constructor(families: ImageFamily[] = CATALOGUE) {
    for (const f of families) this.families.set(f.repository, f);
  }

  /** Adds (or replaces) a built or pushed image; its registry host becomes reachable. */
  add(image: ImageInfo): void {
    this.extra.set(image.ref, image);
    this.extraHosts.add(image.repository.split('/')[0]);
  }

  /** Makes a registry host resolvable (a local registry started by a lesson). */
  addHost(host: string): void {
    this.extraHosts.add(host);
  }

  /** What pulling `reference` would give. */
  lookup(reference: string): LookupResult {
    const parsed = parseImageRef(reference);
    if (!parsed.ok) {
      return {
        ok: false,
        reason: 'InvalidImageName',
        grpcCode: 'Unknown',
        message: `Failed to apply default image tag "${reference}": couldn't parse image name "${reference}": ${parsed.error}`,
      };
    }
    const ref = parsed.ref;
    const extra = this.extra.get(ref.full);
    if (extra) return { ok: true, image: extra };
    const fam = this.families.get(ref.name);
    if (fam) {
      const v = ref.digest ? fam.variants.find((x) => variantDigest(fam, x) === ref.digest) : fam.variants.find((x) => x.tags.includes(ref.tag!));
      if (v) return { ok: true, image: toInfo(fam, v, ref.tag ?? v.tags[0]) };
      return notFound(ref, 'NotFound', `${ref.full}: not found`);
    }
    if (!KNOWN_REGISTRIES.has(ref.domain) && !this.extraHosts.has(ref.domain)) {
      const host = ref.domain;
      const tagOrDigest = ref.digest ?? ref.tag;
      return notFound(
        ref,
        'Unknown',
        `failed to do request: Head "https://${host}/v2/${ref.path}/manifests/${tagOrDigest}": dial tcp: lookup ${host.split(':')[0]} on 127.0.0.53:53: no such host`,
      );
    }
    if (ref.domain === 'docker.io') {
      return notFound(ref, 'Unknown', 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
    }
    return notFound(ref, 'NotFound', `${ref.full}: not found`);
  }

  /** Every catalogue image at every tag, for `docker search`-like listings and tests. */
  all(): ImageInfo[] {
    const out: ImageInfo[] = [];
    for (const f of this.families.values()) for (const v of f.variants) for (const t of v.tags) out.push(toInfo(f, v, t));
    return [...out, ...this.extra.values()];
  }
}

function notFound(ref: ImageRef, grpcCode: 'NotFound' | 'Unknown', cause: string): LookupResult {
  return {
    ok: false,
    reason: 'ErrImagePull',
    grpcCode,
    message: `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${cause}`,
  };
}

function variantDigest(f: ImageFamily, v: ImageVariant): string {
  return `sha256:${sha256(`${f.repository}@${v.version}/${v.tags[0]}`)}`;
}

function toInfo(f: ImageFamily, v: ImageVariant, tag: string): ImageInfo {
  const os = v.os ?? f.os;
  const osVersion = v.osVersion ?? f.osVersion;
  const facts = osFacts(os, osVersion);
  const repoShort = f.repository.startsWith('docker.io/library/') ? f.repository.slice(18) : f.repository.startsWith('docker.io/') ? f.repository.slice(10) : f.repository;
  return {
    ref: `${f.repository}:${tag}`,
    repository: f.repository,
    tag,
    familiar: `${repoShort}:${tag}`,
    digest: variantDigest(f, v),
    id: `sha256:${sha256(`config:${f.repository}@${v.version}/${v.tags[0]}`)}`,
    size: v.size,
    version: v.version,
    created: v.created,
    os,
    osVersion,
    program: f.program,
    binaries: f.binaries,
    wrappers: f.wrappers ?? [],
    config: { ...f.config, env: v.env ?? f.config.env },
    files: { ...facts.files, ...(f.files?.(v) ?? {}) },
    shell: facts.shell,
    prompt: facts.prompt,
    path: facts.binaries,
  };
}

export { parseImageRef, normalizeImage, type ImageRef } from './reference';
export type { ImageConfig, ImageFamily, ImageVariant } from './catalogue';
export type { OsFlavour } from './os-files';

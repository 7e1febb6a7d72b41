// Image reference parsing and normalisation as containerd and the kubelet do it
// (github.com/distribution/reference ParseNormalizedNamed + TagNameOnly): `nginx` →
// `docker.io/library/nginx:latest`, `bitnami/redis:7` → `docker.io/bitnami/redis:7`, registries are
// recognised by a `.` or `:` in the first component or the name `localhost`. Simplified: the
// grammar check covers the errors learners meet (upper case, empty parts, bad tags), not every rule.

export interface ImageRef {
  /** `docker.io`, `gcr.io`, `registry.k8s.io`, `localhost:5000`. */
  domain: string;
  /** Repository path inside the registry: `library/nginx`, `google-samples/hello-app`. */
  path: string;
  /** The tag; `latest` when neither a tag nor a digest was given. */
  tag?: string;
  /** `sha256:…` when pinned by digest. */
  digest?: string;
  /** `docker.io/library/nginx` */
  name: string;
  /** Fully qualified: `docker.io/library/nginx:latest` (or `…@sha256:…`). */
  full: string;
  /** The short form Docker prints: `nginx:latest`, `bitnami/redis:7`, `gcr.io/x/y:1.0`. */
  familiar: string;
}

export type ParseResult = { ok: true; ref: ImageRef } | { ok: false; error: string };

const TAG_RE = /^[\w][\w.-]{0,127}$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

/** Parses and normalises `input`; errors are worded as containerd's reference parser words them. */
export function parseImageRef(input: string): ParseResult {
  const s = input.trim();
  if (!s) return { ok: false, error: 'invalid reference format' };
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return { ok: false, error: 'invalid reference format' };
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) return { ok: false, error: 'invalid reference format' };
  }
  const parts = rest.split('/');
  let domain = 'docker.io';
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost' || parts[0] !== parts[0].toLowerCase())) {
    domain = parts.shift()!;
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  if (parts.some((p) => p !== p.toLowerCase())) {
    return { ok: false, error: `invalid reference format: repository name (${path}) must be lowercase` };
  }
  if (parts.some((p) => !COMPONENT_RE.test(p))) return { ok: false, error: 'invalid reference format' };
  if (!tag && !digest) tag = 'latest';
  const name = `${domain}/${path}`;
  const suffix = (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
  let familiarName = name;
  if (domain === 'docker.io') familiarName = path.startsWith('library/') ? path.slice(8) : path;
  return { ok: true, ref: { domain, path, tag, digest, name, full: name + suffix, familiar: familiarName + suffix } };
}

/** `nginx` → `docker.io/library/nginx:latest`; throws on an invalid reference. */
export function normalizeImage(input: string): string {
  const r = parseImageRef(input);
  if (!r.ok) throw new Error(r.error);
  return r.ref.full;
}

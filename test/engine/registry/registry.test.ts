import { describe, expect, it } from 'vitest';
import { ImageRegistry, normalizeImage, parseImageRef } from '../../../src/engine/registry';
import { sha256 } from '../../../src/engine/registry/sha256';

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest', 'nginx:latest'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25', 'nginx:1.25'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7', 'bitnami/redis:7'],
    ['docker.io/library/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
    ['index.docker.io/library/alpine:3.20', 'docker.io/library/alpine:3.20', 'alpine:3.20'],
    ['gcr.io/google-samples/hello-app:1.0', 'gcr.io/google-samples/hello-app:1.0', 'gcr.io/google-samples/hello-app:1.0'],
    ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000/app:latest'],
  ])('%s → %s', (input, full, familiar) => {
    const r = parseImageRef(input);
    expect(r.ok && [r.ref.full, r.ref.familiar]).toEqual([full, familiar]);
  });

  it('rejects what containerd rejects', () => {
    expect(parseImageRef('NGINX')).toEqual({ ok: false, error: 'invalid reference format: repository name (library/NGINX) must be lowercase' });
    expect(parseImageRef('nginx:')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(parseImageRef('nginx@sha256:abc')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(() => normalizeImage('')).toThrow('invalid reference format');
  });
});

describe('the image catalogue', () => {
  const reg = new ImageRegistry();

  it('knows the images lessons use, with sizes, digests, config and programs', () => {
    const nginx = reg.lookup('nginx');
    expect(nginx.ok && nginx.image).toMatchObject({
      ref: 'docker.io/library/nginx:latest',
      familiar: 'nginx:latest',
      version: '1.29.4',
      size: 72223946,
      os: 'debian',
      program: 'nginx',
      shell: '/bin/bash',
      prompt: 'bash',
      config: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], stopSignal: 'SIGQUIT' },
    });
    for (const ref of [
      'nginx:1.25', 'nginx:1.27', 'nginx:alpine', 'busybox', 'busybox:1.36', 'alpine:3.20', 'alpine', 'bash', 'ubuntu', 'httpd', 'redis',
      'gcr.io/google-samples/hello-app:1.0', 'gcr.io/google-samples/hello-app:2.0', 'hashicorp/http-echo', 'registry.k8s.io/e2e-test-images/agnhost:2.53',
      'registry.k8s.io/etcd:3.6.4-0', 'registry.k8s.io/kube-apiserver:v1.34.1', 'registry.k8s.io/kube-controller-manager:v1.34.1',
      'registry.k8s.io/kube-scheduler:v1.34.1', 'registry.k8s.io/kube-proxy:v1.34.1', 'registry.k8s.io/coredns/coredns:v1.12.1', 'registry.k8s.io/pause:3.10.1',
    ]) {
      expect(reg.lookup(ref).ok, ref).toBe(true);
    }
    const bb = reg.lookup('busybox');
    expect(bb.ok && [bb.image.os, bb.image.prompt, bb.image.program]).toEqual(['busybox', 'ash', 'command']);
  });

  it('gives tags of one build the same digest, and a digest reference the same image', () => {
    const a = reg.lookup('nginx:latest');
    const b = reg.lookup('nginx:1.29.4');
    if (!a.ok || !b.ok) throw new Error('missing');
    expect(a.image.digest).toBe(b.image.digest);
    expect(a.image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.image.digest).not.toBe((reg.lookup('nginx:1.25') as { image: { digest: string } }).image.digest);
    const byDigest = reg.lookup(`nginx@${a.image.digest}`);
    expect(byDigest.ok && byDigest.image.version).toBe('1.29.4');
  });

  it('answers with containerd’s errors for unknown tags, repositories and registries', () => {
    expect(reg.lookup('nginx:bad')).toEqual({
      ok: false,
      reason: 'ErrImagePull',
      grpcCode: 'NotFound',
      message: 'failed to pull and unpack image "docker.io/library/nginx:bad": failed to resolve reference "docker.io/library/nginx:bad": docker.io/library/nginx:bad: not found',
    });
    expect(reg.lookup('nginxx')).toMatchObject({
      grpcCode: 'Unknown',
      message:
        'failed to pull and unpack image "docker.io/library/nginxx:latest": failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    });
    expect(reg.lookup('myregistry.local/app:1')).toMatchObject({
      grpcCode: 'Unknown',
      message:
        'failed to pull and unpack image "myregistry.local/app:1": failed to resolve reference "myregistry.local/app:1": failed to do request: Head "https://myregistry.local/v2/app/manifests/1": dial tcp: lookup myregistry.local on 127.0.0.53:53: no such host',
    });
    expect(reg.lookup('NGINX')).toMatchObject({ ok: false, reason: 'InvalidImageName' });
  });

  it('accepts images added at run time (builds, pushes)', () => {
    const r = new ImageRegistry();
    const base = r.lookup('alpine');
    if (!base.ok) throw new Error('alpine');
    r.add({ ...base.image, ref: 'localhost:5000/app:v1', repository: 'localhost:5000/app', tag: 'v1', familiar: 'localhost:5000/app:v1' });
    expect(r.lookup('localhost:5000/app:v1').ok).toBe(true);
    expect(r.lookup('localhost:5000/app:v2')).toMatchObject({ grpcCode: 'NotFound' });
  });

  it('hashes with real SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

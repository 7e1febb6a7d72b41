// `kubectl create -f` and `kubectl create namespace` (kubectl pkg/cmd/create): files,
// directories, stdin, multi-document YAML and List kinds; errors with their source (fidelity §1.13):
// AlreadyExists, strict decoding, YAML syntax (go-yaml wording), unknown kinds, missing paths.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
`;
const CM = (n: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\ndata:\n  a: "1"\n`;

function files(extra: Record<string, string> = {}) {
  return setup({
    files: {
      '/root/pod.yaml': POD,
      '/root/multi.yaml': `${CM('one')}---\n# second\n${CM('two')}---\n`,
      '/root/list.yaml': `apiVersion: v1\nkind: List\nitems:\n- ${CM('l1').replace(/\n/g, '\n  ').trimEnd()}\n- ${CM('l2').replace(/\n/g, '\n  ').trimEnd()}\n`,
      '/root/dir/a.yaml': CM('a'),
      '/root/dir/b.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}}',
      '/root/dir/notes.txt': 'ignored',
      '/root/dir/sub/c.yaml': CM('c'),
      ...extra,
    },
  });
}

describe('kubectl create -f', () => {
  it('creates from a file, and fails the second time with the source in the message', async () => {
    const h = files();
    expect(await h.kubectl('create -f pod.yaml')).toEqual({ out: 'pod/web created\n', err: '', code: 0 });
    // get/describe/delete -f look the manifest's objects up.
    expect((await h.kubectl('get -f pod.yaml -o name')).out).toBe('pod/web\n');
    expect(await h.kubectl('create -f pod.yaml')).toEqual({
      out: '',
      err: 'Error from server (AlreadyExists): error when creating "pod.yaml": pods "web" already exists\n',
      code: 1,
    });
  });

  it('creates every document and List item, and from directories (-R for subdirectories) and stdin', async () => {
    const h = files();
    expect((await h.kubectl('create -f multi.yaml')).out).toBe('configmap/one created\nconfigmap/two created\n');
    expect((await h.kubectl('create -f list.yaml')).out).toBe('configmap/l1 created\nconfigmap/l2 created\n');
    expect((await h.kubectl('create -f dir')).out).toBe('configmap/a created\nconfigmap/b created\n');
    expect((await h.kubectl('create -f dir -R')).err).toBe(
      'Error from server (AlreadyExists): error when creating "dir/a.yaml": configmaps "a" already exists\n' +
        'Error from server (AlreadyExists): error when creating "dir/b.json": configmaps "b" already exists\n',
    );
    expect(h.cluster.api.tryGet('ConfigMap', 'default', 'c')).toBeDefined();
    expect(await h.kubectl('create -f -', { stdin: CM('stdin') })).toEqual({ out: 'configmap/stdin created\n', err: '', code: 0 });
    expect((await h.kubectl('create -f - -o name', { stdin: CM('named') })).out).toBe('configmap/named\n');
  });

  it('prints created objects with -o yaml, separated by ---', async () => {
    const h = files();
    const out = (await h.kubectl('create -f multi.yaml -o yaml')).out;
    expect(out.split('\n---\n')).toHaveLength(2);
    expect(out).toMatch(/^apiVersion: v1\ndata:\n {2}a: "1"\nkind: ConfigMap\nmetadata:\n {2}creationTimestamp: "2026-01-15T09:00:00Z"\n {2}name: one\n/);
  });

  it('words decoding and mapping errors as kubectl does', async () => {
    const h = files({
      '/root/typo.yaml': POD.replace('    image:', '    imagee:'),
      '/root/indent.yaml': POD.replace('  name: web\n', '  name: web\n    labels: x\n'),
      '/root/dedent.yaml': POD + '   ports:\n   - containerPort: 80\n',
      '/root/tab.yaml': POD.replace('  name: web', '\tname: web'),
      '/root/kind.yaml': POD.replace('kind: Pod', 'kind: Pdo'),
      '/root/nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
      '/root/app.yaml': 'apiVersion: apps/v1\nkind: Deploymnt\nmetadata:\n  name: web\n',
    });
    const err = async (l: string) => (await h.kubectl(l)).err;
    expect(await err('create -f typo.yaml')).toBe(
      'Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n',
    );
    expect(await err('create -f indent.yaml')).toBe(
      'error: error parsing indent.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n',
    );
    expect(await err('create -f dedent.yaml')).toBe('error: error parsing dedent.yaml: error converting YAML to JSON: yaml: line 8: did not find expected key\n');
    expect(await err('create -f tab.yaml')).toBe(
      'error: error parsing tab.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n',
    );
    expect(await err('create -f kind.yaml')).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "kind.yaml": no matches for kind "Pdo" in version "v1"\nensure CRDs are installed first\n',
    );
    expect(await err('create -f app.yaml')).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "app.yaml": no matches for kind "Deploymnt" in version "apps/v1"\nensure CRDs are installed first\n',
    );
    expect(await err('create -f nokind.yaml')).toBe(
      'error: unable to decode "nokind.yaml": Object \'Kind\' is missing in \'{"apiVersion":"v1","metadata":{"name":"x"}}\'\n',
    );
    expect(await err('create -f missing.yaml')).toBe('error: the path "missing.yaml" does not exist\n');
    expect(await err('create -f https://example.com/pod.yaml')).toBe('error: Get "https://example.com/pod.yaml": dial tcp: lookup example.com: no such host\n');
  });

  it('needs -f, and says so with the help on stderr', async () => {
    const r = await setup().kubectl('create');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.startsWith('Error: must specify one of -f and -k\n\nCreate a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.\n\nExamples:\n')).toBe(true);
    expect((await setup().kubectl('create -f x.yaml extra')).err).toBe('error: Unexpected args: [extra]\n');
  });
});

describe('kubectl create namespace', () => {
  it('creates a namespace (alias ns) and reports AlreadyExists plainly', async () => {
    const h = setup();
    expect(await h.kubectl('create namespace dev')).toEqual({ out: 'namespace/dev created\n', err: '', code: 0 });
    expect(await h.kubectl('create ns dev')).toEqual({ out: '', err: 'Error from server (AlreadyExists): namespaces "dev" already exists\n', code: 1 });
    expect((await h.kubectl('get ns dev')).out).toBe('NAME   STATUS   AGE\ndev    Active   0s\n');
  });

  it('prints the object with --dry-run=client -o yaml and needs exactly one name', async () => {
    const h = setup();
    expect((await h.kubectl('create ns dev --dry-run=client -o yaml')).out).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nspec: {}\nstatus: {}\n');
    expect(await h.kubectl('create ns')).toEqual({
      out: '',
      err: "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n",
      code: 1,
    });
  });
});

// `kubectl label` transcripts (kubectl pkg/cmd/label/label.go v1.34: `labeled` / `unlabeled` /
// `not labeled`, `label "x" not found.`, the --overwrite and argument errors; cmdutil
// GetResourcesAndPairs), with key validation by the API server's update (apimachinery
// IsQualifiedName wording) and value validation on the client (IsValidLabelValue).
import { describe, expect, it } from 'vitest';
import { setup, type Harness } from './helpers';

async function withPods(...names: string[]): Promise<Harness> {
  const h = setup();
  for (const n of names) await h.kubectl(`run ${n} --image=nginx --labels=app=${n},tier=web`);
  h.advance(20_000); // running: no more status writes to move the resourceVersion
  return h;
}

const labels = (h: Harness, name: string, ns = 'default') => h.cluster.api.get('Pod', ns, name).metadata.labels;

describe('kubectl label', () => {
  it('adds, refuses to overwrite, overwrites, and removes a label', async () => {
    const h = await withPods('backend');
    expect(await h.kubectl('label pod backend env=prod')).toEqual({ out: 'pod/backend labeled\n', err: '', code: 0 });
    expect(labels(h, 'backend')).toEqual({ app: 'backend', tier: 'web', env: 'prod' });
    expect(await h.kubectl('label pod backend env=dev')).toEqual({
      out: '',
      err: "error: 'env' already has a value (prod), and --overwrite is false\n",
      code: 1,
    });
    // The same value without --overwrite is still an existing key.
    expect((await h.kubectl('label pod backend env=prod')).err).toBe("error: 'env' already has a value (prod), and --overwrite is false\n");
    expect(await h.kubectl('label pod backend env=dev --overwrite')).toEqual({ out: 'pod/backend labeled\n', err: '', code: 0 });
    expect(await h.kubectl('label pod backend env=dev --overwrite')).toEqual({ out: 'pod/backend not labeled\n', err: '', code: 0 });
    expect(await h.kubectl('label pod backend env-')).toEqual({ out: 'pod/backend unlabeled\n', err: '', code: 0 });
    expect(labels(h, 'backend')).toEqual({ app: 'backend', tier: 'web' });
    // A key the object does not have: reported, and nothing changes.
    expect(await h.kubectl('label pod backend env-')).toEqual({ out: 'label "env" not found.\npod/backend not labeled\n', err: '', code: 0 });
    // With --overwrite a removal is reported as `labeled` (updateDataChangeMsg).
    expect(await h.kubectl('label pod backend tier- --overwrite')).toEqual({ out: 'pod/backend labeled\n', err: '', code: 0 });
  });

  it('does not bump the resourceVersion when nothing changes', async () => {
    const h = await withPods('web');
    const rv = h.cluster.api.get('Pod', 'default', 'web').metadata.resourceVersion;
    await h.kubectl('label pod web app=web --overwrite');
    expect(h.cluster.api.get('Pod', 'default', 'web').metadata.resourceVersion).toBe(rv);
  });

  it('reports every existing key, one per line, and labels nothing', async () => {
    const h = await withPods('web');
    expect(await h.kubectl('label pod web app=x tier=y new=z')).toEqual({
      out: '',
      err: "'app' already has a value (web), and --overwrite is false\n'tier' already has a value (web), and --overwrite is false\n",
      code: 1,
    });
    expect(labels(h, 'web')).toEqual({ app: 'web', tier: 'web' });
  });

  it('labels several objects: names, TYPE/NAME, -l, --all, and continues past errors', async () => {
    const h = await withPods('a', 'b', 'c');
    expect((await h.kubectl('label pods a b x=1')).out).toBe('pod/a labeled\npod/b labeled\n');
    expect((await h.kubectl('label pod/a pod/c y=1')).out).toBe('pod/a labeled\npod/c labeled\n');
    expect((await h.kubectl('label pods -l app=b z=1')).out).toBe('pod/b labeled\n');
    expect((await h.kubectl('label pods --all all=yes')).out).toBe('pod/a labeled\npod/b labeled\npod/c labeled\n');
    // Errors are collected in visiting order and printed last, one per line.
    expect(await h.kubectl('label pods a nope b x=2')).toEqual({
      out: '',
      err: "'x' already has a value (1), and --overwrite is false\nError from server (NotFound): pods \"nope\" not found\n'x' already has a value (1), and --overwrite is false\n",
      code: 1,
    });
    expect(await h.kubectl('label pods c nope x=2')).toEqual({
      out: 'pod/c labeled\n',
      err: 'Error from server (NotFound): pods "nope" not found\n',
      code: 1,
    });
    expect(await h.kubectl('label pods -l app=nope x=1')).toEqual({ out: '', err: '', code: 0 });
  });

  it('labels in another namespace and cluster-scoped objects', async () => {
    const h = setup();
    await h.kubectl('create namespace dev');
    await h.kubectl('run api --image=nginx -n dev');
    expect(await h.kubectl('label pod api -n dev team=core')).toEqual({ out: 'pod/api labeled\n', err: '', code: 0 });
    expect(await h.kubectl('label ns dev env=test')).toEqual({ out: 'namespace/dev labeled\n', err: '', code: 0 });
    expect(h.cluster.api.get('Namespace', undefined, 'dev').metadata.labels).toEqual({ env: 'test', 'kubernetes.io/metadata.name': 'dev' });
    expect(await h.kubectl('label node node01 disk=ssd')).toEqual({ out: 'node/node01 labeled\n', err: '', code: 0 });
  });

  it('lists labels with --list (sorted), headed per object when several', async () => {
    const h = await withPods('a', 'b');
    expect(await h.kubectl('label pod a --list')).toEqual({ out: 'app=a\ntier=web\n', err: '', code: 0 });
    expect((await h.kubectl('label pods a b --list')).out).toBe('Listing labels for Pod./a:\n app=a\n tier=web\nListing labels for Pod./b:\n app=b\n tier=web\n');
    expect((await h.kubectl('label pod a --list -o yaml')).err).toBe('error: --list and --output may not be specified together\n');
  });

  it('dry runs on the client and the server without changing the object', async () => {
    const h = await withPods('web');
    expect(await h.kubectl('label pod web env=prod --dry-run=client')).toEqual({ out: 'pod/web labeled (dry run)\n', err: '', code: 0 });
    expect(await h.kubectl('label pod web env=prod --dry-run=server')).toEqual({ out: 'pod/web labeled (server dry run)\n', err: '', code: 0 });
    expect(await h.kubectl('label pod web app- --dry-run=client')).toEqual({ out: 'pod/web unlabeled (dry run)\n', err: '', code: 0 });
    expect(labels(h, 'web')).toEqual({ app: 'web', tier: 'web' });
    expect((await h.kubectl('label pod web env=prod --dry-run=bogus')).err).toBe('error: Invalid dry-run value (bogus). Must be "none", "server", or "client".\n');
  });

  it('prints -o name, and -o yaml/json of the object as edited (the old resourceVersion)', async () => {
    const h = await withPods('web');
    expect(await h.kubectl('label pod web env=prod -o name')).toEqual({ out: 'pod/web\n', err: '', code: 0 });
    const rv = h.cluster.api.get('Pod', 'default', 'web').metadata.resourceVersion;
    const y = await h.kubectl('label pod web env=dev --overwrite -o yaml');
    expect(y.out).toContain('  labels:\n    app: web\n    env: dev\n    tier: web\n');
    expect(y.out).toContain(`  resourceVersion: "${rv}"\n`);
    expect(h.cluster.api.get('Pod', 'default', 'web').metadata.resourceVersion).not.toBe(rv);
    const j = JSON.parse((await h.kubectl('label pod web x=1 -o json')).out);
    expect(j.metadata.labels).toEqual({ app: 'web', env: 'dev', tier: 'web', x: '1' });
    expect((await h.kubectl('label pod web -o jsonpath={.metadata.labels.y} y=2')).out).toBe('2');
  });

  it('builds its printer per object: no `---` between YAML documents, a bad -o fails after the write', async () => {
    const h = await withPods('a', 'b');
    const y = (await h.kubectl('label pods a b x=1 -o yaml')).out;
    expect(y.match(/^apiVersion: v1$/gm)).toHaveLength(2);
    expect(y).not.toContain('---');
    expect(await h.kubectl('label pod a y=1 -o foo')).toEqual({
      out: '',
      err: 'error: unable to match a printer suitable for the output format "foo", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
      code: 1,
    });
    expect(labels(h, 'a')).toEqual({ app: 'a', tier: 'web', x: '1', y: '1' });
  });

  it('checks --resource-version: a single object, and a 409 when it is not current', async () => {
    const h = await withPods('a', 'b');
    const rv = h.cluster.api.get('Pod', 'default', 'a').metadata.resourceVersion!;
    expect(await h.kubectl('label pod a x=1 --resource-version=1')).toEqual({
      out: '',
      err: 'Error from server (Conflict): Operation cannot be fulfilled on pods "a": the object has been modified; please apply your changes to the latest version and try again\n',
      code: 1,
    });
    expect(await h.kubectl(`label pod a x=1 --resource-version=${rv}`)).toEqual({ out: 'pod/a labeled\n', err: '', code: 0 });
    expect((await h.kubectl(`label pods a b y=1 --resource-version=${rv}`)).err).toBe('error: --resource-version may only be used with a single resource\n');
  });

  it('leaves key validation to the API server and checks values on the client', async () => {
    const h = await withPods('web');
    expect(await h.kubectl("label pod web 'bad key=x'")).toEqual({
      out: '',
      err:
        'The Pod "web" is invalid: metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyName\',  or \'my.name\',  or \'123-abc\', regex used for validation is \'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\')\n',
      code: 1,
    });
    expect(await h.kubectl('label pod web env=-bad')).toEqual({
      out: '',
      err:
        'error: invalid label value: "env=-bad": a valid label must be an empty string or consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyValue\',  or \'my_value\',  or \'12345\', regex used for validation is \'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\')\n',
      code: 1,
    });
    expect(await h.kubectl('label pod web empty=')).toEqual({ out: 'pod/web labeled\n', err: '', code: 0 });
    expect(labels(h, 'web')).toEqual({ app: 'web', tier: 'web', empty: '' });
  });

  it.each([
    ['label', 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n'],
    ['label pod web', 'error: at least one label update is required\n'],
    ['label pods x=1', 'error: resource(s) were provided, but no name was specified\n'],
    ['label pod x=1 web', 'error: all resources must be specified before label changes: web\n'],
    ['label pod web a=b=c', 'error: invalid label spec: a=b=c\n'],
    ['label pod web a=1 a-', 'error: can not both modify and remove a label in the same command\n'],
    ['label pods --all -l a=b x=1', 'error: cannot set --all and --selector at the same time\n'],
    ['label pod web x=1 --local', 'error: can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set\n'],
    ['label foo web x=1', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['label pod nope x=1', 'Error from server (NotFound): pods "nope" not found\n'],
  ])('%s', async (line, err) => {
    expect(await (await withPods('web')).kubectl(line)).toEqual({ out: '', err, code: 1 });
  });

  it('labels objects named in a file, or the file itself with --local', async () => {
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "1"\n';
    const h = setup({ files: { '/root/cm.yaml': manifest } });
    await h.kubectl('create -f cm.yaml');
    expect(await h.kubectl('label -f cm.yaml team=a')).toEqual({ out: 'configmap/cfg labeled\n', err: '', code: 0 });
    expect(h.cluster.api.get('ConfigMap', 'default', 'cfg').metadata.labels).toEqual({ team: 'a' });
    const local = await h.kubectl('label -f cm.yaml --local team=b -o yaml');
    expect(local).toEqual({ out: 'apiVersion: v1\ndata:\n  a: "1"\nkind: ConfigMap\nmetadata:\n  labels:\n    team: b\n  name: cfg\n', err: '', code: 0 });
    expect(h.cluster.api.get('ConfigMap', 'default', 'cfg').metadata.labels).toEqual({ team: 'a' });
  });

  it('shows kubectl label --help', async () => {
    const r = await setup().kubectl('label --help');
    expect(r.out.startsWith('Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number')).toBe(true);
    expect(r.out).toContain('    --overwrite=false:\n\tIf true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.\n');
    expect(r.out).toContain(
      'Usage:\n  kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]\n',
    );
  });
});

// `kubectl annotate` transcripts (kubectl pkg/cmd/annotate/annotate.go v1.34: always `annotated`,
// the `--overwrite is false but found the following declared annotation(s)` error,
// `kubernetes.io/change-cause` always overwritable, ParsePairs splitting at the first `=`), with
// key validation by the API server's update (ValidateAnnotations).
import { describe, expect, it } from 'vitest';
import { setup, type Harness } from './helpers';

async function withPods(...names: string[]): Promise<Harness> {
  const h = setup();
  for (const n of names) await h.kubectl(`run ${n} --image=nginx`);
  h.advance(20_000);
  return h;
}

const annotations = (h: Harness, name: string) => h.cluster.api.get('Pod', 'default', name).metadata.annotations;

describe('kubectl annotate', () => {
  it('adds, refuses to overwrite, overwrites and removes annotations', async () => {
    const h = await withPods('web');
    expect(await h.kubectl("annotate pod web description='my frontend' owner=team-a")).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    expect(annotations(h, 'web')).toEqual({ description: 'my frontend', owner: 'team-a' });
    expect(await h.kubectl('annotate pod web owner=team-b description=x')).toEqual({
      out: '',
      err: "error: --overwrite is false but found the following declared annotation(s): 'description' already has a value (my frontend); 'owner' already has a value (team-a)\n",
      code: 1,
    });
    expect(await h.kubectl('annotate pod web owner=team-b --overwrite')).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    // Nothing to change still says `annotated`; a missing key is removed silently.
    expect(await h.kubectl('annotate pod web owner=team-b --overwrite')).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    expect(await h.kubectl('annotate pod web owner- nope-')).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    expect(annotations(h, 'web')).toEqual({ description: 'my frontend' });
    expect(await h.kubectl('annotate pod web description-')).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    expect(annotations(h, 'web')).toBeUndefined();
  });

  it('keeps everything after the first `=` as the value, and overwrites change-cause freely', async () => {
    const h = await withPods('web');
    await h.kubectl(`annotate pod web 'config={"a":"b=c"}'`);
    await h.kubectl('annotate pod web kubernetes.io/change-cause=one');
    expect(await h.kubectl('annotate pod web kubernetes.io/change-cause=two')).toEqual({ out: 'pod/web annotated\n', err: '', code: 0 });
    expect(annotations(h, 'web')).toEqual({ config: '{"a":"b=c"}', 'kubernetes.io/change-cause': 'two' });
  });

  it('annotates several objects and lists annotations', async () => {
    const h = await withPods('a', 'b');
    expect(await h.kubectl('annotate pods --all note=x')).toEqual({ out: 'pod/a annotated\npod/b annotated\n', err: '', code: 0 });
    expect(await h.kubectl('annotate pod a --list')).toEqual({ out: 'note=x\n', err: '', code: 0 });
    expect((await h.kubectl('annotate pod/a pod/b --list')).out).toBe('Listing annotations for Pod./a:\n note=x\nListing annotations for Pod./b:\n note=x\n');
    expect(await h.kubectl('annotate pods a nope b more=y')).toEqual({
      out: 'pod/a annotated\npod/b annotated\n',
      err: 'Error from server (NotFound): pods "nope" not found\n',
      code: 1,
    });
  });

  it('dry runs, and prints the object the server returned with -o', async () => {
    const h = await withPods('web');
    expect(await h.kubectl('annotate pod web a=1 --dry-run=client')).toEqual({ out: 'pod/web annotated (dry run)\n', err: '', code: 0 });
    expect(await h.kubectl('annotate pod web a=1 --dry-run=server')).toEqual({ out: 'pod/web annotated (server dry run)\n', err: '', code: 0 });
    expect(annotations(h, 'web')).toBeUndefined();
    const y = await h.kubectl('annotate pod web a=1 -o yaml');
    const rv = h.cluster.api.get('Pod', 'default', 'web').metadata.resourceVersion;
    expect(y.out).toContain(`  annotations:\n    a: "1"\n`);
    expect(y.out).toContain(`  resourceVersion: "${rv}"\n`);
    expect(await h.kubectl('annotate pod web b=2 -o name')).toEqual({ out: 'pod/web\n', err: '', code: 0 });
  });

  it('prints several objects through one printer (`---` between YAML documents)', async () => {
    const h = await withPods('a', 'b');
    const y = (await h.kubectl('annotate pods a b x=1 -o yaml')).out;
    expect(y.match(/^apiVersion: v1$/gm)).toHaveLength(2);
    expect(y.match(/^---$/gm)).toHaveLength(1);
  });

  it('leaves key validation to the API server', async () => {
    const h = await withPods('web');
    expect(await h.kubectl('annotate pod web bad/key/x=1')).toEqual({
      out: '',
      err:
        'The Pod "web" is invalid: metadata.annotations: Invalid value: "bad/key/x": a qualified name must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyName\',  or \'my.name\',  or \'123-abc\', regex used for validation is \'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\') with an optional DNS subdomain prefix and \'/\' (e.g. \'example.com/MyName\')\n',
      code: 1,
    });
  });

  it.each([
    ['annotate', 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n'],
    ['annotate pod web', 'error: at least one annotation update is required\n'],
    ['annotate pod web a=1 a-', 'error: can not both modify and remove the following annotation(s) in the same command: a\n'],
    ['annotate pod a=1 web', 'error: all resources must be specified before annotation changes: web\n'],
    ['annotate pods a=1', 'error: resource(s) were provided, but no name was specified\n'],
    ['annotate pod web --list -o name', 'error: --list and --output may not be specified together\n'],
    ['annotate pods --all --field-selector metadata.name=web a=1', 'error: cannot set --all and --field-selector at the same time\n'],
    ['annotate pod web a=1 --local', 'error: can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set\n'],
    ['annotate pods web nope a=1 --resource-version=5', 'error: --resource-version may only be used with a single resource\n'],
  ])('%s', async (line, err) => {
    expect(await (await withPods('web')).kubectl(line)).toEqual({ out: '', err, code: 1 });
  });

  it('shows kubectl annotate --help', async () => {
    const r = await setup().kubectl('annotate --help');
    expect(r.out.startsWith('Update the annotations on one or more resources.\n\n All Kubernetes objects support')).toBe(true);
    expect(r.out).toContain('    --field-manager=\'kubectl-annotate\':\n\tName of the manager used to track field ownership.\n');
  });
});

// `kubectl wait` transcripts (kubectl pkg/cmd/wait v1.34: wait.go conditionFuncFor/RunWait,
// condition.go, json.go, delete.go, create.go): waits take simulated time (the harness jumps the
// clock to the next timer), `condition met` lines, one shared --timeout deadline (default 30s) with
// `timed out waiting for the condition on pods/web`, `--timeout=0` checking once, NotFound for
// missing names (ignored by --for=delete) and `no matching resources found` for empty selectors.
import { describe, expect, it } from 'vitest';
import { setup, type Harness } from './helpers';

const NEVER = "--for=jsonpath='{.status.phase}'=Succeeded";

async function running(...names: string[]): Promise<Harness> {
  const h = setup();
  for (const n of names) await h.kubectl(`run ${n} --image=nginx --labels=app=demo`);
  h.advance(20_000);
  return h;
}

describe('kubectl wait', () => {
  it('waits in simulated time for a new pod to become Ready', async () => {
    const h = setup();
    await h.kubectl('run web --image=nginx');
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl('wait --for=condition=Ready pod/web')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    const waited = h.cluster.clock.now() - t0;
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThan(30_000);
    const pod = h.cluster.api.get('Pod', 'default', 'web');
    expect(pod.status?.conditions.find((c: { type: string }) => c.type === 'Ready').status).toBe('True');
  });

  it('returns at once when the condition already holds (names compared case-insensitively)', async () => {
    const h = await running('web');
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl('wait --for=condition=ready pod web --timeout=60s')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    expect(await h.kubectl("wait --for=jsonpath='{.status.phase}'=Running pod/web")).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    expect(await h.kubectl('wait --for=jsonpath=.status.podIP pod/web')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    expect(await h.kubectl(`wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/web`)).toEqual({
      out: 'pod/web condition met\n',
      err: '',
      code: 0,
    });
    expect(h.cluster.clock.now()).toBe(t0);
  });

  it('times out after --timeout (default 30s) with the resource name in the error', async () => {
    const h = await running('web');
    let t0 = h.cluster.clock.now();
    expect(await h.kubectl(`wait ${NEVER} pod/web --timeout=5s`)).toEqual({ out: '', err: 'error: timed out waiting for the condition on pods/web\n', code: 1 });
    expect(h.cluster.clock.now() - t0).toBe(5_000);
    t0 = h.cluster.clock.now();
    expect((await h.kubectl('wait --for=condition=Ready=false pod/web')).err).toBe('error: timed out waiting for the condition on pods/web\n');
    expect(h.cluster.clock.now() - t0).toBe(30_000);
  });

  it('shares one deadline between objects: later ones time out at once', async () => {
    const h = await running('a', 'b');
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl(`wait ${NEVER} pods -l app=demo --timeout=2s`)).toEqual({
      out: '',
      err: 'timed out waiting for the condition on pods/a\ntimed out waiting for the condition on pods/b\n',
      code: 1,
    });
    expect(h.cluster.clock.now() - t0).toBe(2_000);
  });

  it('waits for every object in turn: names, -l and --all', async () => {
    const h = setup();
    await h.kubectl('run a --image=nginx --labels=app=demo');
    await h.kubectl('run b --image=nginx --labels=app=demo');
    expect(await h.kubectl('wait --for=condition=Ready pods -l app=demo')).toEqual({ out: 'pod/a condition met\npod/b condition met\n', err: '', code: 0 });
    expect((await h.kubectl('wait --for=condition=Ready pods --all')).out).toBe('pod/a condition met\npod/b condition met\n');
    expect(await h.kubectl('wait --for=condition=Ready pod a nope b')).toEqual({
      out: 'pod/a condition met\npod/b condition met\n',
      err: 'Error from server (NotFound): pods "nope" not found\n',
      code: 1,
    });
  });

  it('checks once with --timeout=0', async () => {
    const h = await running('web');
    expect(await h.kubectl('wait --for=condition=Ready pod/web --timeout=0')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    expect(await h.kubectl(`wait ${NEVER} pod/web --timeout=0`)).toEqual({ out: '', err: 'error: condition not met for pods/web\n', code: 1 });
    expect(await h.kubectl('wait --for=delete pod/web --timeout=0')).toEqual({ out: '', err: 'error: condition not met for pods/web\n', code: 1 });
  });

  it('reports missing objects and empty selectors', async () => {
    const h = await running('web');
    expect(await h.kubectl('wait --for=condition=Ready pod/nope')).toEqual({ out: '', err: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect(await h.kubectl('wait --for=condition=Ready pods -l app=nope')).toEqual({ out: '', err: 'error: no matching resources found\n', code: 1 });
    expect(await h.kubectl('wait --for=delete pod/nope')).toEqual({ out: '', err: '', code: 0 });
    expect(await h.kubectl('wait --for=delete pods -l app=nope')).toEqual({ out: '', err: '', code: 0 });
  });

  it('waits for a deletion to finish (the pod terminates gracefully)', async () => {
    const h = await running('web');
    await h.kubectl('delete pod web --wait=false');
    expect(h.cluster.api.tryGet('Pod', 'default', 'web')?.metadata.deletionTimestamp).toBeDefined();
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl('wait --for=delete pod/web --timeout=60s')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    expect(h.cluster.clock.now()).toBeGreaterThan(t0);
    expect(h.cluster.api.tryGet('Pod', 'default', 'web')).toBeUndefined();
  });

  it('times out waiting for a deletion that does not happen', async () => {
    const h = await running('web');
    expect(await h.kubectl('wait --for=delete pod/web --timeout=3s')).toEqual({ out: '', err: 'error: timed out waiting for the condition on pods/web\n', code: 1 });
  });

  it('names resources of other groups as kubectl does', async () => {
    const h = setup();
    expect(await h.kubectl('wait --for=condition=Available deployment/coredns -n kube-system')).toEqual({
      out: 'deployment.apps/coredns condition met\n',
      err: '',
      code: 0,
    });
    expect((await h.kubectl('wait --for=condition=Bogus deploy/coredns -n kube-system --timeout=1s')).err).toBe(
      'error: timed out waiting for the condition on deployments/coredns\n',
    );
    expect((await h.kubectl('wait --for=condition=Ready node/node01')).out).toBe('node/node01 condition met\n');
  });

  it('prints the object with -o', async () => {
    const h = await running('web');
    expect(await h.kubectl('wait --for=condition=Ready pod/web -o name')).toEqual({ out: 'pod/web\n', err: '', code: 0 });
    const y = await h.kubectl('wait --for=condition=Ready pod/web -o yaml');
    expect(y.out.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    expect((await h.kubectl('wait --for=condition=Ready pod/web -o jsonpath={.status.phase}')).out).toBe('Running');
  });

  it('waits for an object to be created (--for=create polls every 500ms)', async () => {
    const h = await running('web');
    expect(await h.kubectl('wait --for=create pod/web')).toEqual({ out: 'pod/web condition met\n', err: '', code: 0 });
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl('wait --for=create pod/later --timeout=2s')).toEqual({ out: '', err: 'error: timed out waiting for the condition\n', code: 1 });
    expect(h.cluster.clock.now() - t0).toBe(2_000);

    const r = h.start('wait --for=create configmap/cfg --timeout=10s');
    h.advance(1_200);
    h.cluster.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' } });
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((res) => setImmediate(res));
      h.advance(500);
    }
    expect(await r.done).toBe(0);
    expect(r.out()).toBe('configmap/cfg condition met\n');
  });

  it('stops on Ctrl-C', async () => {
    const h = await running('web');
    const r = h.start(`wait ${NEVER} pod/web`);
    await new Promise<void>((res) => setImmediate(res));
    h.advance(1_000);
    r.abort();
    expect(await r.done).toBe(130);
    expect(r.out()).toBe('');
  });

  it.each([
    ['wait pod/web', 'error: unrecognized condition: ""\n'],
    ['wait pod/web --for=ready', 'error: unrecognized condition: "ready"\n'],
    ['wait --for=condition=Ready', "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"],
    ['wait pods --for=condition=Ready', 'error: resource(s) were provided, but no name was specified\n'],
    ['wait pod/web --for=jsonpath={.status.phase}=', "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3\n"],
    ['wait pod/web --for=jsonpath=a=b=c', "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'\n"],
    ['wait pod/web --for=jsonpath=', 'error: jsonpath expression cannot be empty\n'],
    ['wait pod/web --for=jsonpath={.status.conditions[*].type}=Ready', 'error: given jsonpath expression matches more than one value\n'],
    ['wait pod/web --for=jsonpath={.metadata.labels}=x', 'error: jsonpath leads to a nested object or list which is not supported\n'],
    ['wait pod/web --for=condition=Ready --timeout=abc', 'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl wait --help\' for usage.\n'],
  ])('%s', async (line, err) => {
    expect(await (await running('web')).kubectl(line)).toEqual({ out: '', err, code: 1 });
  });

  it('shows kubectl wait --help', async () => {
    const r = await setup().kubectl('wait --help');
    expect(r.out.startsWith('Experimental: Wait for a specific condition on one or many resources.\n')).toBe(true);
    expect(r.out).toContain("    --timeout=30s:\n\tThe length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.\n");
    expect(r.out).toContain('    -R, --recursive=true:\n');
  });
});

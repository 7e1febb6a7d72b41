// `kubectl get` transcripts on the default two-node cluster (seed 1). Formats checked against
// kubectl's get.go/tableprinter.go (3-space padding, no header without rows, `No resources found in
// <ns> namespace.` on stderr, kind prefixes and blank lines between tables for several types) and
// the kubernetes.io kubectl reference; exact texts of errors from kubectl's cmdutil/helpers.go.
import { beforeAll, describe, expect, it } from 'vitest';
import { translateTimestampSince } from '../../../../src/engine/api/printers/duration';
import { setup, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = setup();
  await h.kubectl('run web --image=nginx');
  h.advance(20_000);
});

describe('kubectl get: tables', () => {
  it('lists pods with -o wide after they start (kubectl run, 20 s later)', async () => {
    expect(await h.kubectl('get pods -o wide')).toEqual({
      out:
        'NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'web    1/1     Running   0          20s   10.244.1.4   node01   <none>           <none>\n',
      err: '',
      code: 0,
    });
  });

  it('puts NAMESPACE first with -A and sorts by namespace, then name', async () => {
    const r = await h.kubectl('get pods -A');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE');
    expect(lines[1]).toBe('default       web                                        1/1     Running   0          20s');
    expect(lines[2]).toMatch(/^kube-system   calico-kube-controllers-[a-z0-9]+-[a-z0-9]{5}   1\/1     Running   0          \d+d(\d+h)?$/);
    expect(lines.at(-1)).toBe('');
    expect(r.err).toBe('');
  });

  it('prints nothing on stdout and "No resources found" on stderr for an empty list', async () => {
    expect(await h.kubectl('get pods -n kube-public')).toEqual({ out: '', err: 'No resources found in kube-public namespace.\n', code: 0 });
    expect(await h.kubectl('get deploy')).toEqual({ out: '', err: 'No resources found in default namespace.\n', code: 0 });
    // Cluster-scoped kinds and -A have no namespace in the message.
    expect(await h.kubectl('get nodes -l nope')).toEqual({ out: '', err: 'No resources found\n', code: 0 });
    expect(await h.kubectl('get pods -A -l nope')).toEqual({ out: '', err: 'No resources found\n', code: 0 });
  });

  it('shows cluster-scoped kinds without a namespace column even with -A', async () => {
    // The ages come from the bootstrap; the layout is what is checked (widths from the widest cell).
    const age = (n: string) => translateTimestampSince(h.cluster.api.get('Node', undefined, n).metadata.creationTimestamp, h.cluster.clock.now());
    const w = Math.max(3, age('controlplane').length, age('node01').length) + 3;
    expect((await h.kubectl('get nodes -A')).out).toBe(
      `NAME           STATUS   ROLES           ${'AGE'.padEnd(w)}VERSION\n` +
        `controlplane   Ready    control-plane   ${age('controlplane').padEnd(w)}v1.34.1\n` +
        `node01         Ready    <none>          ${age('node01').padEnd(w)}v1.34.1\n`,
    );
  });

  it('prints found objects, then one NotFound error per missing name (exit 1)', async () => {
    expect(await h.kubectl('get pod web nope')).toEqual({
      out: 'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          20s\n',
      err: 'Error from server (NotFound): pods "nope" not found\n',
      code: 1,
    });
    expect(await h.kubectl('get pods a b')).toEqual({
      out: '',
      err: 'Error from server (NotFound): pods "a" not found\nError from server (NotFound): pods "b" not found\n',
      code: 1,
    });
    expect(await h.kubectl('get deployment web')).toEqual({ out: '', err: 'Error from server (NotFound): deployments.apps "web" not found\n', code: 1 });
    expect(await h.kubectl('get pod nope --ignore-not-found')).toEqual({ out: '', err: '', code: 0 });
  });

  it('prefixes names with the kind and separates tables when several types are asked for', async () => {
    expect((await h.kubectl('get pods,services')).out).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE\n' +
        'pod/web   1/1     Running   0          20s\n' +
        '\n' +
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   3d\n',
    );
    // `all` expands to the category, in discovery order (pods, services, then apps kinds).
    expect((await h.kubectl('get all')).out).toBe(
      'NAME      READY   STATUS    RESTARTS   AGE\n' +
        'pod/web   1/1     Running   0          20s\n' +
        '\n' +
        'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   3d\n',
    );
    // --no-headers: no header lines and no blank line between the groups.
    expect((await h.kubectl('get pod/web svc/kubernetes --no-headers')).out).toBe(
      'pod/web   1/1   Running   0     20s\n' + 'service/kubernetes   ClusterIP   10.96.0.1   <none>   443/TCP   3d\n',
    );
  });

  it('adds label columns (-L, --show-labels)', async () => {
    expect((await h.kubectl('get pods --show-labels')).out).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   LABELS\nweb    1/1     Running   0          20s   run=web\n',
    );
    expect((await h.kubectl('get pods -L run,app.kubernetes.io/name')).out).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   RUN   NAME\nweb    1/1     Running   0          20s   web   \n',
    );
  });

  it('filters by label and field selectors and sorts with --sort-by', async () => {
    expect((await h.kubectl('get pods -l run=web --no-headers')).out).toBe('web   1/1   Running   0     20s\n');
    const sorted = (await h.kubectl('get pods -A --field-selector spec.nodeName=controlplane -o name --sort-by=.metadata.name')).out;
    expect(sorted).toBe(
      [
        'calico-kube-controllers-65c54689cb-nm64n',
        'canal-g48qg',
        'etcd-controlplane',
        'kube-apiserver-controlplane',
        'kube-controller-manager-controlplane',
        'kube-proxy-qsrw6',
        'kube-scheduler-controlplane',
      ]
        .map((n) => `pod/${n}\n`)
        .join(''),
    );
    // Numbers sort by value, strings in natural order; objects without the field come first.
    const byNode = (await h.kubectl('get pods -A -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName --sort-by=.spec.nodeName --no-headers')).out;
    expect(byNode.split('\n')[0]).toMatch(/^calico-kube-controllers-\S+\s+controlplane$/);
    const nodes = byNode.trimEnd().split('\n').map((l) => l.split(/\s+/)[1]);
    expect(nodes).toEqual([...nodes].sort());
    // The sort is stable: node01's pods keep the list order (default/web before kube-system).
    expect(byNode.split('\n')[nodes.lastIndexOf('controlplane') + 1]).toMatch(/^web\s+node01$/);
  });
});

describe('kubectl get: other formats', () => {
  it('prints -o name', async () => {
    expect((await h.kubectl('get pods -o name')).out).toBe('pod/web\n');
    expect((await h.kubectl('get svc,pods -o name')).out).toBe('service/kubernetes\npod/web\n');
  });

  it('prints one object bare and several (or none) as a List', async () => {
    const one = (await h.kubectl('get pod web -o yaml')).out;
    expect(one.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    const list = (await h.kubectl('get pods -o yaml')).out;
    expect(list.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n')).toBe(true);
    expect(list.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
    expect(await h.kubectl('get deploy -o yaml')).toEqual({
      out: 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
      err: '',
      code: 0,
    });
    expect((await h.kubectl('get deploy -o json')).out).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
  });

  it('evaluates jsonpath (no newline added) and custom columns', async () => {
    expect((await h.kubectl("get pods -o jsonpath='{.items[*].metadata.name}'")).out).toBe('web');
    expect((await h.kubectl("get pod web -o jsonpath='{.spec.containers[0].image}{\"\\n\"}'")).out).toBe('nginx\n');
    expect((await h.kubectl('get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,X:.nope')).out).toBe(
      'NAME   NODE     X\nweb    node01   <none>\n',
    );
  });
});

describe('kubectl get: errors', () => {
  it('asks for a resource type', async () => {
    expect(await h.kubectl('get')).toEqual({
      out: '',
      err:
        'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\n' +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
      code: 1,
    });
  });

  it.each([
    ['get foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    ['get pods,foo', 'error: the server doesn\'t have a resource type "foo"\n'],
    [
      'get pods pod/web',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    ],
    ['get pod web -l run=web', 'error: name cannot be provided when a selector is specified\n'],
    [
      'get pods -o wid',
      'error: unable to match a printer suitable for the output format "wid", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    ],
    ['get pods -n nope', 'No resources found in nope namespace.\n'],
  ])('%s', async (line, err) => {
    const r = await h.kubectl(line);
    expect(r.err).toBe(err);
    expect(r.out).toBe('');
  });

  it('reports unknown flags the kubectl way', async () => {
    expect(await h.kubectl('get pods --foo')).toEqual({ out: '', err: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n", code: 1 });
  });
});

describe('kubectl get: namespaces from the kubeconfig', () => {
  it('uses the current context namespace when ~/.kube/config sets one, -n over it', async () => {
    const k = setup({
      files: {
        '/root/.kube/config':
          'apiVersion: v1\nkind: Config\ncurrent-context: admin\ncontexts:\n- name: admin\n  context:\n    cluster: kubernetes\n    namespace: kube-public\nclusters:\n- name: kubernetes\n  cluster:\n    server: https://172.30.1.2:6443\n',
      },
    });
    expect((await k.kubectl('get pods')).err).toBe('No resources found in kube-public namespace.\n');
    expect((await k.kubectl('get pods -n default')).err).toBe('No resources found in default namespace.\n');
    expect(await k.kubectl('get pods --context nope')).toEqual({ out: '', err: 'error: context was not found for specified context: nope\n', code: 1 });
    expect(await k.kubectl('get pods --kubeconfig /tmp/none')).toEqual({ out: '', err: 'error: stat /tmp/none: no such file or directory\n', code: 1 });
  });
});

describe('kubectl get events', () => {
  it('uses the Event columns and lists events in name order (object, then time), as etcd returns them', async () => {
    const r = await h.kubectl('get events --field-selector involvedObject.name=web');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN   TYPE     REASON +OBJECT    MESSAGE$/);
    expect(lines[1]).toMatch(/^20s         Normal   Scheduled +pod\/web   Successfully assigned default\/web to node01$/);
    expect(lines.map((l) => l.split(/\s+/)[2]).slice(1)).toEqual(expect.arrayContaining(['Pulling', 'Pulled', 'Created', 'Started']));
    const wide = (await h.kubectl('get events -o wide --field-selector reason=Scheduled,involvedObject.name=web')).out.split('\n');
    expect(wide[0]).toMatch(/^LAST SEEN   TYPE     REASON      OBJECT    SUBOBJECT   SOURCE +MESSAGE +FIRST SEEN   COUNT   NAME$/);
  });
});

// `kubectl run` (kubectl pkg/cmd/run): the generated pod (label run=NAME, container NAME,
// resources {}, dnsPolicy ClusterFirst — the v1.34 `--dry-run=client -o yaml` output has no
// creationTimestamp), `--expose` printing the Service first, and the validation errors.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('kubectl run', () => {
  it('creates a pod labelled run=NAME', async () => {
    const h = setup();
    expect(await h.kubectl('run web --image=nginx')).toEqual({ out: 'pod/web created\n', err: '', code: 0 });
    const pod = h.cluster.api.get('Pod', 'default', 'web');
    expect(pod.metadata.labels).toEqual({ run: 'web' });
    expect(pod.spec.containers[0]).toMatchObject({ name: 'web', image: 'nginx' });
    expect(await h.kubectl('run web --image=nginx')).toEqual({ out: '', err: 'Error from server (AlreadyExists): pods "web" already exists\n', code: 1 });
  });

  it('applies --overrides as a JSON merge patch over the generated pod', async () => {
    const h = setup();
    const o = JSON.stringify({ metadata: { labels: { tier: 'web' } }, spec: { containers: [{ name: 'big', image: 'nginx', resources: { requests: { cpu: '100' } } }] } });
    expect(await h.kubectl(`run big --image=nginx '--overrides=${o}'`)).toEqual({ out: 'pod/big created\n', err: '', code: 0 });
    const pod = h.cluster.api.get('Pod', 'default', 'big');
    expect(pod.metadata.labels).toEqual({ run: 'big', tier: 'web' });
    expect(pod.spec.containers).toHaveLength(1);
    expect(pod.spec.containers[0].resources).toEqual({ requests: { cpu: '100' } });
    expect(await h.kubectl("run x --image=nginx '--overrides={bad'")).toEqual({ out: '', err: 'error: Invalid JSON Patch\n', code: 1 });
  });

  it('prints the pod it would create with --dry-run=client -o yaml', async () => {
    const h = setup();
    expect((await h.kubectl('run web --image=nginx --dry-run=client -o yaml')).out).toBe(
      `apiVersion: v1
kind: Pod
metadata:
  labels:
    run: web
  name: web
spec:
  containers:
  - image: nginx
    name: web
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`,
    );
    expect(
      (await h.kubectl('run bb --image=busybox --port=8080 --env=A=1 --labels=app=bb,tier=x --restart=Never --dry-run=client -o yaml --command -- sh -c "sleep 10"')).out,
    ).toBe(
      `apiVersion: v1
kind: Pod
metadata:
  labels:
    app: bb
    tier: x
  name: bb
spec:
  containers:
  - command:
    - sh
    - -c
    - sleep 10
    env:
    - name: A
      value: "1"
    image: busybox
    name: bb
    ports:
    - containerPort: 8080
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`,
    );
    expect(await h.kubectl('run web --image=nginx --dry-run=client')).toEqual({ out: 'pod/web created (dry run)\n', err: '', code: 0 });
    expect(await h.kubectl('run web --image=nginx --dry-run=server')).toEqual({ out: 'pod/web created (server dry run)\n', err: '', code: 0 });
    expect(h.cluster.api.tryGet('Pod', 'default', 'web')).toBeUndefined();
  });

  it('creates a service first with --expose', async () => {
    const h = setup();
    expect(await h.kubectl('run web --image=nginx --port=80 --expose')).toEqual({ out: 'service/web created\npod/web created\n', err: '', code: 0 });
    expect(h.cluster.api.get('Service', 'default', 'web').spec).toMatchObject({ selector: { run: 'web' }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] });
  });

  it.each([
    ['run web', 'error: required flag(s) "image" not set\n'],
    ['run --image=nginx', "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n"],
    ['run web --image=Nginx', 'error: Invalid image name "Nginx": invalid reference format\n'],
    ['run web --image=nginx --restart=Sometimes', 'error: invalid restart policy: Sometimes\n'],
    ['run web --image=nginx --dry-run=maybe', 'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n'],
    [
      'run web --image=nginx -o wide',
      'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    ],
    [
      // Two causes: kubectl's MultilineError puts them under a prefix line ending in ": ".
      'run My_Pod --image=nginx',
      'The Pod "My_Pod" is invalid: \n' +
        '* metadata.name: Invalid value: "My_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')\n' +
        '* spec.containers[0].name: Invalid value: "My_Pod": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', and must start and end with an alphanumeric character (e.g. \'my-name\',  or \'123-abc\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?\')\n',
    ],
  ])('%s', async (line, err) => {
    expect(await setup().kubectl(line)).toEqual({ out: '', err, code: 1 });
  });

  it('attaches with -i and removes the pod with --rm', async () => {
    const h = setup();
    expect(await h.kubectl('run t -i --rm --image=busybox --restart=Never -- echo hello')).toEqual({
      out: 'hello\npod "t" deleted from default namespace\n',
      err: '',
      code: 0,
    });
    expect(h.cluster.api.tryGet('Pod', 'default', 't')).toBeUndefined();
  });
});

// A misspelt field is rejected by the API server's strict decoding, as kubectl v1.34 prints it, and
// nothing is created.
import { describe, expect, it } from 'vitest';
import { run, sandbox } from '../helpers/sandbox';

const manifest = (specKey: string) => `cat > rs.yaml <<'EOF'
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: frontend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    ${specKey}:
      containers:
      - name: nginx
        image: nginx
EOF`;

describe('strict decoding', () => {
  it('rejects a ReplicaSet with specs: instead of spec:, and creates nothing', async () => {
    const sb = await sandbox();
    await run(sb, manifest('specs'));
    const r = await run(sb, 'kubectl apply -f rs.yaml');
    expect(r).toMatchObject({
      out: '',
      err: 'Error from server (BadRequest): error when creating "rs.yaml": ReplicaSet in version "v1" cannot be handled as a ReplicaSet: strict decoding error: unknown field "spec.template.specs"\n',
      code: 1,
    });
    expect((await run(sb, 'kubectl get rs')).err).toBe('No resources found in default namespace.\n');
    await run(sb, manifest('spec'));
    expect((await run(sb, 'kubectl apply -f rs.yaml')).out).toBe('replicaset.apps/frontend created\n');
  });

  it('rejects a Pod with a misspelt container field, and reports several in one line', async () => {
    const sb = await sandbox();
    const r = await run(sb, `kubectl create -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    imagee: nginx
    prots: []
EOF`);
    expect(r.err).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee", unknown field "spec.containers[0].prots"\n',
    );
    expect(r.code).toBe(1);
    expect((await run(sb, 'kubectl get pod web')).err).toBe('Error from server (NotFound): pods "web" not found\n');
  });
});

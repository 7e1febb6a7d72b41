import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateTyped, readPath, type CheckView } from '../../src/course/check';
import { World } from '../../src/engine/world';
import { historyView } from '../../src/sandbox/history-view';

function view(history: string[] = []): { w: World; v: () => CheckView } {
  const w = new World({ seed: 3 });
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  return { w, v: () => historyView(w.api, history) };
}

const pod = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
});

describe('evaluateCondition', () => {
  it('says what is missing for get/expect, and passes once the object matches', () => {
    const { w, v } = view();
    expect(evaluateCondition({ get: 'pod/web', expect: { 'spec.containers[0].image': 'nginx' } }, v())).toEqual({ ok: false, missing: 'pod/web does not exist yet' });
    w.api.create(pod('web'));
    expect(evaluateCondition({ get: 'po/web', expect: { 'status.phase': 'Running' } }, v())).toEqual({ ok: false, missing: 'pod/web: status.phase is "Pending", expected "Running"' });
    expect(evaluateCondition({ get: 'pods/web', expect: { 'spec.containers[0].image': 'nginx' } }, v())).toEqual({ ok: true });
    expect(evaluateCondition({ get: 'pod/web', expect: { 'metadata.labels.app': { exists: false } } }, v())).toEqual({ ok: true });
  });

  it('uses the author message, with the detail in brackets', () => {
    const { w, v } = view();
    w.api.create(pod('web'));
    expect(evaluateCondition({ get: 'pod/web', expect: { 'spec.containers[0].image': 'redis' }, message: 'Use redis.' }, v())).toEqual({
      ok: false,
      missing: 'Use redis. (pod/web: spec.containers[0].image is "nginx", expected "redis")',
    });
  });

  it('counts objects by selector and checks absence', () => {
    const { w, v } = view();
    w.api.create(pod('a', { app: 'shop' }));
    w.api.create(pod('b', { app: 'shop' }));
    w.api.create(pod('c', { app: 'other' }));
    expect(evaluateCondition({ count: 'pods', selector: 'app=shop', equals: 2 }, v())).toEqual({ ok: true });
    expect(evaluateCondition({ count: 'pods', selector: 'app=shop', min: 3 }, v())).toEqual({ ok: false, missing: 'expected at least 3 pods with labels app=shop in namespace default, found 2' });
    expect(evaluateCondition({ absent: 'pod/c' }, v())).toEqual({ ok: false, missing: 'pod/c still exists' });
    expect(evaluateCondition({ absent: 'pod/zzz' }, v())).toEqual({ ok: true });
  });

  it('matches command history by words (k = kubectl) or by /regex/', () => {
    const { v } = view();
    const h = historyView(new World().api, ['k logs web --tail 5', 'echo hi | kubectl describe pod web']);
    expect(evaluateCondition({ ran: 'kubectl logs web' }, h)).toEqual({ ok: true });
    expect(evaluateCondition({ ran: 'kubectl describe pod' }, h)).toEqual({ ok: true });
    expect(evaluateCondition({ ran: '/get\\s+pods/' }, h)).toEqual({ ok: false, missing: 'run `/get\\s+pods/`' });
    expect(evaluateCondition({ script: 'true' }, v())).toEqual({ script: 'true' });
  });

  it('evaluateTyped collects every missing thing', () => {
    const { v } = view();
    expect(evaluateTyped([{ get: 'pod/a' }, { ran: 'kubectl get' }], v())).toEqual({ ok: false, missing: ['pod/a does not exist yet', 'run `kubectl get`'] });
  });

  it('readPath reads dotted paths, indices and quoted keys', () => {
    const o = { metadata: { labels: { 'app.kubernetes.io/name': 'x' } }, spec: { c: [{ i: 'n' }] } };
    expect(readPath(o, "metadata.labels['app.kubernetes.io/name']")).toBe('x');
    expect(readPath(o, 'spec.c[0].i')).toBe('n');
    expect(readPath(o, 'spec.c[3].i')).toBeUndefined();
  });
});

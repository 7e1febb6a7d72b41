// Strict decoding through the API server: unknown fields and type errors become 400 BadRequest with
// the API server's wording (fidelity.md §1.13).
import { describe, expect, it } from 'vitest';
import { k8sSchemaCheck } from '../../../src/engine/api/schema-check';
import { World } from '../../../src/engine/world';

function world() {
  const w = new World({ seed: 1, schema: k8sSchemaCheck });
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  return w;
}

describe('k8sSchemaCheck', () => {
  it('rejects unknown fields with a strict decoding error', () => {
    const w = world();
    expect(() =>
      w.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', imagee: 'nginx' }] } }),
    ).toThrowError('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"');
  });

  it('rejects wrong types', () => {
    const w = world();
    expect(() =>
      w.api.create({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 'three' } }),
    ).toThrowError(/^Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.replicas of type int32$/);
  });

  it('accepts valid objects and leaves unknown kinds alone', () => {
    expect(k8sSchemaCheck({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } }, 'v1', 'ConfigMap')).toEqual({ unknownFields: [] });
    expect(k8sSchemaCheck({ anything: 1 }, 'example.com/v1', 'Widget')).toBeUndefined();
  });
});

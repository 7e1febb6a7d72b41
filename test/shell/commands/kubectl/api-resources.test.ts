// `kubectl api-resources` (kubectl pkg/cmd/apiresources): the registered kinds sorted by group
// (core first), comma-joined VERBS and CATEGORIES with -o wide, `-o name`, and the filters.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const h = setup();

describe('kubectl api-resources', () => {
  it('prints the registered resources', async () => {
    const r = await h.kubectl('api-resources');
    const lines = r.out.split('\n');
    // Column widths follow the registered kinds (the registry grows), so rows are matched loosely.
    expect(lines[0]).toMatch(/^NAME {3,}SHORTNAMES   APIVERSION   NAMESPACED   KIND$/);
    const pods = lines.findIndex((l) => /^pods {3,}po {11}v1 {11}true {9}Pod$/.test(l));
    const deploy = lines.findIndex((l) => /^deployments {3,}deploy {7}apps\/v1 {6}true {9}Deployment$/.test(l));
    const secrets = lines.findIndex((l) => /^secrets {16,}v1 {11}true {9}Secret$/.test(l));
    expect(pods).toBeGreaterThan(0);
    expect(secrets).toBeGreaterThan(pods);
    expect(deploy).toBeGreaterThan(secrets);
  });

  it('filters and prints names', async () => {
    expect((await h.kubectl('api-resources --namespaced=false -o name')).out).toMatch(/^namespaces\nnodes\n/);
    expect((await h.kubectl('api-resources --api-group=apps -o name')).out).toContain('deployments.apps\n');
    const wide = (await h.kubectl('api-resources -o wide --api-group=apps --sort-by=kind')).out.split('\n');
    expect(wide[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND\s+VERBS\s+CATEGORIES$/);
    expect(wide.find((l) => l.startsWith('deployments'))).toMatch(/Deployment\s+create,delete,deletecollection,get,list,patch,update,watch\s+all$/);
  });

  it('rejects unknown output and sort fields', async () => {
    expect((await h.kubectl('api-resources -o yaml')).err).toBe('error: --output yaml is not available\n');
    expect((await h.kubectl('api-resources --sort-by=x')).err).toBe('error: --sort-by accepts only name or kind\n');
  });
});

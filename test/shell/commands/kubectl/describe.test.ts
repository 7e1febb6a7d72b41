// `kubectl describe` as a command (kubectl pkg/cmd/describe): which objects are described and how
// they are joined (two blank lines between objects, as real multi-object output shows), name
// prefixes, selectors and the errors. The describer texts themselves are tested in describe/.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeObject } from '../../../../src/shell/commands/kubectl/describe/index';
import { setup, type Harness } from './helpers';

let h: Harness;
const text = (name: string) => describeObject({ api: h.cluster.api, now: h.cluster.clock.now() }, h.cluster.api.get('Pod', 'default', name));

beforeAll(async () => {
  h = setup();
  await h.kubectl('run web-1 --image=nginx --labels=app=web');
  await h.kubectl('run web-2 --image=nginx --labels=app=web');
  await h.kubectl('run db --image=redis');
  h.advance(20_000);
});

describe('kubectl describe', () => {
  it('describes one pod by name and by TYPE/NAME', async () => {
    expect(await h.kubectl('describe pod db')).toEqual({ out: text('db'), err: '', code: 0 });
    expect((await h.kubectl('describe pods/db')).out).toBe(text('db'));
    expect(text('db')).toMatch(/^Name:\s+db\nNamespace:\s+default\n/);
  });

  it('joins several objects with two blank lines', async () => {
    expect((await h.kubectl('describe pods -l app=web')).out).toBe(`${text('web-1')}\n\n${text('web-2')}`);
    expect((await h.kubectl('describe pods')).out).toBe(`${text('db')}\n\n${text('web-1')}\n\n${text('web-2')}`);
  });

  it('falls back to a name prefix, each match followed by a blank line', async () => {
    expect((await h.kubectl('describe pod web')).out).toBe(`${text('web-1')}\n${text('web-2')}\n`);
  });

  it('describes nodes', async () => {
    expect((await h.kubectl('describe node node01')).out).toMatch(/^Name:\s+node01\nRoles:\s+<none>\n/);
  });

  it('reports missing objects and empty selections', async () => {
    expect(await h.kubectl('describe pod nope')).toEqual({ out: '', err: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect(await h.kubectl('describe pods -l app=none')).toEqual({ out: '', err: 'No resources found in default namespace.\n', code: 0 });
    expect(await h.kubectl('describe')).toEqual({
      out: '',
      err: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      code: 1,
    });
  });
});

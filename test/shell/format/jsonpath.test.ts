// Vectors from kubernetes/client-go util/jsonpath/jsonpath_test.go, on JSON data (what kubectl
// feeds the engine). Where the Go test used structs (whose fields keep declaration order) the data
// here is maps, whose keys kubectl prints sorted; such expectations are adjusted and marked.
import { describe, it, expect } from 'vitest';
import { executeJsonPath, parseJsonPath, JsonPathError } from '../../../src/shell/format/jsonpath';

const run = (tmpl: string, data: unknown, allowMissingKeys = true): string => executeJsonPath(tmpl, data, { allowMissingKeys });
const detail = (tmpl: string, data: unknown, allowMissingKeys = true): string => {
  try {
    run(tmpl, data, allowMissingKeys);
  } catch (e) {
    if (e instanceof JsonPathError) return e.detail;
    throw e;
  }
  return 'nil';
};

const types = {
  bools: [true, false, true, false],
  integers: [1, 2, 3, 4],
  floats: [1.0, 2.2, 3.3, 4.0],
  strings: ['one', 'two', 'three', 'four'],
  interfaces: [true, 'one', 1, 1.1],
  maps: [
    { name: 'one', value: 1 },
    { name: 'two', value: 2.02 },
    { name: 'three', value: 3.03 },
    { name: 'four', value: 4.04 },
  ],
};

describe('TestTypesInput', () => {
  const cases: [string, string][] = [
    ['{ .bools }', '[true,false,true,false]'],
    ['{ .bools[0] }', 'true'],
    ['{ .bools[-1] }', 'false'],
    ['{ .bools[0:2] }', 'true false'],
    ['{ .bools[:2] }', 'true false'],
    ['{ .bools[:4:2] }', 'true true'],
    ['{ .integers }', '[1,2,3,4]'],
    ['{ .integers[-2] }', '3'],
    ['{ .integers[:4:2] }', '1 3'],
    ['{ .floats }', '[1,2.2,3.3,4]'],
    ['{ .floats[0] }', '1'],
    ['{ .floats[-2] }', '3.3'],
    ['{ .floats[:4:2] }', '1 3.3'],
    ['{ .strings }', '["one","two","three","four"]'],
    ['{ .strings[-2] }', 'three'],
    ['{ .strings[:4:2] }', 'one three'],
    ['{ .interfaces }', '[true,"one",1,1.1]'],
    ['{ .interfaces[0:2] }', 'true one'],
    ['{ .interfaces[:4:2] }', 'true 1'],
    ['{ .maps }', '[{"name":"one","value":1},{"name":"two","value":2.02},{"name":"three","value":3.03},{"name":"four","value":4.04}]'],
    ['{ .maps[-2] }', '{"name":"three","value":3.03}'],
    ['{ .maps[::2] }', '{"name":"one","value":1} {"name":"three","value":3.03}'],
    ['{ .maps[1::2] }', '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
  ];
  it.each(cases)('%s → %s', (tmpl, want) => {
    expect(run(tmpl, types, false)).toBe(want);
  });
});

const store = {
  Name: 'jsonpath',
  Book: [
    { Category: 'reference', Author: 'Nigel Rees', Title: 'Sayings of the Centurey', Price: 8.95 },
    { Category: 'fiction', Author: 'Evelyn Waugh', Title: 'Sword of Honour', Price: 12.99 },
    { Category: 'fiction', Author: 'Herman Melville', Title: 'Moby Dick', Price: 8.99 },
  ],
  Bicycle: [
    { Color: 'red', Price: 19.95, IsNew: true },
    { Color: 'green', Price: 20.01, IsNew: false },
  ],
  Labels: { engieer: 10, 'web/html': 15, 'k8s-app': 20 },
  Employees: { jason: 'manager', dan: 'clerk' },
};

describe('TestStructInput', () => {
  const cases: [string, string, unknown, string][] = [
    ['plain', 'hello jsonpath', null, 'hello jsonpath'],
    ['recursive', '{..}', [1, 2, 3], '[1,2,3]'],
    ['filter', '{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
    ['quote', '{"{"}', null, '{'],
    ['union', '{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
    ['array', '{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
    ['variable', 'hello {.Name}', store, 'hello jsonpath'],
    ['dict/', '{$.Labels.web/html}', store, '15'],
    ['dict/', '{$.Employees.jason}', store, 'manager'],
    ['dict/', '{$.Employees.dan}', store, 'clerk'],
    ['dict-', '{.Labels.k8s-app}', store, '20'],
    ['nest', '{.Bicycle[*].Color}', store, 'red green'],
    ['allarray', '{.Book[*].Author}', store, 'Nigel Rees Evelyn Waugh Herman Melville'],
    // map keys print sorted (Color, IsNew, Price) where Go's struct kept Color, Price, IsNew
    ['allfields', '{range .Bicycle[*]}{ "{" }{ @.* }{ "} " }{end}', store, '{red true 19.95} {green false 20.01} '],
    // sorted keys visit Bicycle before Book
    ['recurfields', '{..Price}', store, '19.95 20.01 8.95 12.99 8.99'],
    ['recurdotfields', '{...Price}', store, '19.95 20.01 8.95 12.99 8.99'],
    ['allstructsSlice', '{.Bicycle}', store, '[{"Color":"red","IsNew":true,"Price":19.95},{"Color":"green","IsNew":false,"Price":20.01}]'],
    ['allstructs', '{range .Bicycle[*]}{ @ }{ " " }{end}', store, '{"Color":"red","IsNew":true,"Price":19.95} {"Color":"green","IsNew":false,"Price":20.01} '],
    ['lastarray', '{.Book[-1:]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
    ['recurarray', '{..Book[2]}', store, '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}'],
    ['bool', '{.Bicycle[?(@.IsNew==true)]}', store, '{"Color":"red","IsNew":true,"Price":19.95}'],
  ];
  it.each(cases)('%s: %s', (_name, tmpl, data, want) => {
    expect(run(tmpl, data, false)).toBe(want);
  });

  it('rejects multiple recursive descents while parsing', () => {
    expect(() => parseJsonPath('{............................................................Price}')).toThrow(
      'error parsing jsonpath {............................................................Price}, invalid multiple recursive descent',
    );
  });

  it('prints nothing for missing keys when they are allowed', () => {
    expect(run('{.hello}', store)).toBe('');
    expect(run('before-{.hello}after', store)).toBe('before-after');
  });

  it('reports client-go execution errors', () => {
    expect(detail('{hello}', store, false)).toBe('unrecognized identifier hello');
    expect(detail('{.hello}', store, false)).toBe('hello is not found');
    expect(detail('{.Labels[0]}', store, false)).toBe('map[string]interface {} is not array or slice');
    expect(detail('{.Book[?(@.Price<>10)]}', store, false)).toBe('unrecognized filter operator <>');
    expect(detail('{range .Labels.*}{@}{end}{end}', store, false)).toBe('not in range, nothing to end');
  });

  it('has no regular expressions: =~ is not an operator (upstream kubectl)', () => {
    expect(() => parseJsonPath("{.Bicycle[?(@.Color=~'.*ed.*')]}")).toThrow("unrecognized character in action: U+007E '~'");
  });
});

describe('TestJSONInput', () => {
  const points = [
    { id: 'i1', x: 4, y: -5 },
    { id: 'i2', x: -2, y: -5, z: 1 },
    { id: 'i3', x: 8, y: 3 },
    { id: 'i4', x: -6, y: -1 },
    { id: 'i5', x: 0, y: 2, z: 1 },
    { id: 'i6', x: 1, y: 4 },
  ];
  it('filters on existence and reads bracketed keys', () => {
    expect(run('{[?(@.z)].id}', points, false)).toBe('i2 i5');
    expect(run("{[0]['id']}", points, false)).toBe('i1');
  });
});

const nodes = {
  kind: 'List',
  items: [
    {
      kind: 'None',
      metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] },
    },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: {
        capacity: { cpu: '8' },
        ready: false,
        addresses: [
          { type: 'LegacyHostIP', address: '127.0.0.2' },
          { type: 'another', address: '127.0.0.3' },
        ],
      },
    },
  ],
  users: [
    { name: 'myself', user: {} },
    { name: 'e2e', user: { username: 'admin', password: 'secret' } },
  ],
};

describe('TestKubernetes', () => {
  const cases: [string, string][] = [
    ['{range .items[*]}{.metadata.name}, {end}{.kind}', '127.0.0.1, 127.0.0.2, List'],
    ['{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['{.items[*].status.addresses[*].address}', '127.0.0.1 127.0.0.2 127.0.0.3'],
    ['{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}', '127.0.0.1, 127.0.0.2, 127.0.0.3, '],
    ['{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    ["{.items[*]['metadata.name', 'status.capacity']}", '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}'],
    ['{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}', '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] '],
    ['{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
    ['{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', 'None'],
    ['{.items[?(@..ready==true)].metadata.name}', '127.0.0.1'],
    ['{..name}', '127.0.0.1 127.0.0.2 myself e2e'],
  ];
  it.each(cases)('%s', (tmpl, want) => {
    expect(run(tmpl, nodes, false)).toBe(want);
  });
});

describe('ranges', () => {
  it('skips empty ranges, nested or not', () => {
    const empty = { items: [] };
    expect(run('{range .items[*]}{.metadata.name}{end}', empty)).toBe('');
    expect(run('{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', empty)).toBe('');
  });

  const data = {
    items: [
      { metadata: { name: 'pod1' }, spec: { containers: [{ name: 'foo', another: [{ name: 'value1' }, { name: 'value2' }] }, { name: 'bar', another: [{ name: 'value1' }, { name: 'value2' }] }] } },
      { metadata: { name: 'pod2' }, spec: { containers: [{ name: 'baz', another: [{ name: 'value1' }, { name: 'value2' }] }] } },
    ],
  };
  it('nests ranges (TestNestedRanges)', () => {
    expect(run('{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', data, false)).toBe('pod1:foo,bar,+pod2:baz,+');
    expect(
      run('{range .items[*]}{.metadata.name}{"~"}{range @.spec.containers[*]}{.name}{":"}{range @.another[*]}{.name}{","}{end}{"+"}{end}{"#"}{end}', data, false),
    ).toBe('pod1~foo:value1,value2,+bar:value1,value2,+#pod2~baz:value1,value2,+#');
    expect(
      run('{range .items[*]}{.metadata.name}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\n"}{end}', data, false),
    ).toBe('pod1\tfoo bar \tfoo bar \npod2\tbaz \tbaz \n');
  });

  it('filters inside a range (TestRunningPodsJSONPathOutput)', () => {
    const pods = {
      kind: 'List',
      items: [
        { kind: 'Pod', metadata: { name: 'pod1' }, status: { phase: 'Running' } },
        { kind: 'Pod', metadata: { name: 'pod2' }, status: { phase: 'Running' } },
        { kind: 'Pod', metadata: { name: 'pod3' }, status: { phase: 'Running' } },
        { resourceVersion: '' },
      ],
    };
    expect(run('{range .items[?(.status.phase=="Running")]}{.metadata.name}{" is Running\\n"}{end}', pods)).toBe(
      'pod1 is Running\npod2 is Running\npod3 is Running\n',
    );
  });
});

describe('filters with missing keys (TestFilterPartialMatchesSometimesMissingAnnotations)', () => {
  const data = {
    kind: 'List',
    items: [
      { kind: 'Pod', metadata: { name: 'pod1', annotations: { color: 'blue' } } },
      { kind: 'Pod', metadata: { name: 'pod2' } },
      { kind: 'Pod', metadata: { name: 'pod3', annotations: { color: 'green' } } },
      { kind: 'Pod', metadata: { name: 'pod4', annotations: { color: 'blue' } } },
    ],
  };
  const tmpl = '{.items[?(@.metadata.annotations.color=="blue")].metadata.name}';
  it('matches a subset when missing keys are allowed', () => expect(run(tmpl, data)).toBe('pod1 pod4'));
  it('errors when they are not', () => expect(detail(tmpl, data, false)).toBe('annotations is not found'));
});

const containers = (n: number): unknown => ({
  apiVersion: 'v1',
  kind: 'Pod',
  spec: { containers: Array.from({ length: n }, (_, i) => ({ image: 'radial/busyboxplus:curl', name: `fake${i}` })) },
});

describe('slices (TestNegativeIndex, TestStep)', () => {
  const four = containers(4);
  const ok: [string, string][] = [
    ['{.spec.containers[0].name}', 'fake0'],
    ['{.spec.containers[0:0].name}', ''],
    ['{.spec.containers[0:-1].name}', 'fake0 fake1 fake2'],
    ['{.spec.containers[-1].name}', 'fake3'],
    ['{.spec.containers[-1:].name}', 'fake3'],
    ['{.spec.containers[-2].name}', 'fake2'],
    ['{.spec.containers[-2:].name}', 'fake2 fake3'],
    ['{.spec.containers[-3].name}', 'fake1'],
    ['{.spec.containers[-4].name}', 'fake0'],
    ['{.spec.containers[-4:].name}', 'fake0 fake1 fake2 fake3'],
    ['{.spec.containers[5:5].name}', ''],
    ['{.spec.containers[-5:-5].name}', ''],
  ];
  it.each(ok)('%s → %j', (tmpl, want) => expect(run(tmpl, four, false)).toBe(want));

  it('reports out-of-range and reversed slices', () => {
    expect(detail('{.spec.containers[-1:0].name}', four, false)).toBe('starting index 3 is greater than ending index 0');
    expect(detail('{.spec.containers[-5].name}', four, false)).toBe('array index out of bounds: index -1, length 4');
    expect(detail('{.spec.containers[3:1].name}', four, false)).toBe('starting index 3 is greater than ending index 1');
    expect(detail('{.spec.containers[-1:-2].name}', four, false)).toBe('starting index 3 is greater than ending index 2');
    expect(detail('{.spec.containers[7].name}', four, false)).toBe('array index out of bounds: index 7, length 4');
  });

  const six = containers(6);
  const steps: [string, string][] = [
    ['{.spec.containers[0:].name}', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['{.spec.containers[0:6:].name}', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['{.spec.containers[0:6:1].name}', 'fake0 fake1 fake2 fake3 fake4 fake5'],
    ['{.spec.containers[1:4:2].name}', 'fake1 fake3'],
    ['{.spec.containers[1:4:3].name}', 'fake1'],
    ['{.spec.containers[1:4:4].name}', 'fake1'],
    ['{.spec.containers[0:6:2].name}', 'fake0 fake2 fake4'],
    ['{.spec.containers[0:6:3].name}', 'fake0 fake3'],
    ['{.spec.containers[0:6:5].name}', 'fake0 fake5'],
    ['{.spec.containers[0:6:6].name}', 'fake0'],
  ];
  it.each(steps)('%s → %j', (tmpl, want) => expect(run(tmpl, six, false)).toBe(want));
  it('rejects a step ≤ 0', () => {
    expect(detail('{.spec.containers[0:6:0].name}', six, false)).toBe('step must be > 0');
    expect(detail('{.spec.containers[0:6:-1].name}', six, false)).toBe('step must be > 0');
  });
});

describe('kubectl usage', () => {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'nginx', labels: { app: 'web', tier: 'fe' }, annotations: { note: null } },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }], replicas: 3 },
    status: { podIP: '10.244.1.5', phase: 'Running' },
  };
  const list = { apiVersion: 'v1', items: [pod, { ...pod, metadata: { name: 'web' } }], kind: 'List', metadata: { resourceVersion: '' } };

  it('prints list results space-separated, without a newline', () => {
    expect(run('{.items[*].metadata.name}', list)).toBe('nginx web');
    expect(run('{.status.podIP}', pod)).toBe('10.244.1.5');
  });

  it('prints literal text, quoted escapes and text outside braces', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\n"}{end}', list)).toBe('nginx\nweb\n');
    expect(run("{.metadata.name}{'\\t'}{.status.phase}", pod)).toBe('nginx\tRunning');
    // kubectl does not add braces to -o jsonpath: the template is plain text
    expect(run('.metadata.name', pod)).toBe('.metadata.name');
  });

  it('prints maps as JSON, null as <nil>', () => {
    expect(run('{.metadata.labels}', pod)).toBe('{"app":"web","tier":"fe"}');
    expect(run('{.metadata.annotations.note}', pod)).toBe('<nil>');
  });

  it('compares numbers and strings like Go templates', () => {
    const deps = { items: [{ n: 'a', r: 3 }, { n: 'b', r: 1 }, { n: 'c', r: 2.5 }] };
    expect(run('{.items[?(@.r>=2)].n}', { items: deps.items.slice(0, 2) })).toBe('a');
    expect(run('{.items[?(@.r<2)].n}', { items: deps.items.slice(0, 2) })).toBe('b');
    expect(run('{.items[?(@.r!=3)].n}', { items: deps.items.slice(0, 2) })).toBe('b');
    expect(run('{.items[?(@.n>"a")].n}', deps)).toBe('b c');
    expect(detail('{.items[?(@.r==2.5)].n}', deps)).toBe('incompatible types for comparison');
    expect(detail('{.items[?(@.r=="3")].n}', deps)).toBe('incompatible types for comparison');
  });

  it('words parse errors as kubectl does', () => {
    const msg = (t: string): string => {
      try {
        parseJsonPath(t);
        return 'nil';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(msg('{.items[0}')).toBe('error parsing jsonpath {.items[0}, unterminated array');
    expect(msg('{.metadata.name')).toBe('error parsing jsonpath {.metadata.name, unclosed action');
    expect(msg('{.a}{"x}')).toBe('error parsing jsonpath {.a}{"x}, unterminated quoted string');
    expect(msg('{.items[?(@.a=="x"}')).toBe('error parsing jsonpath {.items[?(@.a=="x"}, unterminated filter');
    expect(msg('{.items[x]}')).toBe('error parsing jsonpath {.items[x]}, invalid array index x');
    // from a 2026 transcript of real kubectl: jsonpath has no &&
    const and = '{range .items[?(@.spec.volume!=""&&@.spec.volume=="x")]}';
    expect(msg(and)).toBe(`error parsing jsonpath ${and}, unrecognized character in action: U+0026 '&'`);
    expect(msg("{'\\q'}")).toBe("error parsing jsonpath {'\\q'}, unquote string '\\q' error invalid syntax");
  });

  it('words execution errors as kubectl does, with the object in Go syntax', () => {
    const small = { kind: 'Pod', metadata: { name: 'x' }, spec: { replicas: 2, paused: false, tags: ['a'], note: null } };
    let message = '';
    try {
      executeJsonPath('{.spec.tags[3]}', small);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'error executing jsonpath "{.spec.tags[3]}": Error executing template: array index out of bounds: index 3, length 1. ' +
        'Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.spec.tags[3]}\n' +
        '\tobject given to jsonpath engine was:\n' +
        '\t\tmap[string]interface {}{"kind":"Pod", "metadata":map[string]interface {}{"name":"x"}, ' +
        '"spec":map[string]interface {}{"note":interface {}(nil), "paused":false, "replicas":2, "tags":[]interface {}{"a"}}}\n\n',
    );
  });

  it('supports -o jsonpath-as-json', () => {
    expect(executeJsonPath('{.items[*].metadata.name}', list, { outputJson: true })).toBe('[\n    "nginx",\n    "web"\n]\n');
  });
});

// -o custom-columns (kubectl pkg/cmd/get/customcolumn.go). The first case is the example output of
// the kubectl reference page (kubernetes/website reference/kubectl).
import { describe, it, expect } from 'vitest';
import {
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  relaxedJsonPathExpression,
  renderCustomColumns,
  CustomColumnsError,
} from '../../../src/shell/format/custom-columns';

const pod = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, resourceVersion: '610995', labels: { app: 'web', tier: 'fe' } },
  spec: { containers: [{ name: 'app', image: 'nginx:1.27' }, { name: 'log', image: 'busybox' }] },
  ...extra,
});

describe('renderCustomColumns', () => {
  it('prints headers as given and one row per object', () => {
    const cols = parseCustomColumnsSpec('NAME:.metadata.name,RSRC:.metadata.resourceVersion');
    expect(renderCustomColumns(cols, [pod('submit-queue')])).toBe('NAME           RSRC\nsubmit-queue   610995\n');
  });

  it('joins several results with commas, prints <none> when missing, maps with %v', () => {
    const cols = parseCustomColumnsSpec('NAME:metadata.name,IMAGES:.spec.containers[*].image,IP:.status.podIP,LABELS:{.metadata.labels}');
    expect(renderCustomColumns(cols, [pod('web'), pod('db', { status: { podIP: '10.244.1.7' } })])).toBe(
      'NAME   IMAGES               IP           LABELS\n' +
        'web    nginx:1.27,busybox   <none>       map[app:web tier:fe]\n' +
        'db     nginx:1.27,busybox   10.244.1.7   map[app:web tier:fe]\n',
    );
  });

  it('omits the header with --no-headers', () => {
    expect(renderCustomColumns(parseCustomColumnsSpec('N:.metadata.name'), [pod('a'), pod('bb')], { noHeaders: true })).toBe('a\nbb\n');
  });
});

describe('custom-columns specs', () => {
  it('relaxes field specs to {.path}', () => {
    expect(relaxedJsonPathExpression('metadata.name')).toBe('{.metadata.name}');
    expect(relaxedJsonPathExpression('.metadata.name')).toBe('{.metadata.name}');
    expect(relaxedJsonPathExpression('{metadata.name}')).toBe('{.metadata.name}');
    expect(relaxedJsonPathExpression('{.metadata.name}')).toBe('{.metadata.name}');
  });

  it('words spec errors as kubectl does', () => {
    expect(() => parseCustomColumnsSpec('')).toThrow('custom-columns format specified but no custom columns given');
    expect(() => parseCustomColumnsSpec('NAME')).toThrow('unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>');
    expect(() => parseCustomColumnsSpec('N:{.a}{.b}')).toThrow(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    );
    expect(() => renderCustomColumns(parseCustomColumnsSpec('N:.a[0'), [pod('x')])).toThrow(new CustomColumnsError('unterminated array'));
    expect(() => renderCustomColumns(parseCustomColumnsSpec('N:.spec.containers[5]'), [pod('x')])).toThrow(
      'array index out of bounds: index 5, length 2',
    );
  });

  it('reads custom-columns-file templates', () => {
    expect(parseCustomColumnsTemplate('NAME          RSRC\nmetadata.name metadata.resourceVersion\n')).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'RSRC', fieldSpec: '{.metadata.resourceVersion}' },
    ]);
    expect(() => parseCustomColumnsTemplate('NAME\n')).toThrow('invalid template, missing spec line.');
    expect(() => parseCustomColumnsTemplate('A B\n.a\n')).toThrow("number of headers (2) and field specifications (1) don't match");
  });
});

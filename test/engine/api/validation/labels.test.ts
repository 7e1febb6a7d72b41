// Label key/value and selector messages (apimachinery IsQualifiedName, IsValidLabelValue,
// metav1 validation ValidateLabelSelectorRequirement), rendered as the API server renders causes.
import { describe, it, expect } from 'vitest';
import { fieldErrorString } from '../../../../src/engine/api/errors';
import { isQualifiedName, isValidLabelValue, validateLabels, validateLabelSelector } from '../../../../src/engine/api/validation/labels';

const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('qualified names (label keys)', () => {
  const cases: [string, string[]][] = [
    ['app', []],
    ['app.kubernetes.io/name', []],
    ['My_Key.1', []],
    ['-app', [NAME_PART]],
    ['/app', ['prefix part must be non-empty']],
    ['example.com/', ['name part must be non-empty', NAME_PART]],
    ['Example.com/app', [
      "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]],
    ['a'.repeat(64), ['name part must be no more than 63 characters']],
  ];
  it.each(cases)('%j', (key, errs) => {
    expect(isQualifiedName(key)).toEqual(errs);
  });
});

describe('label values', () => {
  it('accepts empty and qualified values, rejects the rest', () => {
    expect(isValidLabelValue('')).toEqual([]);
    expect(isValidLabelValue('v1.2_beta-3')).toEqual([]);
    expect(isValidLabelValue('hello world')).toEqual([VALUE]);
    expect(isValidLabelValue('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it('reports at the map path, key before value, keys sorted', () => {
    expect(validateLabels({ tier: 'front end', '-bad': 'ok' }, 'metadata.labels').map(fieldErrorString)).toEqual([
      `metadata.labels: Invalid value: "-bad": ${NAME_PART}`,
      `metadata.labels: Invalid value: "front end": ${VALUE}`,
    ]);
  });
});

describe('label selectors', () => {
  it('checks operators, values and keys of matchExpressions', () => {
    const errs = validateLabelSelector(
      {
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'In' },
          { key: 'tier', operator: 'Exists', values: ['x'] },
          { key: 'zone', operator: 'Equals', values: ['a b'] },
        ],
      },
      'spec.selector',
    );
    expect(errs.map(fieldErrorString)).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[2].operator: Invalid value: "Equals": not a valid selector operator',
      `spec.selector.matchExpressions[2].values[0]: Invalid value: "a b": ${VALUE}`,
    ]);
  });
});

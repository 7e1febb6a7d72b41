// Messages from apimachinery pkg/util/validation/validation.go (v1.34) and ValidateObjectMeta; the
// "bad name" row of fidelity.md §1.13 is rendered through errors.ts exactly as kubectl shows it.
import { describe, it, expect } from 'vitest';
import { fieldErrorString, invalid } from '../../../../src/engine/api/errors';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isValidPortName,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  validateObjectName,
} from '../../../../src/engine/api/validation/names';
import { validateObjectMeta } from '../../../../src/engine/api/validation/meta';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('DNS name formats', () => {
  it('subdomain', () => {
    expect(isDNS1123Subdomain('web.example-1')).toEqual([]);
    expect(isDNS1123Subdomain('My_Pod')).toEqual([SUBDOMAIN]);
    expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  });

  it('label', () => {
    expect(isDNS1123Label('nginx')).toEqual([]);
    expect(isDNS1123Label('1st')).toEqual([]);
    expect(isDNS1123Label('Web')).toEqual([LABEL]);
    expect(isDNS1123Label('web.v1')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it('RFC 1035 label (Service names)', () => {
    expect(isDNS1035Label('my-svc')).toEqual([]);
    expect(isDNS1035Label('1svc')).toEqual([DNS1035]);
    expect(isDNS1035Label('a'.repeat(64) + '-')).toEqual(['must be no more than 63 characters', DNS1035]);
  });

  it('port names', () => {
    expect(isValidPortName('http')).toEqual([]);
    expect(isValidPortName('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('my--very-long-port-name')).toEqual(['must be no more than 15 characters', 'must not contain consecutive hyphens']);
    expect(isValidPortName('HTTP')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });

  it('generateName masks a trailing dash (as upstream, also dropping the character before it)', () => {
    expect(nameIsDNSSubdomain('web-', true)).toEqual([]);
    expect(nameIsDNSLabel('web-', false)).toEqual([LABEL]);
    expect(nameIsDNS1035Label('9-', true)).toEqual([]); // '9-' is checked as 'a'
    expect(nameIsDNS1035Label('1a-', true)).toEqual([DNS1035]); // checked as '1a'

  });
});

describe('object names', () => {
  it('renders the fidelity "bad name" message', () => {
    const errs = validateObjectName({ name: 'My_Pod' }, nameIsDNSSubdomain);
    expect(invalid('Pod', 'My_Pod', errs).message).toBe(`Pod "My_Pod" is invalid: metadata.name: Invalid value: "My_Pod": ${SUBDOMAIN}`);
  });

  it('requires a name or generateName', () => {
    expect(validateObjectName({}, nameIsDNSSubdomain).map(fieldErrorString)).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
    expect(validateObjectName({ generateName: 'Bad_', name: 'Bad_x1x2x' }, nameIsDNSSubdomain).map((e) => e.field)).toEqual([
      'metadata.generateName',
      'metadata.name',
    ]);
  });

  it('ValidateObjectMeta: namespace, generation, labels, annotations', () => {
    const rules = { namespaced: true, nameFn: nameIsDNS1035Label };
    expect(validateObjectMeta({ name: 'svc', namespace: 'default', labels: { app: 'web' } }, rules)).toEqual([]);
    expect(
      validateObjectMeta({ name: 'svc', namespace: 'Dev', generation: -1, labels: { 'a/b/c': 'x' }, annotations: { 'bad key': 'v' } }, rules).map(
        fieldErrorString,
      ),
    ).toEqual([
      `metadata.namespace: Invalid value: "Dev": ${LABEL}`,
      'metadata.generation: Invalid value: -1: must be greater than or equal to 0',
      "metadata.labels: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      "metadata.annotations: Invalid value: \"bad key\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(validateObjectMeta({ name: 'n1', namespace: 'default' }, { namespaced: false, nameFn: nameIsDNSSubdomain }).map(fieldErrorString)).toEqual([
      'metadata.namespace: Forbidden: not allowed on this type',
    ]);
  });
});

// kubectl's error printing (cmdutil.CheckErr): API errors, Invalid with one and several causes
// (MultilineError's prefix line ends in ": "), aggregates without `error:` on client errors.
import { describe, expect, it } from 'vitest';
import { ApiError, invalid, notFound } from '../../../../src/engine/api/errors';
import { addSourceToErr, CliError, errorText } from '../../../../src/shell/commands/kubectl/errors';

describe('kubectl errors', () => {
  it('prints API errors with their reason', () => {
    expect(errorText([notFound('deployments.apps', 'web')])).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
    expect(errorText([new ApiError('Forbidden', 'pods is forbidden: User "jane" cannot list resource "pods"')])).toBe(
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods"\n',
    );
  });

  it('prints Invalid errors from their causes, with or without a source', () => {
    const one = invalid('Service', 'np', [
      { type: 'Invalid value', field: 'spec.ports[0].nodePort', badValue: 29999, detail: 'provided port is not in the valid range. The range of valid ports is 30000-32767' },
    ]);
    const line =
      'The Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767\n';
    expect(errorText([one])).toBe(line);
    expect(errorText([addSourceToErr('creating', 'svc.yaml', one)])).toBe(line);
    const two = invalid('Deployment', 'web', [
      { type: 'Required value', field: 'spec.selector' },
      { type: 'Invalid value', field: 'spec.replicas', badValue: -1, detail: 'must be greater than or equal to 0' },
    ]);
    expect(errorText([two])).toBe(
      'The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    );
  });

  it('prefixes client errors with `error: ` once, but not inside aggregates', () => {
    expect(errorText([new CliError('boom')])).toBe('error: boom\n');
    expect(errorText([new CliError('error: boom')])).toBe('error: boom\n');
    expect(errorText([new CliError('a'), notFound('pods', 'x')])).toBe('a\nError from server (NotFound): pods "x" not found\n');
  });
});

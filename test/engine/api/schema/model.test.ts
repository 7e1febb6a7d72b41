// The generated schema's tables (what `kubectl explain` and strict decoding read), and the Go
// error helpers behind decoding: base64 offsets (encoding/base64 decodeQuantum) and time.Parse
// errors for RFC 3339.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fieldAt, fieldsOf, parseTypeRef, rootTypeOf, schemaRoots, typeDef } from '../../../../src/engine/api/schema';
import { base64Error, unmarshalTypeError } from '../../../../src/engine/api/schema/gojson';
import { goTimeParseError } from '../../../../src/engine/api/schema/gotime';

describe('schema tables', () => {
  it('covers the kinds podlab serves, and stays compact', () => {
    const roots = schemaRoots();
    for (const r of ['v1/Pod', 'v1/Service', 'apps/v1/Deployment', 'batch/v1/CronJob', 'autoscaling/v2/HorizontalPodAutoscaler', 'events.k8s.io/v1/Event']) {
      expect(roots).toContain(r);
    }
    for (const r of roots) expect(typeDef(rootTypeOf(r.slice(0, r.lastIndexOf('/')), r.slice(r.lastIndexOf('/') + 1))!)).toBeDefined();
    const size = readFileSync(new URL('../../../../src/engine/api/schema/k8s-schema.json', import.meta.url)).length;
    expect(size).toBeLessThan(41000);
  });

  it('lists fields with types and required marks', () => {
    const container = fieldsOf('Container')!;
    expect(container.find((f) => f.name === 'name')).toEqual({ name: 'name', type: { kind: 'string', go: 'string' }, required: true });
    expect(container.find((f) => f.name === 'ports')!.type.go).toBe('[]v1.ContainerPort');
    expect(fieldsOf('ResourceRequirements')!.find((f) => f.name === 'limits')!.type).toMatchObject({ kind: 'map', go: 'v1.ResourceList' });
    expect(fieldsOf('NoSuchType')).toBeUndefined();
  });

  it('finds a field below a kind, through lists, for kubectl explain', () => {
    expect(fieldAt('Deployment', ['spec', 'template', 'spec', 'containers', 'ports'])!.type.go).toBe('[]v1.ContainerPort');
    expect(fieldAt('Pod', ['spec', 'containers', 'resources', 'limits'])!.type.go).toBe('v1.ResourceList');
    expect(fieldAt('Pod', ['spec', 'containerz'])).toBeUndefined();
    expect(fieldAt('Pod', ['spec', 'nodeName', 'x'])).toBeUndefined();
  });

  it('keeps the events.k8s.io Event apart from the core one, with Go names for errors', () => {
    expect(rootTypeOf('v1', 'Event')).toBe('Event');
    expect(rootTypeOf('events.k8s.io/v1', 'Event')).toBe('events.v1.Event');
    expect(typeDef('events.v1.Event')).toMatchObject({ goName: 'Event', go: 'v1.Event' });
    expect(typeDef('HorizontalPodAutoscalerSpec')).toMatchObject({ goName: 'HorizontalPodAutoscalerSpec', go: 'v2.HorizontalPodAutoscalerSpec' });
  });

  it('parses compact type references', () => {
    expect(parseTypeRef('[s@v1.Capability]')).toEqual({ kind: 'array', go: '[]v1.Capability', elem: { kind: 'string', go: 'v1.Capability' } });
    expect(parseTypeRef('{y}')).toEqual({ kind: 'map', go: 'map[string][]uint8', elem: { kind: 'bytes', go: '[]uint8' } });
    expect(parseTypeRef('l')).toEqual({ kind: 'integer', go: 'int64', bits: 64 });
  });
});

describe('Go error texts', () => {
  it('UnmarshalTypeError with and without a struct field', () => {
    expect(unmarshalTypeError('string', 'int32', 'DeploymentSpec', 'spec.replicas')).toBe(
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
    expect(unmarshalTypeError('bool', 'int32', '', '')).toBe('json: cannot unmarshal bool into Go value of type int32');
  });

  const b64: [string, string | undefined][] = [
    ['YWRtaW4=', undefined],
    ['cGFzc3dvcmQ=', undefined],
    ['password', undefined], // valid base64 by accident, as in Go
    ['YWRt\naW4=\n', undefined],
    ['', undefined],
    ['admin', 'illegal base64 data at input byte 4'],
    ['my-password', 'illegal base64 data at input byte 2'],
    ['YQ=', 'illegal base64 data at input byte 3'],
    ['YQ==YQ==', 'illegal base64 data at input byte 4'],
    ['=abc', 'illegal base64 data at input byte 0'],
    ['héllo', 'illegal base64 data at input byte 1'],
  ];
  it.each(b64)('base64 %j', (src, err) => {
    expect(base64Error(src)).toBe(err);
  });

  const times: [string, string | undefined][] = [
    ['2025-03-04T05:06:07Z', undefined],
    ['2025-03-04T05:06:07.123Z', undefined],
    ['2025-03-04T05:06:07+02:00', undefined],
    ['2025-03-04', 'parsing time "2025-03-04" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
    ['2025-13-04T05:06:07Z', 'parsing time "2025-13-04T05:06:07Z": month out of range'],
    ['2025-02-30T05:06:07Z', 'parsing time "2025-02-30T05:06:07Z": day out of range'],
    ['2025-03-04T05:06:07', 'parsing time "2025-03-04T05:06:07" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"'],
    ['2025-03-04T05:06:07Zjunk', 'parsing time "2025-03-04T05:06:07Zjunk": extra text: "junk"'],
  ];
  it.each(times)('time.Parse(RFC3339, %j)', (v, err) => {
    expect(goTimeParseError(v)).toBe(err);
  });

  it('time.Parse(RFC3339Micro) wants six fraction digits', () => {
    expect(goTimeParseError('2025-03-04T05:06:07.123456Z', 'micro')).toBeUndefined();
    expect(goTimeParseError('2025-03-04T05:06:07Z', 'micro')).toBe(
      'parsing time "2025-03-04T05:06:07Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse "Z" as ".000000"',
    );
  });
});

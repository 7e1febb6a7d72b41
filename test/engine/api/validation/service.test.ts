// Service validation (pkg/apis/core/validation ValidateService, v1.34) and the NodePort
// allocator's messages (fidelity.md §2.8), rendered through errors.ts as kubectl prints them.
import { describe, it, expect } from 'vitest';
import { fieldErrorString, invalid } from '../../../../src/engine/api/errors';
import { nodePortError, validateServiceSpec, type ServiceSpecLike } from '../../../../src/engine/api/validation/service';

const svc = (over: Partial<ServiceSpecLike> = {}): ServiceSpecLike => ({
  type: 'ClusterIP',
  sessionAffinity: 'None',
  selector: { app: 'web' },
  ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
  ...over,
});
const check = (s: ServiceSpecLike) => validateServiceSpec(s).map(fieldErrorString);

describe('validateServiceSpec', () => {
  it('accepts ClusterIP, NodePort, headless and ExternalName services', () => {
    expect(check(svc())).toEqual([]);
    expect(check(svc({ type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP', nodePort: 30080 }] }))).toEqual([]);
    expect(check(svc({ clusterIP: 'None', ports: [] }))).toEqual([]);
    expect(check(svc({ type: 'ExternalName', externalName: 'db.example.com.', ports: [] }))).toEqual([]);
  });

  const cases: [string, ServiceSpecLike, string[]][] = [
    ['no ports', svc({ ports: [] }), ['spec.ports: Required value']],
    ['an ExternalName without a name', svc({ type: 'ExternalName', ports: [] }), ['spec.externalName: Required value']],
    [
      'an unknown type',
      svc({ type: 'Nodeport' }),
      ['spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'],
    ],
    [
      'ports out of range',
      svc({ ports: [{ name: 'a', port: 0, protocol: 'TCP', targetPort: 70000 }, { name: 'b', port: 443, protocol: 'TCP', targetPort: 'HTTPS' }] }),
      [
        'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
        'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
        'spec.ports[1].targetPort: Invalid value: "HTTPS": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        'spec.ports[1].targetPort: Invalid value: "HTTPS": must contain at least one letter (a-z)',
      ],
    ],
    [
      'several ports need names',
      svc({ ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }, { name: 'x', port: 81, protocol: 'TCP', targetPort: 81 }, { name: 'x', port: 82, protocol: 'UDP', targetPort: 82 }] }),
      ['spec.ports[0].name: Required value', 'spec.ports[2].name: Duplicate value: "x"'],
    ],
    [
      'a nodePort on a ClusterIP service',
      svc({ ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080 }] }),
      ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ],
    [
      'the same nodePort twice',
      svc({ type: 'NodePort', ports: [{ name: 'a', port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080 }, { name: 'b', port: 81, protocol: 'TCP', targetPort: 81, nodePort: 30080 }] }),
      ['spec.ports[1].nodePort: Duplicate value: 30080'],
    ],
    [
      'a bad protocol and session affinity',
      svc({ sessionAffinity: 'Sticky', ports: [{ port: 53, protocol: 'DNS', targetPort: 53 }] }),
      [
        'spec.ports[0].protocol: Unsupported value: "DNS": supported values: "SCTP", "TCP", "UDP"',
        'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
      ],
    ],
  ];
  it.each(cases)('%s', (_, spec, errs) => {
    expect(check(spec)).toEqual(errs);
  });
});

describe('nodePortError', () => {
  it('renders the fidelity message for a port outside 30000-32767', () => {
    const e = nodePortError(29999, 'spec.ports[0].nodePort')!;
    expect(invalid('Service', 'np', [e]).message).toBe(
      'Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('reports a taken port and accepts a free one', () => {
    expect(fieldErrorString(nodePortError(30080, 'spec.ports[0].nodePort', new Set([30080]))!)).toBe(
      'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
    expect(nodePortError(30081, 'spec.ports[0].nodePort', new Set([30080]))).toBeUndefined();
    expect(nodePortError(8080, 'p', new Set(), [8000, 9000])).toBeUndefined();
  });
});

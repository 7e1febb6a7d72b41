// The Service kind: defaults, ClusterIP and nodePort allocation, allocation errors, immutability and
// the printer columns.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src/engine/api/types';
import { errorOf, table, world } from './helpers';

const svc = (name: string, spec: Record<string, unknown>): KObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default' },
  spec,
});

describe('Service defaults and allocation', () => {
  it('defaults a ClusterIP service and allocates an IP from 10.96.0.0/12', () => {
    const w = world();
    const s = w.api.create(svc('web', { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'metrics', port: 9090 }] }));
    expect(s.spec).toMatchObject({
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    });
    expect(s.spec.externalTrafficPolicy).toBeUndefined();
    expect(s.spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' },
      { name: 'metrics', port: 9090, protocol: 'TCP', targetPort: 9090 },
    ]);
    expect(s.spec.clusterIPs).toEqual([s.spec.clusterIP]);
    const [a, b] = s.spec.clusterIP.split('.').map(Number);
    expect(a).toBe(10);
    expect(b).toBeGreaterThanOrEqual(96);
    expect(b).toBeLessThanOrEqual(111);
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  it('keeps explicit IPs and never hands out a taken one', () => {
    const w = world();
    w.api.create(svc('kubernetes', { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] }));
    expect(w.api.get('Service', 'default', 'kubernetes').spec.clusterIPs).toEqual(['10.96.0.1']);
    const ips = new Set<string>(['10.96.0.1']);
    for (let i = 0; i < 30; i++) ips.add(w.api.create(svc(`s${i}`, { ports: [{ port: 80 }] })).spec.clusterIP);
    expect(ips.size).toBe(31);
    expect(errorOf(() => w.api.create(svc('dup', { clusterIP: '10.96.0.1', ports: [{ port: 80 }] })))).toBe(
      'Service "dup" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.1"]: failed to allocate IP 10.96.0.1: provided IP is already allocated',
    );
    expect(errorOf(() => w.api.create(svc('out', { clusterIP: '10.0.0.5', ports: [{ port: 80 }] })))).toBe(
      'Service "out" is invalid: spec.clusterIPs: Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
  });

  it('gives NodePort services node ports in 30000-32767 and externalTrafficPolicy Cluster', () => {
    const w = world();
    const s = w.api.create(svc('np', { type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort: 30080 }] }));
    expect(s.spec.externalTrafficPolicy).toBe('Cluster');
    const [p1, p2] = s.spec.ports;
    expect(p1.nodePort).toBeGreaterThanOrEqual(30000);
    expect(p1.nodePort).toBeLessThanOrEqual(32767);
    expect(p2.nodePort).toBe(30080);
    expect(errorOf(() => w.api.create(svc('np2', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] })))).toBe(
      'Service "np2" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
    expect(errorOf(() => w.api.create(svc('np3', { type: 'NodePort', ports: [{ port: 80, nodePort: 29999 }] })))).toBe(
      'Service "np3" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('keeps allocated values on an update that omits them, and refuses to change the ClusterIP', () => {
    const w = world();
    const s = w.api.create(svc('np', { type: 'NodePort', ports: [{ port: 80 }] }));
    const { clusterIP, clusterIPs, ...rest } = s.spec;
    void clusterIP;
    void clusterIPs;
    const replaced = w.api.update({ ...s, spec: { ...rest, ports: [{ port: 80 }] } });
    expect(replaced.spec.clusterIP).toBe(s.spec.clusterIP);
    expect(replaced.spec.ports[0].nodePort).toBe(s.spec.ports[0].nodePort);
    expect(errorOf(() => w.api.mutate('Service', 'default', 'np', (o) => ((o.spec.clusterIP = 'None'), (o.spec.clusterIPs = ['None']))))).toBe(
      'Service "np" is invalid: spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set',
    );
  });

  it('rejects names that are not RFC 1035 labels', () => {
    const w = world();
    // Upstream joins the examples as "'my-name',  or 'abc-123'" (two spaces); only the stable part is pinned.
    expect(errorOf(() => w.api.create(svc('1web', { ports: [{ port: 80 }] })))).toMatch(
      /^Service "1web" is invalid: metadata\.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character \(e\.g\. 'my-name', {1,2}or 'abc-123', regex used for validation is '\[a-z\]\(\[-a-z0-9\]\*\[a-z0-9\]\)\?'\)$/,
    );
  });
});

describe('Service columns', () => {
  it('prints types, IPs and ports as kubectl get svc does', () => {
    const w = world();
    w.api.create(svc('kubernetes', { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] }));
    w.api.create(svc('lb', { type: 'LoadBalancer', clusterIP: '10.96.0.20', selector: { app: 'lb' }, ports: [{ name: 'http', port: 80, nodePort: 31234 }, { name: 'tls', port: 443, nodePort: 30443 }] }));
    w.api.create(svc('db', { clusterIP: 'None', selector: { app: 'db', tier: 'data' }, ports: [{ port: 5432 }] }));
    w.api.create(svc('ext', { type: 'ExternalName', externalName: 'example.com' }));
    w.advance(3_600_000);
    expect(table(w, 'Service', { wide: true })).toBe(
      [
        'NAME         TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)                      AGE   SELECTOR',
        'db           ClusterIP      None         <none>        5432/TCP                     60m   app=db,tier=data',
        'ext          ExternalName   <none>       example.com   <none>                       60m   <none>',
        'kubernetes   ClusterIP      10.96.0.1    <none>        443/TCP                      60m   <none>',
        'lb           LoadBalancer   10.96.0.20   <pending>     80:31234/TCP,443:30443/TCP   60m   app=lb',
        '',
      ].join('\n'),
    );
  });
});

// A PEM-looking fake cluster CA (what kubeadm writes to /etc/kubernetes/pki/ca.crt and the
// root-ca-cert-publisher copies into every kube-root-ca.crt ConfigMap). The DER starts like a real
// kubeadm RSA CA certificate (SEQUENCE header, v3, 8-byte serial, sha256WithRSAEncryption, issuer
// CN=kubernetes), so the text begins `MIIDBTCCAe2gAwIBAgII…`; the rest is seeded noise. It is not a
// valid certificate and nothing parses it.
import { base64FromBytes } from '../sim/bytes';
import { Rand } from '../sim/rand';

/** Standard base64 (the engine has no Buffer/btoa). */
export const base64 = base64FromBytes;

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The cluster CA as PEM, the same for the same seed. */
export function fakeCaPem(seed: number | string): string {
  const r = new Rand(`${seed}/pki`);
  const rnd = (n: number) => Array.from({ length: n }, () => r.int(0, 255));
  const cn = ascii('kubernetes');
  const der = [
    ...[0x30, 0x82, 0x03, 0x05, 0x30, 0x82, 0x01, 0xed, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x08],
    ...rnd(8),
    ...[0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00],
    ...[0x30, 0x15, 0x31, 0x13, 0x30, 0x11, 0x06, 0x03, 0x55, 0x04, 0x03, 0x13, cn.length, ...cn],
  ];
  der.push(...rnd(777 - der.length));
  const body = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${body.join('\n')}\n-----END CERTIFICATE-----\n`;
}

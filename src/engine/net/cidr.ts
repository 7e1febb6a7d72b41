// IPv4 helpers for the simulated network: dotted quads ↔ integers and CIDR ranges. IPv6 is not
// simulated (clusters here are single-stack IPv4, as kubeadm's defaults are).

/** `10.244.1.5` → 184942853; NaN when `ip` is not a dotted quad. */
export function ipToInt(ip: string): number {
  const p = ip.split('.');
  if (p.length !== 4) return NaN;
  let n = 0;
  for (const s of p) {
    if (!/^\d{1,3}$/.test(s) || Number(s) > 255) return NaN;
    n = n * 256 + Number(s);
  }
  return n;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  /** First address (network address) as an integer. */
  base: number;
  /** Prefix length. */
  bits: number;
  /** Number of addresses. */
  size: number;
}

/** `10.244.1.0/24` → { base, bits: 24, size: 256 }; throws on a malformed CIDR. */
export function parseCidr(cidr: string): Cidr {
  const [ip, b] = cidr.split('/');
  const bits = Number(b);
  const n = ipToInt(ip);
  if (Number.isNaN(n) || !Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`invalid CIDR address: ${cidr}`);
  const size = 2 ** (32 - bits);
  return { base: n - (n % size), bits, size };
}

export function cidrContains(c: Cidr, ip: string): boolean {
  const n = ipToInt(ip);
  return n >= c.base && n < c.base + c.size;
}

// Bytes and base64 for the pure layers, which have neither Buffer nor btoa: UTF-8 through the
// TextEncoder every host has, base64 by hand (Secrets' data, the fake CA, image digests).

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The UTF-8 bytes of `s`. */
export function utf8Bytes(s: string): number[] {
  return Array.from(new TextEncoder().encode(s));
}

/** Standard base64 (with padding) of `bytes`. */
export function base64FromBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** Standard base64 of the UTF-8 bytes of `s`. */
export const base64Encode = (s: string): string => base64FromBytes(utf8Bytes(s));

/** The bytes base64 text stands for (whitespace and padding ignored, no validation). */
export function bytesFromBase64(b64: string): number[] {
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of b64.replace(/[\s=]/g, '')) {
    acc = ((acc << 6) | B64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  return out;
}

/** Decodes base64 to text (UTF-8). */
export const base64Decode = (b64: string): string => new TextDecoder().decode(new Uint8Array(bytesFromBase64(b64)));

// Bytes -> text for the shell adapter. just-bash hands commands their stdin as a "byte string" (one
// char per byte) and stores file contents as bytes. The decoder is strict (invalid UTF-8 gives null,
// unlike TextDecoder's replacement characters) so binary files can be kept as bytes in snapshots.

/** Decodes UTF-8 bytes; returns null when they are not valid UTF-8. */
export function decodeUtf8(bytes: ArrayLike<number>): string | null {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let cp: number;
    let extra: number;
    if (b < 0x80) {
      cp = b;
      extra = 0;
    } else if (b >= 0xc2 && b < 0xe0) {
      cp = b & 0x1f;
      extra = 1;
    } else if (b >= 0xe0 && b < 0xf0) {
      cp = b & 0x0f;
      extra = 2;
    } else if (b >= 0xf0 && b < 0xf5) {
      cp = b & 0x07;
      extra = 3;
    } else return null;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((extra === 2 && cp < 0x800) || (extra === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    out += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return out;
}

/** Bytes held one per char (latin1) → text: UTF-8 when valid, else the chars as they are. */
export function byteStringToText(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s; // already text
    bytes.push(c);
  }
  return decodeUtf8(bytes) ?? s;
}

export function bytesToLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

export function latin1ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

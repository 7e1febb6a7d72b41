// Timestamps as kubectl prints them, always in UTC (the simulated cluster runs in UTC):
// - time.RFC1123Z `Mon, 02 Jan 2006 15:04:05 -0700` for describe (Start Time, CreationTimestamp,
//   Started/Finished): `Tue, 09 Sep 2025 18:19:23 +0000`;
// - time.RFC3339 `2006-01-02T15:04:05Z` for metav1.Time in YAML/JSON and CREATED AT columns;
// - RFC3339Micro `2006-01-02T15:04:05.000000Z` for metav1.MicroTime (event eventTime, lease renewTime).
// Pure: every function takes epoch milliseconds; nothing reads the wall clock.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** `Tue, 09 Sep 2025 18:19:23 +0000` (describe's timestamp format). */
export function formatRFC1123Z(ms: number): string {
  const d = new Date(ms);
  return (
    `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`
  );
}

/** `2025-09-09T18:19:23Z`: whole seconds, as metav1.Time serializes (sub-second parts dropped). */
export function formatRFC3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `2025-09-09T18:19:23.123000Z`: metav1.MicroTime (millisecond precision here). */
export function formatRFC3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Epoch ms of an RFC 3339 timestamp, or undefined when it is missing or unreadable. */
export function parseRFC3339(ts: string | undefined | null): number | undefined {
  if (!ts) return undefined;
  const t = Date.parse(ts);
  return Number.isNaN(t) ? undefined : t;
}

/** An RFC 3339 timestamp in describe's format; undefined when it is missing or unreadable. */
export function describeTimestamp(ts: string | undefined | null): string | undefined {
  const t = parseRFC3339(ts);
  return t === undefined ? undefined : formatRFC1123Z(t);
}

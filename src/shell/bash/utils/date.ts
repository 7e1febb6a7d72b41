// `date` on simulated time (GNU coreutils date, C.UTF-8 locale, TZ=UTC): default format
// `Tue Nov 25 19:30:00 UTC 2026`, `+FORMAT`, `-u`, `-d @SECONDS` / ISO dates / simple relative dates
// (`-d '+5 minutes'`, `-d '1 hour ago'`, `yesterday`), `-I[TIMESPEC]`, `-R`, `--rfc-3339`.
// Simplified: no time zones other than UTC, no `-s`, no `-r FILE`.

import type { Command } from 'just-bash';
import { strftime } from './strftime';

const UNITS: Record<string, number> = {
  sec: 1000, second: 1000, min: 60_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000,
  fortnight: 1_209_600_000,
};

/** Parses what `date -d` accepts (a useful subset); epoch ms or null. */
export function parseDateArg(s: string, now: number): number | null {
  const t = s.trim();
  if (t === '' || t === 'now' || t === 'today') return now;
  if (t.startsWith('@')) {
    const n = Number(t.slice(1));
    return Number.isFinite(n) ? Math.round(n * 1000) : null;
  }
  if (t === 'yesterday') return now - UNITS.day;
  if (t === 'tomorrow') return now + UNITS.day;
  const rel = /^(?:([+-]?\d+)\s*)?(sec|second|min|minute|hour|day|week|fortnight)s?(\s+ago)?$/i.exec(t);
  if (rel) {
    const n = rel[1] === undefined ? 1 : Number(rel[1]);
    return now + (rel[3] ? -1 : 1) * n * UNITS[rel[2].toLowerCase()];
  }
  // ISO-ish absolute dates; a time without zone is UTC here (TZ=UTC).
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) {
    let zone = iso[3] ?? 'Z';
    if (/^utc$/i.test(zone)) zone = 'Z';
    else if (/^[+-]\d{4}$/.test(zone)) zone = zone.slice(0, 3) + ':' + zone.slice(3);
    const ms = Date.parse(`${iso[1]}T${iso[2] ?? '00:00'}${zone}`);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

const ISO: Record<string, string> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};
const RFC3339: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };

export function dateCommand(clock: { now(): number }): Command {
  return {
    name: 'date',
    trusted: true,
    async execute(args) {
      let when = clock.now();
      let format = '%a %b %e %H:%M:%S %Z %Y';
      const fail = (msg: string) => ({ stdout: '', stderr: `date: ${msg}\n`, exitCode: 1 });
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        let dateArg: string | undefined;
        if (a === '-u' || a === '--utc' || a === '--universal') continue;
        else if (a === '-d' || a === '--date') {
          dateArg = args[++i];
          if (dateArg === undefined) return { stdout: '', stderr: "date: option requires an argument -- 'd'\nTry 'date --help' for more information.\n", exitCode: 1 };
        } else if (a.startsWith('--date=')) dateArg = a.slice(7);
        else if (a.startsWith('-d') && a.length > 2) dateArg = a.slice(2);
        else if (a === '-R' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S %z';
        else if (a.startsWith('-I') || a.startsWith('--iso-8601')) {
          const spec = a.startsWith('-I') ? a.slice(2) : a.slice('--iso-8601'.length).replace(/^=/, '');
          const f = ISO[spec || 'date'];
          if (!f) return fail(`invalid argument ‘${spec}’ for ‘--iso-8601’`);
          format = f;
        } else if (a.startsWith('--rfc-3339=')) {
          const f = RFC3339[a.slice(11)];
          if (!f) return fail(`invalid argument ‘${a.slice(11)}’ for ‘--rfc-3339’`);
          format = f;
        } else if (a === '-s' || a.startsWith('--set')) return fail('cannot set date: Operation not permitted');
        else if (a.startsWith('+')) format = a.slice(1);
        else if (a.startsWith('-') && a !== '-') return { stdout: '', stderr: `date: invalid option -- '${a.slice(1, 2)}'\nTry 'date --help' for more information.\n`, exitCode: 1 };
        else return fail(`invalid date ‘${a}’`);
        if (dateArg !== undefined) {
          const ms = parseDateArg(dateArg, clock.now());
          if (ms === null) return fail(`invalid date ‘${dateArg}’`);
          when = ms;
        }
      }
      return { stdout: strftime(format, when) + '\n', stderr: '', exitCode: 0 };
    },
  };
}

// strftime as GNU date prints it in the C locale, always in UTC (the sandbox's clocks run on UTC).
// Supports the conversions lab scripts use, GNU's flags `-` (no padding), `_` (space padding),
// `0` (zero padding) and a field width (`%-d`, `%_H`, `%3N`). Simplified: no locale, no `%E`/`%O`.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number, ch: string): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : ch.repeat(width - s.length) + s);
}

function dayOfYear(d: Date): number {
  return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
}

/** ISO 8601 week number and week-based year. */
function isoWeek(d: Date): { week: number; year: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  return { week: Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7), year: y };
}

/** Formats epoch milliseconds `ms` with a strftime format (UTC). */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%' || i === format.length - 1) {
      out += c;
      continue;
    }
    let j = i + 1;
    let flag = '';
    if ('-_0^#'.includes(format[j])) flag = format[j++];
    let width = '';
    while (/[0-9]/.test(format[j] ?? '')) width += format[j++];
    let colons = '';
    while (format[j] === ':') colons += format[j++];
    const conv = format[j];
    if (conv === undefined) {
      out += format.slice(i);
      break;
    }
    i = j;
    const num = (n: number, w: number, padCh = '0'): string => {
      const ww = width ? Number(width) : w;
      if (flag === '-') return String(n);
      if (flag === '_') return pad(n, ww, ' ');
      if (flag === '0') return pad(n, ww, '0');
      return pad(n, ww, padCh);
    };
    const text = (s: string): string => {
      const t = flag === '^' ? s.toUpperCase() : s;
      return width && t.length < Number(width) ? t.padStart(Number(width), flag === '0' ? '0' : ' ') : t;
    };
    const h = d.getUTCHours();
    switch (conv) {
      case 'a': out += text(DAYS[d.getUTCDay()].slice(0, 3)); break;
      case 'A': out += text(DAYS[d.getUTCDay()]); break;
      case 'b': case 'h': out += text(MONTHS[d.getUTCMonth()].slice(0, 3)); break;
      case 'B': out += text(MONTHS[d.getUTCMonth()]); break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', ms); break;
      case 'C': out += num(Math.floor(d.getUTCFullYear() / 100), 2); break;
      case 'd': out += num(d.getUTCDate(), 2); break;
      case 'D': out += strftime('%m/%d/%y', ms); break;
      case 'e': out += num(d.getUTCDate(), 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', ms); break;
      case 'g': out += num(isoWeek(d).year % 100, 2); break;
      case 'G': out += num(isoWeek(d).year, 4); break;
      case 'H': out += num(h, 2); break;
      case 'I': out += num(h % 12 || 12, 2); break;
      case 'j': out += num(dayOfYear(d), 3); break;
      case 'k': out += num(h, 2, ' '); break;
      case 'l': out += num(h % 12 || 12, 2, ' '); break;
      case 'm': out += num(d.getUTCMonth() + 1, 2); break;
      case 'M': out += num(d.getUTCMinutes(), 2); break;
      case 'n': out += '\n'; break;
      case 'N': {
        const ns = pad(d.getUTCMilliseconds() * 1_000_000, 9, '0');
        out += width ? ns.slice(0, Number(width)) : ns;
        break;
      }
      case 'p': out += text(h < 12 ? 'AM' : 'PM'); break;
      case 'P': out += h < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', ms); break;
      case 'R': out += strftime('%H:%M', ms); break;
      case 's': out += String(Math.floor(ms / 1000)); break;
      case 'S': out += num(d.getUTCSeconds(), 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime('%H:%M:%S', ms); break;
      case 'u': out += String(d.getUTCDay() || 7); break;
      case 'V': out += num(isoWeek(d).week, 2); break;
      case 'w': out += String(d.getUTCDay()); break;
      case 'x': out += strftime('%m/%d/%y', ms); break;
      case 'X': out += strftime('%H:%M:%S', ms); break;
      case 'y': out += num(d.getUTCFullYear() % 100, 2); break;
      case 'Y': out += num(d.getUTCFullYear(), 4); break;
      case 'z': out += colons === ':' ? '+00:00' : colons === '::' ? '+00:00:00' : '+0000'; break;
      case 'Z': out += 'UTC'; break;
      case '%': out += '%'; break;
      default: out += '%' + flag + width + colons + conv;
    }
  }
  return out;
}

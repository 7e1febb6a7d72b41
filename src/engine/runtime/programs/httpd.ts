// The official httpd (Apache 2.4) image: `httpd-foreground` logs the two start-up lines every
// learner sees (AH00558 about the server name, AH00489 "resuming normal operations"), serves
// /usr/local/apache2/htdocs on :80 ("It works!") with Apache's headers and common-log-format access
// lines on stdout; SIGWINCH (the image's STOPSIGNAL) stops it gracefully with exit 0.

import type { Program } from '../program';
import { byteLength, httpDate } from '../program';
import { timeLocal } from './nginx';

function apacheTime(ms: number): string {
  const d = new Date(ms).toUTCString().split(' '); // Thu, 15 Jan 2026 09:00:05 GMT
  const us = String((ms % 1000) * 1000).padStart(6, '0');
  return `${d[0].replace(',', '')} ${d[2]} ${d[1]} ${d[4]}.${us} ${d[3]}`;
}

export const httpdProgram: Program = {
  name: 'httpd',
  start(ctx) {
    const v = ctx.image.version;
    const pid = 1;
    const log = (mod: string, msg: string) => ctx.stderr(`[${apacheTime(ctx.now())}] [${mod}] [pid ${pid}:tid ${pid}] ${msg}\n`);
    if (!ctx.resumed) {
      ctx.stderr(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ctx.ip}. Set the 'ServerName' directive globally to suppress this message\n`);
      ctx.stderr(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ctx.ip}. Set the 'ServerName' directive globally to suppress this message\n`);
      log('mpm_event:notice', `AH00489: Apache/${v} (Unix) configured -- resuming normal operations`);
      log('core:notice', "AH00094: Command line: 'httpd -D FOREGROUND'");
    }
    ctx.listen(80, (req) => {
      const path = req.path.split('?')[0];
      const file = `/usr/local/apache2/htdocs${path.endsWith('/') ? `${path}index.html` : path}`;
      const body = ctx.fs.read(file);
      const status = body === undefined ? 404 : 200;
      const out =
        body ??
        `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n`;
      ctx.stdout(`${req.remoteAddr} - - [${timeLocal(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${status} ${byteLength(out)}\n`);
      const headers: [string, string][] = [['Date', httpDate(ctx.now())], ['Server', `Apache/${v} (Unix)`]];
      if (body !== undefined) {
        const mtime = Date.parse(ctx.image.created);
        headers.push(['Last-Modified', httpDate(mtime)], ['ETag', `"${byteLength(out).toString(16)}-${Math.floor(mtime / 1000).toString(16)}"`], ['Accept-Ranges', 'bytes']);
      }
      headers.push(['Content-Length', String(byteLength(out))], ['Content-Type', body === undefined ? 'text/html; charset=iso-8859-1' : 'text/html']);
      return { status, headers, body: req.method === 'HEAD' ? '' : out };
    });
    ctx.onSignal((sig) => {
      if (sig === 'SIGWINCH' || sig === 'SIGTERM') {
        log('mpm_event:notice', sig === 'SIGWINCH' ? 'AH00492: caught SIGWINCH, shutting down gracefully' : 'AH00491: caught SIGTERM, shutting down');
        ctx.exit(0);
      }
    });
  },
};

// The official nginx image: /docker-entrypoint.sh's start-up lines (stdout), nginx's notice lines
// (stderr), the default server on :80 (or what /etc/nginx/conf.d/default.conf says) serving the
// files under its root with nginx's real headers, 403/404/405 pages, access-log lines in the image's
// `main` log format on stdout and error-log lines on stderr; SIGQUIT (the image's STOPSIGNAL) and
// SIGTERM shut it down with exit 0. Simplified: one server block, GET/HEAD of static files only,
// no proxy_pass, no gzip, no keep-alive accounting. Output texts from real `kubectl logs` transcripts.

import type { HttpRequest, HttpResponse } from '../../net/types';
import type { ExecContext, Program, ProgramContext, Signal } from '../program';
import { basename, byteLength, header, httpDate, logTime, SIGNAL_NUMBERS } from '../program';
import { runWithRunner, commandProgram } from './command';

const ENTRY = '/docker-entrypoint.sh';

function entrypointLines(): string {
  return [
    `${ENTRY}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${ENTRY}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${ENTRY}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    `${ENTRY}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
    `${ENTRY}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    `${ENTRY}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
    `${ENTRY}: Configuration complete; ready for start up`,
  ].join('\n') + '\n';
}

function compiler(ctx: ProgramContext): string {
  if (ctx.image.os === 'alpine') return 'gcc 14.2.0 (Alpine 14.2.0) ';
  return ctx.image.osVersion.startsWith('12') ? 'gcc 12.2.0 (Debian 12.2.0-14) ' : 'gcc 14.2.0 (Debian 14.2.0-19) ';
}

interface Conf {
  port: number;
  root: string;
}

/** Reads `listen` and `root` from the default server block (a ConfigMap may replace it). */
export function readConf(ctx: ProgramContext): Conf {
  const text = ctx.fs.read('/etc/nginx/conf.d/default.conf') ?? '';
  const listen = /^\s*listen\s+(?:[\d.]+:)?(\d+)[^;]*;/m.exec(text);
  const root = /^\s*root\s+([^;\s]+)\s*;/m.exec(text);
  return { port: listen ? Number(listen[1]) : 80, root: root ? root[1] : '/usr/share/nginx/html' };
}

const TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml', ico: 'image/x-icon',
};

/** nginx's built-in error page (CRLF line ends, as ngx_http_special_response.c has them). */
export function errorPage(status: number, text: string, version: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

export const nginxProgram: Program = {
  name: 'nginx',
  start(ctx) {
    let argv = ctx.argv;
    if (basename(argv[0]) === 'docker-entrypoint.sh') {
      const next = basename(argv[1] ?? '');
      if (next !== 'nginx' && next !== 'nginx-debug') return commandProgram.start({ ...ctx, argv: argv.slice(1) });
      if (!ctx.resumed && !ctx.env.NGINX_ENTRYPOINT_QUIET_LOGS) ctx.stdout(entrypointLines());
      argv = argv.slice(1);
    }
    if (argv.includes('-v') || argv.includes('-V') || argv.includes('-t')) {
      ctx.stderr(versionText(ctx, argv));
      return ctx.exit(0);
    }
    if (ctx.scriptRunner && argv.includes('-c') && !argv.includes('-g')) return runWithRunner(ctx);
    const v = ctx.image.version;
    const note = (pid: number, msg: string) => ctx.stderr(`${logTime(ctx.now())} [notice] ${pid}#${pid}: ${msg}\n`);
    const conf = readConf(ctx);
    if (!ctx.listen(conf.port, (req) => serve(ctx, conf, req, state))) {
      ctx.stderr(`${logTime(ctx.now())} [emerg] 1#1: bind() to 0.0.0.0:${conf.port} failed (98: Address already in use)\n`);
      ctx.stderr(`nginx: [emerg] bind() to 0.0.0.0:${conf.port} failed (98: Address already in use)\n`);
      return ctx.exit(1);
    }
    const state = { conn: 0 };
    const workers = [29, 30];
    if (!ctx.resumed) {
      note(1, 'using the "epoll" event method');
      note(1, `nginx/${v}`);
      note(1, `built by ${compiler(ctx)}`);
      note(1, 'OS: Linux 6.8.0-88-generic');
      note(1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
      note(1, 'start worker processes');
      for (const w of workers) note(1, `start worker process ${w}`);
    }
    ctx.onSignal((sig: Signal) => {
      if (sig === 'SIGHUP') return note(1, `signal 1 (SIGHUP) received from ${ctx.rand.int(40, 90)}, reconfiguring`);
      if (sig !== 'SIGQUIT' && sig !== 'SIGTERM' && sig !== 'SIGINT') return;
      const graceful = sig === 'SIGQUIT';
      note(1, `signal ${SIGNAL_NUMBERS[sig]} (${sig}) received, ${graceful ? 'shutting down' : 'exiting'}`);
      for (const w of workers) {
        if (graceful) note(w, 'gracefully shutting down');
        note(w, 'exiting');
        note(w, 'exit');
      }
      note(1, `signal 17 (SIGCHLD) received from ${workers[0]}`);
      note(1, `worker process ${workers[0]} exited with code 0`);
      note(1, 'signal 29 (SIGIO) received');
      note(1, `signal 17 (SIGCHLD) received from ${workers[1]}`);
      note(1, `worker process ${workers[1]} exited with code 0`);
      note(1, 'exit');
      ctx.exit(0);
    });
  },
  exec(x: ExecContext) {
    const [cmd, ...args] = x.argv;
    if (basename(cmd) !== 'nginx') return undefined;
    if (args[0] === '-v' || args[0] === '-V' || args[0] === '-t' || args[0] === '-T') {
      x.stderr(versionText(x.process, args));
      return Promise.resolve(0);
    }
    if (args[0] === '-s' && ['reload', 'quit', 'stop', 'reopen'].includes(args[1] ?? '')) {
      x.process.stderr(`${logTime(x.process.now())} [notice] ${x.process.rand.int(40, 90)}#${x.process.rand.int(40, 90)}: signal process started\n`);
      return Promise.resolve(0);
    }
    return undefined;
  },
};

function versionText(ctx: ProgramContext, args: string[]): string {
  if (args.includes('-t') || args.includes('-T')) {
    return 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n';
  }
  if (args.includes('-V')) return `nginx version: nginx/${ctx.image.version}\nbuilt by ${compiler(ctx)}\n`;
  return `nginx version: nginx/${ctx.image.version}\n`;
}

function serve(ctx: ProgramContext, conf: Conf, req: HttpRequest, state: { conn: number }): HttpResponse {
  const v = ctx.image.version;
  const now = ctx.now();
  state.conn++;
  const path = decodeURIComponent(req.path.split('?')[0]);
  const base: [string, string][] = [
    ['Server', `nginx/${v}`],
    ['Date', httpDate(now)],
  ];
  const host = header(req.headers, 'Host') ?? ctx.ip;
  const reqLine = `${req.method} ${req.path} HTTP/1.1`;
  const access = (status: number, bytes: number) =>
    ctx.stdout(
      `${req.remoteAddr} - - [${timeLocal(now)}] "${reqLine}" ${status} ${bytes} "${header(req.headers, 'Referer') ?? '-'}" "${header(req.headers, 'User-Agent') ?? '-'}" "${header(req.headers, 'X-Forwarded-For') ?? '-'}"\n`,
    );
  const errorLog = (msg: string) =>
    ctx.stderr(`${logTime(now)} [error] 29#29: *${state.conn} ${msg}, client: ${req.remoteAddr}, server: localhost, request: "${reqLine}", host: "${host}"\n`);
  const page = (status: number, text: string): HttpResponse => {
    const body = errorPage(status, text, v);
    access(status, byteLength(body));
    return {
      status,
      statusText: text,
      headers: [...base, ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))], ['Connection', 'keep-alive']],
      body: req.method === 'HEAD' ? '' : body,
    };
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return page(405, 'Not Allowed');
  let file = `${conf.root}${path}`;
  if (path.endsWith('/')) {
    const idx = ['index.html', 'index.htm'].map((f) => file + f).find((f) => ctx.fs.read(f) !== undefined);
    if (!idx) {
      errorLog(`directory index of "${file}" is forbidden`);
      return page(403, 'Forbidden');
    }
    file = idx;
  }
  const body = ctx.fs.read(file);
  if (body === undefined) {
    if (ctx.fs.isDir(file)) {
      const location = `http://${host}${path}/`;
      const b = errorPage(301, 'Moved Permanently', v);
      access(301, b.length);
      return { status: 301, headers: [...base, ['Content-Type', 'text/html'], ['Content-Length', String(b.length)], ['Location', location], ['Connection', 'keep-alive']], body: req.method === 'HEAD' ? '' : b };
    }
    errorLog(`open() "${file}" failed (2: No such file or directory)`);
    return page(404, 'Not Found');
  }
  const mtime = ctx.image.files[file] === body ? Date.parse(ctx.image.created) : ctx.startedAt;
  const ext = file.split('.').pop()!.toLowerCase();
  const size = byteLength(body);
  access(200, size);
  return {
    status: 200,
    headers: [
      ...base,
      ['Content-Type', TYPES[ext] ?? 'application/octet-stream'],
      ['Content-Length', String(size)],
      ['Last-Modified', httpDate(mtime)],
      ['Connection', 'keep-alive'],
      ['ETag', `"${Math.floor(mtime / 1000).toString(16)}-${size.toString(16)}"`],
      ['Accept-Ranges', 'bytes'],
    ],
    body: req.method === 'HEAD' ? '' : body,
  };
}

/** nginx's $time_local: `15/Jan/2026:09:00:05 +0000`. */
export function timeLocal(ms: number): string {
  const d = new Date(ms).toUTCString().split(' '); // Thu, 15 Jan 2026 09:00:05 GMT
  return `${d[1]}/${d[2]}/${d[3]}:${d[4]} +0000`;
}

// The official redis image: start-up lines as redis-server 7/8 prints them, port 6379 (not HTTP:
// an HTTP client gets an error line back, as curl shows `Received HTTP/0.9 when not allowed`), a
// tiny in-memory keyspace for `kubectl exec … -- redis-cli PING|SET|GET|DEL|KEYS` (answers in
// redis-cli's raw form, as without a tty), and the SIGTERM
// shutdown sequence (save, bye bye, exit 0).

import type { ExecContext, Program, ProgramContext } from '../program';
import { basename } from '../program';
import { commandProgram } from './command';

const stores = new WeakMap<AbortSignal, Map<string, string>>();

function stamp(ms: number): string {
  const d = new Date(ms).toUTCString().split(' '); // Thu, 15 Jan 2026 09:00:05 GMT
  return `${d[1]} ${d[2]} ${d[3]} ${d[4]}.${String(ms % 1000).padStart(3, '0')}`;
}

export const redisProgram: Program = {
  name: 'redis',
  start(ctx) {
    let argv = ctx.argv;
    if (basename(argv[0]) === 'docker-entrypoint.sh') argv = argv.slice(1);
    if (basename(argv[0] ?? '') !== 'redis-server') return commandProgram.start({ ...ctx, argv });
    const line = (role: string, mark: string, msg: string) => ctx.stdout(`1:${role} ${stamp(ctx.now())} ${mark} ${msg}\n`);
    const portArg = argv.indexOf('--port');
    const port = portArg >= 0 ? Number(argv[portArg + 1]) : 6379;
    stores.set(ctx.signal, new Map());
    if (!ctx.resumed) {
      line('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
      line('C', '*', `Redis version=${ctx.image.version}, bits=64, commit=00000000, modified=1, pid=1, just started`);
      line('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
      line('M', '*', 'monotonic clock: POSIX clock_gettime');
      line('M', '*', `Running mode=standalone, port=${port}.`);
      line('M', '*', 'Server initialized');
      line('M', '*', 'Ready to accept connections tcp');
    }
    ctx.listen(port, () => ({ status: 0, headers: [], body: "-ERR unknown command 'GET', with args beginning with: '/' \r\n" }));
    ctx.onSignal((sig) => {
      if (sig !== 'SIGTERM' && sig !== 'SIGINT') return;
      ctx.stdout(`1:signal-handler (${Math.floor(ctx.now() / 1000)}) Received ${sig} scheduling shutdown...\n`);
      ctx.after(100, () => {
        line('M', '*', 'User requested shutdown...');
        line('M', '*', 'Saving the final RDB snapshot before exiting.');
        line('M', '*', 'DB saved on disk');
        line('M', '#', 'Redis is now ready to exit, bye bye...');
        ctx.exit(0);
      });
    });
  },
  exec(x: ExecContext) {
    if (basename(x.argv[0]) !== 'redis-cli') return undefined;
    const db = stores.get(x.process.signal) ?? new Map<string, string>();
    const args = x.argv.slice(1).filter((a, i, all) => !(a === '-h' || a === '-p' || all[i - 1] === '-h' || all[i - 1] === '-p'));
    if (!args.length) return undefined; // interactive redis-cli: leave it to the shell layer
    x.stdout(redisCommand(x.process, db, args));
    return Promise.resolve(0);
  },
};

function redisCommand(_ctx: ProgramContext, db: Map<string, string>, args: string[]): string {
  const [cmd, ...rest] = args;
  switch (cmd.toUpperCase()) {
    case 'PING':
      return rest.length ? `${rest[0]}\n` : 'PONG\n';
    case 'SET':
      db.set(rest[0], rest[1] ?? '');
      return 'OK\n';
    case 'GET':
      return db.has(rest[0]) ? `${db.get(rest[0])}\n` : '\n';
    case 'DEL': {
      let n = 0;
      for (const k of rest) if (db.delete(k)) n++;
      return `${n}\n`;
    }
    case 'KEYS':
      return [...db.keys()].map((k) => `${k}\n`).join('');
    case 'DBSIZE':
      return `${db.size}\n`;
    default:
      return `ERR unknown command '${cmd}', with args beginning with: ${rest.map((a) => `'${a}' `).join('')}\n`;
  }
}

import { describe, it, expect } from 'vitest';
import { SimClock } from '../../../src/engine/sim/clock';
import { TerminalFs } from '../../../src/shell/bash/terminal-fs';
import { T0 } from './helpers';

describe('TerminalFs', () => {
  it('turns writes to the terminal devices into screen output instead of files', async () => {
    const fs = new TerminalFs(new SimClock(T0));
    const seen: string[] = [];
    fs.sink = (s, t) => seen.push(`${s}:${t}`);
    await fs.appendFile('/dev/pts/0', 'a\n');
    await fs.appendFile('/dev/pts/0-err', 'b\n');
    await fs.writeFile('/dev/tty', 'c\n');
    await fs.appendFile('/dev/pts/0', '');
    fs.attach('/dev/pts/5', '/dev/pts/5-err', (s, t) => seen.push(`five-${s}:${t}`));
    await fs.appendFile('/dev/pts/5-err', 'd\n');
    fs.detach('/dev/pts/5', '/dev/pts/5-err');
    await fs.appendFile('/dev/pts/5', 'stored\n');
    expect(seen).toEqual(['out:a\n', 'err:b\n', 'out:c\n', 'five-err:d\n']);
    expect(await fs.exists('/dev/pts/0')).toBe(true);
    expect(await fs.readFile('/dev/pts/5')).toBe('stored\n');
  });

  it('stamps files with simulated time', async () => {
    const clock = new SimClock(T0);
    const fs = new TerminalFs(clock);
    clock.advanceBy(60_000);
    await fs.mkdir('/a/b', { recursive: true });
    await fs.writeFile('/a/b/f', 'x');
    expect((await fs.stat('/a/b/f')).mtime.getTime()).toBe(T0 + 60_000);
    expect((await fs.stat('/a')).mtime.getTime()).toBe(T0 + 60_000);
    expect((await fs.stat('/')).mtime.getTime()).toBe(T0);
  });

  it('dumps and loads text, binary files, directories and symlinks', async () => {
    const fs = new TerminalFs(new SimClock(T0));
    await fs.mkdir('/root/d', { recursive: true });
    await fs.writeFile('/root/d/t.txt', 'héllo\n');
    await fs.writeFile('/root/d/b.bin', Uint8Array.from([0xff, 0x00, 0xfe]));
    await fs.symlink('/root/d/t.txt', '/root/link');
    const dump = JSON.parse(JSON.stringify(fs.dump()));
    expect(dump.map((e: { path: string; type: string; binary?: boolean }) => `${e.type} ${e.path}${e.binary ? ' binary' : ''}`)).toEqual([
      'directory /root',
      'directory /root/d',
      'file /root/d/b.bin binary',
      'file /root/d/t.txt',
      'symlink /root/link',
    ]);
    const fs2 = new TerminalFs(new SimClock(T0 + 1000));
    await fs2.load(dump);
    expect(await fs2.readFile('/root/d/t.txt')).toBe('héllo\n');
    expect([...(await fs2.readFileBuffer('/root/d/b.bin'))]).toEqual([0xff, 0x00, 0xfe]);
    expect(await fs2.readlink('/root/link')).toBe('/root/d/t.txt');
    expect((await fs2.stat('/root/d/t.txt')).mtime.getTime()).toBe(T0);
  });
});

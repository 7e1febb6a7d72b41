import { describe, expect, it } from 'vitest';
import { ContainerFs, hostsFile, norm, resolvConf } from '../../../src/engine/runtime/container-fs';

describe('container filesystem', () => {
  it('reads, writes, lists and normalises paths', () => {
    const fs = new ContainerFs({ '/etc/os-release': 'x', '/usr/share/nginx/html/index.html': 'hi' });
    expect(fs.read('/usr/share/nginx/../nginx/html//index.html')).toBe('hi');
    expect(fs.list('/usr/share/nginx')).toEqual(['html']);
    expect(fs.list('/')).toEqual(['etc', 'usr']);
    expect(fs.isDir('/etc')).toBe(true);
    expect(fs.list('/nope')).toBeUndefined();
    fs.write('/tmp/a', '1');
    expect(fs.exists('/tmp/a')).toBe(true);
    expect(fs.remove('/tmp/a')).toBe(true);
    expect(norm('a/./b/../c/')).toBe('/a/c');
  });

  it('mounts shared volumes over the image, read-only ones refuse writes, subPath mounts one file', () => {
    const vol = new Map([['index.html', 'from volume']]);
    const fs = new ContainerFs({ '/usr/share/nginx/html/index.html': 'image', '/usr/share/nginx/html/50x.html': 'err' });
    fs.mount({ path: '/usr/share/nginx/html', files: vol, readOnly: true });
    fs.mount({ path: '/etc/app.conf', files: new Map([['app.conf', 'k=v']]), subPath: 'app.conf' });
    expect(fs.read('/usr/share/nginx/html/index.html')).toBe('from volume');
    expect(fs.read('/usr/share/nginx/html/50x.html')).toBeUndefined();
    expect(fs.write('/usr/share/nginx/html/x', 'y')).toBe(false);
    expect(fs.read('/etc/app.conf')).toBe('k=v');
    expect(fs.allPaths()).toEqual(['/etc/app.conf', '/usr/share/nginx/html/index.html']);
    vol.set('new.html', 'n');
    expect(fs.list('/usr/share/nginx/html')).toEqual(['index.html', 'new.html']);
  });

  it('writes resolv.conf and hosts as the kubelet does', () => {
    expect(resolvConf('dev')).toBe('search dev.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(hostsFile('10.244.1.5', 'web', [{ ip: '1.2.3.4', hostnames: ['foo.local', 'bar.local'] }]).split('\n').slice(-5)).toEqual([
      '10.244.1.5\tweb',
      '',
      '# Entries added by HostAliases.',
      '1.2.3.4\tfoo.local\tbar.local',
      '',
    ]);
  });
});

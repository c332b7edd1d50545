// The test harness itself: which WordPress versions it runs, and ports it never shares.
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootWordPress } from './harness/boot-wordpress.mjs';
import { DEFAULT_RELEASE_ARCHIVE, wordpressTargets } from './harness/wordpress-builds.mjs';
import { CACHE_DIR, PLUGIN_DIR } from './support/site';

describe('WordPress versions under test', () => {
  it('looks for the release archive at <repo>/../shared/wordpress', () => {
    expect(DEFAULT_RELEASE_ARCHIVE).toBe(path.resolve(PLUGIN_DIR, '../../../shared/wordpress/wordpress-7.1.0.tar.xz'));
  });

  it('runs 6.6 only, and says why, without the archive; both with it', () => {
    const without = wordpressTargets({ WP_RELEASE_ARCHIVE: '/nonexistent/wordpress-7.1.0.tar.xz' });
    expect(without.targets.map((t) => t.name)).toEqual(['6.6']);
    expect(without.missing).toBe('/nonexistent/wordpress-7.1.0.tar.xz');
    const withIt = wordpressTargets({ WP_RELEASE_ARCHIVE: DEFAULT_RELEASE_ARCHIVE });
    if (withIt.missing) return; // a clone without ../shared: covered by the case above
    expect(withIt.targets.map((t) => t.name)).toEqual(['6.6', '7.1']);
    expect(withIt.targets[1]!.env.WP_ARCHIVE).toBe(DEFAULT_RELEASE_ARCHIVE);
  });
});

describe('bootWordPress({ port })', () => {
  it('refuses a port something else already listens on', async () => {
    const other = net.createServer((socket) => socket.end('HTTP/1.1 200 OK\r\n\r\nnot WordPress'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as net.AddressInfo;
    try {
      await expect(bootWordPress({ cacheDir: CACHE_DIR, port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      other.close();
    }
  });
});

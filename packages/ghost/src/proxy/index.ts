import type http from 'node:http';
import type { GhostSignalsConfig } from '../config.js';
import type { GhostSignals } from '../posts.js';
import { createSignalsProxy } from './server.js';
import { SignalMap } from './signal-map.js';

export { createSignalsProxy, type SignalsProxyOptions } from './server.js';
export { SignalMap } from './signal-map.js';
export { mergeRobotsTxt } from './robots.js';

/** A running proxy: its URL, its signal map, and how to stop it. */
export interface RunningProxy {
  readonly url: string;
  readonly map: SignalMap;
  readonly server: http.Server;
  close(): Promise<void>;
}

/**
 * Reads the signal map from Ghost, then listens on `host:port` (port 0: a
 * free one), refreshing the map every `refreshSeconds`. Fails with a clear
 * message when the port is taken.
 */
export async function startProxy(options: {
  readonly signals: GhostSignals;
  readonly config: GhostSignalsConfig;
  readonly upstream: string;
  readonly host?: string;
  readonly port?: number;
  readonly refreshSeconds?: number;
}): Promise<RunningProxy> {
  const map = new SignalMap(options.signals, options.config);
  await map.refresh();
  map.start((options.refreshSeconds ?? 60) * 1000);
  const server = createSignalsProxy({ upstream: options.upstream, map, outputs: options.config.outputs });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      map.stop();
      reject(new Error(error.code === 'EADDRINUSE' ? `${host}:${options.port ?? 0} is already in use: pick another --listen port` : error.message));
    });
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port ?? 0}`,
    map,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        map.stop();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

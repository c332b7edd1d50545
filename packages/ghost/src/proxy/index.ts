import type http from 'node:http';
import type { GhostSignalsConfig } from '../config.js';
import type { GhostSignals } from '../posts.js';
import { createSignalsProxy } from './server.js';
import { SignalMap } from './signal-map.js';
import { createWebhookListener } from './webhook.js';

export { createSignalsProxy, type SignalsProxyOptions } from './server.js';
export { SignalMap } from './signal-map.js';
export { mergeRobotsTxt } from './robots.js';
export { SIGNAL_EVENTS, createWebhookListener, registerWebhooks, verifyGhostSignature } from './webhook.js';

/** A running proxy: its URL, its signal map, and how to stop it. */
export interface RunningProxy {
  readonly url: string;
  readonly map: SignalMap;
  readonly server: http.Server;
  /** The webhook listener's URL, when one was asked for. */
  readonly webhookUrl?: string;
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
  /** Also listen for Ghost's webhooks (signed with `secret`) and refresh the map on each. */
  readonly webhook?: { readonly secret: string; readonly host?: string; readonly port?: number };
}): Promise<RunningProxy> {
  const map = new SignalMap(options.signals, options.config);
  await map.refresh();
  map.start((options.refreshSeconds ?? 60) * 1000);
  const server = createSignalsProxy({ upstream: options.upstream, map, outputs: options.config.outputs });
  const host = options.host ?? '127.0.0.1';
  const servers: http.Server[] = [server];
  try {
    const url = await listen(server, host, options.port ?? 0, '--listen');
    let webhookUrl: string | undefined;
    if (options.webhook) {
      const refresh = debounced(() => map.refresh(), 250);
      const listener = createWebhookListener({ secret: options.webhook.secret, onEvent: refresh });
      servers.push(listener);
      webhookUrl = await listen(listener, options.webhook.host ?? host, options.webhook.port ?? 0, '--webhook-listen');
    }
    return { url, map, server, ...(webhookUrl ? { webhookUrl } : {}), close: () => closeAll(map, servers) };
  } catch (error) {
    await closeAll(map, servers);
    throw error;
  }
}

function listen(server: http.Server, host: string, port: number, flag: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'EADDRINUSE' ? `${host}:${port} is already in use: pick another ${flag} port` : error.message));
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}

async function closeAll(map: SignalMap, servers: readonly http.Server[]): Promise<void> {
  map.stop();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            resolve();
          });
        }),
    ),
  );
}

/** Runs `task` once `ms` after the last call, so a burst of webhooks costs one refresh. */
function debounced(task: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      task().catch((error: unknown) => {
        process.stderr.write(`cc-signals-ghost: refreshing after a webhook failed: ${(error as Error).message}\n`);
      });
    }, ms);
  };
}

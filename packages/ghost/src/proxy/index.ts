import type http from 'node:http';
import type { GhostSignalsConfig } from '../config.js';
import type { GhostSignals } from '../posts.js';
import { createSignalsProxy } from './server.js';
import { SignalMap } from './signal-map.js';
import { closeAll, debounced, listen } from './listen.js';
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

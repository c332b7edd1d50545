import type http from 'node:http';
import type { GhostSignalsConfig } from '../config.js';
import type { GhostSignals } from '../posts.js';
import { closeAll, debounced, listen } from '../proxy/listen.js';
import { SignalMap } from '../proxy/signal-map.js';
import { createWebhookListener } from '../proxy/webhook.js';
import { ghostNginxMap, writeFileAtomic } from './map.js';

/** A running nginx map writer: its signal map, its webhook listener's URL, and how to stop it. */
export interface NginxMapSync {
  readonly map: SignalMap;
  readonly webhookUrl?: string;
  close(): Promise<void>;
}

/**
 * Writes the nginx map to `out` from Ghost's published posts and pages, then
 * keeps it current: every `refreshSeconds`, and (with `webhook`) on each of
 * Ghost's signed webhooks (post or page published, edited, unpublished,
 * deleted; tag edited or deleted), debounced. Each rewrite is atomic and
 * only happens when the map changed; `onWritten` runs after it (e.g. to
 * reload nginx). A failed refresh keeps the previous file.
 */
export async function startNginxMapSync(options: {
  readonly signals: GhostSignals;
  readonly config: GhostSignalsConfig;
  readonly out: string;
  readonly refreshSeconds?: number;
  readonly webhook?: { readonly secret: string; readonly host?: string; readonly port?: number };
  readonly onWritten?: (file: string) => Promise<void> | void;
  readonly log?: (message: string) => void;
}): Promise<NginxMapSync> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const map = new SignalMap(options.signals, options.config, log);
  let written: Promise<void> = Promise.resolve();
  map.onRefresh((site) => {
    if (!writeFileAtomic(options.out, ghostNginxMap(site))) return;
    written = written.then(() => options.onWritten?.(options.out)).catch((error: unknown) => {
      log(`cc-signals-ghost: after writing ${options.out}: ${(error as Error).message}`);
    });
  });
  await map.refresh();
  await written;
  map.start((options.refreshSeconds ?? 60) * 1000);
  const servers: http.Server[] = [];
  try {
    let webhookUrl: string | undefined;
    if (options.webhook) {
      const listener = createWebhookListener({ secret: options.webhook.secret, onEvent: debounced(() => map.refresh(), 250) });
      servers.push(listener);
      webhookUrl = await listen(listener, options.webhook.host ?? '127.0.0.1', options.webhook.port ?? 0, '--webhook-listen');
    }
    return { map, ...(webhookUrl ? { webhookUrl } : {}), close: () => closeAll(map, servers) };
  } catch (error) {
    await closeAll(map, servers);
    throw error;
  }
}

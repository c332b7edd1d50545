import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError, client, serveUntilStopped, webhookOptions, type Io, type Values } from '../cli.js';
import type { GhostSignalsConfig } from '../config.js';
import { ghostNginxSnippet } from './map.js';
import { startNginxMapSync } from './sync.js';

const run = promisify(execFile);

/** `cc-signals-ghost nginx-map --out FILE`: write the map once, or keep it current (--watch, --webhook-listen). */
export async function nginxMapCommand(values: Values, io: Io, config: GhostSignalsConfig): Promise<number> {
  if (values.out === undefined) throw new UsageError('nginx-map needs --out <file>, e.g. --out /etc/nginx/cc-signals-ghost.map');
  const out = path.resolve(values.out);
  const refresh = values.refresh === undefined ? 60 : Number(values.refresh);
  if (!(refresh > 0)) throw new UsageError(`--refresh: "${values.refresh ?? ''}" is not a positive number of seconds`);
  const keepRunning = values.watch === true || values['webhook-listen'] !== undefined;
  const webhook = values['webhook-listen'] === undefined ? undefined : webhookOptions(values, io);
  const reload = values['reload-command'];
  const signals = client(values, io, config);
  const sync = await startNginxMapSync({
    signals, config, out, refreshSeconds: refresh,
    ...(webhook ? { webhook } : {}),
    onWritten: async () => {
      io.stderr(`cc-signals-ghost: wrote ${out}\n`);
      // The admin's own command (e.g. "nginx -s reload"), run by the shell as typed.
      if (reload) await run('/bin/sh', ['-c', reload], { timeout: 60_000 });
    },
    log: (message) => {
      io.stderr(`${message}\n`);
    },
  });
  io.stdout(ghostNginxSnippet(out));
  if (!keepRunning) {
    await sync.close();
    return 0;
  }
  if (sync.webhookUrl) io.stdout(`cc-signals-ghost webhooks: ${sync.webhookUrl}\n`);
  return serveUntilStopped(sync, signals, values, io, webhook?.secret);
}

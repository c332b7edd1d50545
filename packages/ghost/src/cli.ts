import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError, serializeContentUsage } from '@cc-signals/core';
import { GhostApiError, createAdminApi } from './admin.js';
import { defaultConfig, loadConfig, type GhostSignalsConfig, type PostType } from './config.js';
import { doctor } from './doctor.js';
import { AdminKeyError, readAdminKey } from './key.js';
import { GhostSignals, describeError, type PostResult, type RunReport } from './posts.js';
import { progressBar } from './progress.js';
import { StaffRoleError } from './theme-kit/staff.js';

const USAGE = `Usage: cc-signals-ghost <command> [options]
  set <post> <preset>          set a post's signal tag (#cc-signal-<preset>) and its code injection
  get <post>                   show a post's resolved signal and where it comes from
  list [--filter <NQL>]        every post's signal
  bulk --filter <NQL> --preset <preset>   set the preset on every matching post
  sync                         re-apply defaults and code injection to every post and page
  doctor                       fetch the public site and compare what it emits with each post's signal
  install-theme-kit [--theme <name> | --theme-zip <file>] [--insert-partial]
                               add the kit (declaration partial, feed template) to a theme, upload and
                               activate it; with staff credentials also add the feed route to routes.yaml
  nginx-map --out <file> [--watch] [--refresh <seconds>] [--reload-command <command>]
        [--webhook-listen host:port [--register-webhooks <public URL of that listener>]]
                               write the nginx map (post URL → Content-Usage) atomically and print the
                               snippet that uses it; with --watch or --webhook-listen keep it current
  proxy --upstream <Ghost URL> [--listen host:port] [--refresh <seconds>]
        [--webhook-listen host:port [--register-webhooks <public URL of that listener>]]
                               serve Ghost with the signal headers and robots.txt rules added; with
                               --webhook-listen, refresh on Ghost's webhooks (secret from
                               CC_SIGNALS_GHOST_WEBHOOK_SECRET or --webhook-secret-file)
Options:
  --type post|page             which content type (default post; list/sync/doctor: both)
  --config <file>              site defaults (default ./cc-signals-ghost.json when present)
  --url <site URL>             the Ghost site (or GHOST_URL, or "url" in the config)
  --key-file <file>            file holding the Admin API key (or GHOST_ADMIN_API_KEY[_FILE])
  --rate <n>                   Admin API requests per second (default 8)
  --dry-run                    say what would change, change nothing
  --json                       machine-readable output`;

const options = {
  type: { type: 'string' },
  config: { type: 'string' },
  url: { type: 'string' },
  'key-file': { type: 'string' },
  rate: { type: 'string' },
  filter: { type: 'string' },
  preset: { type: 'string' },
  limit: { type: 'string' },
  upstream: { type: 'string' },
  theme: { type: 'string' },
  'webhook-listen': { type: 'string' },
  'webhook-secret-file': { type: 'string' },
  'register-webhooks': { type: 'string' },
  'insert-partial': { type: 'boolean' },
  'theme-zip': { type: 'string' },
  'staff-token-file': { type: 'string' },
  listen: { type: 'string' },
  out: { type: 'string' },
  watch: { type: 'boolean' },
  'reload-command': { type: 'string' },
  refresh: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: NodeJS.ProcessEnv;
}

/** Wrong command-line use: exit code 2. */
export class UsageError extends Error {}

/** Runs the CLI and returns its exit code: 0 done, 1 some post failed, 2 bad usage or input. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return command === undefined && !values.help ? 2 : 0;
    }
    return await dispatch(command, rest, values, io);
  } catch (error) {
    const usage = error instanceof UsageError || error instanceof ValidationError || error instanceof AdminKeyError || error instanceof StaffRoleError;
    io.stderr(`cc-signals-ghost: ${usage ? (error as Error).message : describeError(error)}\n`);
    if (error instanceof TypeError && 'code' in error) io.stderr(`${USAGE}\n`);
    return usage || (error instanceof TypeError && 'code' in error) ? 2 : 1;
  }
}

function config(values: Values, io: Io): GhostSignalsConfig {
  const file = values.config ?? io.env.CC_SIGNALS_GHOST_CONFIG ?? (fs.existsSync('cc-signals-ghost.json') ? 'cc-signals-ghost.json' : undefined);
  return file === undefined ? defaultConfig : loadConfig(file);
}

function siteUrl(values: Values, io: Io, siteConfig: GhostSignalsConfig): string {
  const url = (values.url ?? io.env.GHOST_URL ?? siteConfig.url)?.replace(/\/+$/, '');
  if (!url) throw new UsageError('no Ghost site: pass --url, set GHOST_URL, or put "url" in the config');
  return url;
}

/** The Admin API client for the site, key and rate the options name. */
export function client(values: Values, io: Io, siteConfig: GhostSignalsConfig): GhostSignals {
  const url = siteUrl(values, io, siteConfig);
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(rate > 0)) throw new UsageError(`--rate: "${values.rate}" is not a positive number`);
  const key = readAdminKey(io.env, values['key-file']);
  const api = createAdminApi({ url, key, ...(rate ? { requestsPerSecond: rate } : {}) });
  return new GhostSignals(api, siteConfig, { dryRun: values['dry-run'] ?? false });
}

function types(values: Values, both: boolean): PostType[] {
  if (values.type === undefined) return both ? ['post', 'page'] : ['post'];
  if (values.type === 'post' || values.type === 'page') return [values.type];
  throw new ValidationError(`--type: "${values.type}" is not allowed; expected one of "post", "page"`, { field: 'type', allowed: ['post', 'page'] });
}

async function dispatch(command: string, rest: string[], values: Values, io: Io): Promise<number> {
  const siteConfig = config(values, io);
  switch (command) {
    case 'set': {
      const [ref, preset] = rest;
      if (ref === undefined || preset === undefined || rest.length > 2) throw new UsageError('set takes a post (id or slug) and a preset');
      const signals = client(values, io, siteConfig);
      const type = types(values, false)[0] ?? 'post';
      const result = await signals.apply(type, await signals.read(type, ref), preset);
      return report({ results: [result] }, values, io);
    }
    case 'get': {
      const [ref] = rest;
      if (ref === undefined || rest.length > 1) throw new UsageError('get takes a post (id or slug)');
      const signals = client(values, io, siteConfig);
      const type = types(values, false)[0] ?? 'post';
      const result = signals.check(type, await signals.read(type, ref));
      return report({ results: [result] }, values, io);
    }
    case 'list':
    case 'sync':
    case 'bulk':
      return many(command, values, io, siteConfig);
    case 'doctor':
      return doctor(client(values, io, siteConfig), siteConfig, types(values, true), values, io);
    case 'proxy':
      return proxyCommand(values, io, siteConfig);
    case 'nginx-map':
      return (await import('./nginx/command.js')).nginxMapCommand(values, io, siteConfig);
    case 'install-theme-kit':
      return (await import('./theme-kit/command.js')).installThemeKitCommand(values, io, siteConfig, siteUrl(values, io, siteConfig));
    default:
      throw new UsageError(`unknown command "${command}"; expected one of set, get, list, bulk, sync, doctor, proxy, nginx-map, install-theme-kit`);
  }
}

async function proxyCommand(values: Values, io: Io, siteConfig: GhostSignalsConfig): Promise<number> {
  if (values.upstream === undefined) throw new UsageError('proxy needs --upstream <Ghost URL>, e.g. --upstream http://127.0.0.1:2368');
  const [host, port] = hostPort(values.listen ?? '127.0.0.1:8080', '--listen');
  const refresh = values.refresh === undefined ? 60 : Number(values.refresh);
  if (!(refresh > 0)) throw new UsageError(`--refresh: "${values.refresh ?? ''}" is not a positive number of seconds`);
  const { startProxy } = await import('./proxy/index.js');
  const signals = client({ ...values, url: values.url ?? values.upstream }, io, siteConfig);
  const webhook = values['webhook-listen'] === undefined ? undefined : webhookOptions(values, io);
  const proxy = await startProxy({ signals, config: siteConfig, upstream: values.upstream, host, port, refreshSeconds: refresh, ...(webhook ? { webhook } : {}) });
  io.stdout(`cc-signals-ghost proxy: ${proxy.url} → ${values.upstream}\n`);
  if (proxy.webhookUrl) io.stdout(`cc-signals-ghost webhooks: ${proxy.webhookUrl}\n`);
  return serveUntilStopped(proxy, signals, values, io, webhook?.secret);
}

/**
 * Registers Ghost's webhooks when `--register-webhooks` asks for it, then
 * serves until SIGINT or SIGTERM and closes `service`.
 */
export async function serveUntilStopped(
  service: { close(): Promise<void> },
  signals: GhostSignals,
  values: Values,
  io: Io,
  secret: string | undefined,
): Promise<number> {
  if (secret !== undefined && values['register-webhooks']) {
    const { registerWebhooks } = await import('./proxy/webhook.js');
    await registerWebhooks(signals.adminApi, values['register-webhooks'], secret);
    io.stdout(`registered Ghost webhooks → ${values['register-webhooks']}\n`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.close();
  return 0;
}

function hostPort(value: string, flag: string): [string, number] {
  const match = /^(.+):(\d+)$/.exec(value);
  if (!match?.[1] || !match[2]) throw new UsageError(`${flag}: "${value}" is not host:port, e.g. 127.0.0.1:8080`);
  return [match[1], Number(match[2])];
}

/** The webhook listener's address and secret (at least 16 characters) from the options. */
export function webhookOptions(values: Values, io: Io): { secret: string; host: string; port: number } {
  const [host, port] = hostPort(values['webhook-listen'] ?? '', '--webhook-listen');
  const file = values['webhook-secret-file'];
  const secret = (file ? fs.readFileSync(file, 'utf8') : (io.env.CC_SIGNALS_GHOST_WEBHOOK_SECRET ?? '')).trim();
  if (secret.length < 16) throw new UsageError('webhooks need a secret of at least 16 characters: CC_SIGNALS_GHOST_WEBHOOK_SECRET or --webhook-secret-file');
  return { secret, host, port };
}

async function many(command: 'list' | 'sync' | 'bulk', values: Values, io: Io, siteConfig: GhostSignalsConfig): Promise<number> {
  if (command === 'bulk' && (values.filter === undefined || values.preset === undefined)) {
    throw new UsageError('bulk needs --filter <NQL> and --preset <preset>');
  }
  const wanted = types(values, command !== 'bulk');
  const signals = client({ ...values, ...(command === 'list' ? { 'dry-run': true } : {}) }, io, siteConfig);
  const results: PostResult[] = [];
  for (const type of wanted) {
    const posts = await signals.browse(type, values.filter);
    const label = `${command} ${type}s`;
    const reportForType = await signals.run(type, posts, command === 'bulk' ? values.preset : undefined, progressBar(label));
    results.push(...reportForType.results);
    if (reportForType.stoppedBy) return report({ results, stoppedBy: reportForType.stoppedBy }, values, io);
  }
  return report({ results }, values, io);
}

function report(runReport: RunReport, values: Values, io: Io): number {
  const failed = runReport.results.filter((result) => result.outcome === 'failed');
  if (values.json) {
    io.stdout(`${JSON.stringify(runReport, null, 2)}\n`);
  } else {
    for (const result of runReport.results) io.stdout(`${line(result)}\n`);
    const counts = ['updated', 'would-update', 'unchanged', 'failed'].map((outcome) => `${runReport.results.filter((r) => r.outcome === outcome).length} ${outcome}`);
    io.stdout(`${counts.join(', ')}\n`);
  }
  if (runReport.stoppedBy) io.stderr(`cc-signals-ghost: stopped: ${runReport.stoppedBy}. Posts done so far are complete; run the same command again to finish.\n`);
  for (const result of failed) io.stderr(`cc-signals-ghost: ${result.type} ${result.slug}: ${result.error ?? 'failed'}\n`);
  return failed.length > 0 ? 1 : 0;
}

function line(result: PostResult): string {
  const signal = result.signal;
  const value = signal ? serializeContentUsage(signal.preferences) || '(no signal)' : '';
  const parts = [`${result.type} ${result.slug}`, result.outcome, value];
  if (signal) parts.push(`preset=${signal.preset ?? 'custom'}`, `from=${signal.source}`);
  if (signal?.conflict) parts.push(`warning: ${signal.conflict}`);
  return parts.filter(Boolean).join('\t');
}

export { GhostApiError };

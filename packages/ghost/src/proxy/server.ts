import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { EmitOptions } from '@cc-signals/core';
import { siteHeaders, siteTdmrepJson } from '@cc-signals/core/site';
import { mergeRobotsTxt } from './robots.js';
import type { SignalMap } from './signal-map.js';

/** Options of {@link createSignalsProxy}. */
export interface SignalsProxyOptions {
  /** Ghost's own address, e.g. `http://127.0.0.1:2368`: the only host the proxy ever talks to. */
  readonly upstream: string;
  readonly map: SignalMap;
  readonly outputs: EmitOptions;
}

// RFC 9110 § 7.6.1: fields that concern one connection only, never forwarded.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const MAX_ROBOTS_BYTES = 512 * 1024;
/** TDMRep's well-known file (served from the same rules when `outputs.tdmrep` is on). */
const TDMREP_PATH = '/.well-known/tdmrep.json';

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = (headers.connection ?? '').split(',').map((token) => token.trim().toLowerCase());
  const result: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.includes(name) && !named.includes(name)) result[name] = value;
  }
  return result;
}

function refuse(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  response.end(`${message}\n`);
}

/**
 * A reverse proxy in front of Ghost that adds the signal headers
 * (`Content-Usage` and the enabled neighbours, from core) to each
 * successful GET/HEAD by its URL path, and serves robots.txt with the
 * site's rules merged into Ghost's (and, with `outputs.tdmrep`,
 * `/.well-known/tdmrep.json`), all from core's site module. Everything else passes through as Ghost
 * sent it (status, headers, body bytes, redirects, compression), streamed,
 * over kept-alive connections. Only origin-form requests are served: an
 * absolute URL, `*` or CONNECT is refused, so it is never an open proxy.
 */
export function createSignalsProxy(options: SignalsProxyOptions): http.Server {
  const upstream = new URL(options.upstream);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((request, response) => {
    const target = request.url ?? '';
    if (!target.startsWith('/') || target.startsWith('//')) {
      refuse(response, 400, 'Only origin-form request targets ("/path") are served: this is not an open proxy.');
      return;
    }
    const pathname = new URL(target, 'http://proxy.invalid').pathname;
    if (pathname === '/robots.txt' && (request.method === 'GET' || request.method === 'HEAD')) {
      serveRobots(request, response, upstream, agent, options);
      return;
    }
    if (pathname === TDMREP_PATH && options.outputs.tdmrep === true && (request.method === 'GET' || request.method === 'HEAD')) {
      const body = siteTdmrepJson(options.map.site());
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    forward(request, response, upstream, agent, (answer) => {
      const status = answer.statusCode ?? 502;
      const preferences = (request.method === 'GET' || request.method === 'HEAD') && status >= 200 && status < 300 ? options.map.preferencesFor(pathname) : undefined;
      if (!preferences) return;
      // Ghost's own Link (and X-Robots-Tag) values are kept: core joins ours after them.
      for (const [name, value] of Object.entries(siteHeaders(preferences, options.outputs, answer.headers))) response.setHeader(name, value);
    });
  });
  server.on('connect', (_request: http.IncomingMessage, socket: Duplex) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('close', () => {
    agent.destroy();
  });
  return server;
}

function upstreamHeaders(request: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers = endToEnd(request.headers);
  const client = request.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${String(headers['x-forwarded-for'])}, ${client}` : client;
  headers['x-forwarded-host'] ??= request.headers.host ?? '';
  headers['x-forwarded-proto'] ??= 'http';
  return headers;
}

/** Streams the request to Ghost and Ghost's answer back; `decorate` may set headers first. */
function forward(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  upstream: URL,
  agent: http.Agent,
  decorate: (answer: http.IncomingMessage) => void,
): void {
  const outgoing = http.request(
    { protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: upstreamHeaders(request), agent },
    (answer) => {
      for (const [name, value] of Object.entries(endToEnd(answer.headers))) if (value !== undefined) response.setHeader(name, value);
      decorate(answer);
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage);
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    },
  );
  outgoing.on('error', () => {
    if (!response.headersSent) refuse(response, 502, 'Bad gateway: Ghost did not answer.');
    else response.destroy();
  });
  response.on('close', () => {
    if (!response.writableFinished) outgoing.destroy();
  });
  request.pipe(outgoing);
}

function serveRobots(request: http.IncomingMessage, response: http.ServerResponse, upstream: URL, agent: http.Agent, options: SignalsProxyOptions): void {
  const outgoing = http.get(
    { protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, path: '/robots.txt', headers: { host: request.headers.host ?? upstream.host, 'accept-encoding': 'identity' }, agent },
    (answer) => {
      const chunks: Buffer[] = [];
      let size = 0;
      answer.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_ROBOTS_BYTES) chunks.push(chunk);
      });
      answer.on('end', () => {
        const status = answer.statusCode ?? 502;
        if (status >= 500) {
          refuse(response, 502, 'Bad gateway: Ghost failed to serve robots.txt.');
          return;
        }
        const ghostText = status < 300 ? Buffer.concat(chunks).toString('utf8') : '';
        const body = mergeRobotsTxt(ghostText, options.map.site()).text;
        const cacheControl = answer.headers['cache-control'];
        response.writeHead(200, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          ...(cacheControl ? { 'cache-control': cacheControl } : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    },
  );
  outgoing.on('error', () => {
    refuse(response, 502, 'Bad gateway: Ghost did not answer.');
  });
}

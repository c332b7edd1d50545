import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSignalHeaders, signalHeaders, withSignalHeaders } from './http.js';
import type { Preferences } from './preferences.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };

describe('signalHeaders', () => {
  it('emits Content-Usage and a licence link to the signal text', () => {
    expect(signalHeaders(credit)).toEqual({
      'content-usage': 'train-ai=n;exceptions=cc-cr',
      link: '<https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1>; rel="https://cc-signals.org/ns/1.0/signal"',
    });
  });

  it('emits nothing for empty preferences, whatever is enabled', () => {
    expect(signalHeaders({}, { noai: true, tdmrep: true, rslLicenseUrl: 'https://example.test/license.xml' })).toEqual({});
  });

  it('adds the opt-in formats', () => {
    const headers = signalHeaders(credit, { noai: true, tdmrep: true, rslLicenseUrl: 'https://example.test/l.xml' });
    expect(headers['x-robots-tag']).toBe('noai, noimageai');
    expect(headers['tdm-reservation']).toBe('1');
    expect(headers.link).toContain('<https://example.test/l.xml>; rel="license"; type="application/rsl+xml"');
  });

  it('rejects an RSL URL that is not an absolute http(s) URL', () => {
    expect(() => signalHeaders(credit, { rslLicenseUrl: 'javascript:alert(1)' })).toThrow(/rslLicenseUrl/);
  });
});

describe('setSignalHeaders on a real node:http server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader('link', '</style.css>; rel=preload');
      setSignalHeaders(response, credit);
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => { resolve(); })));

  it('sends the header and keeps the application Link', async () => {
    const response = await fetch(base);
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
    expect(response.headers.get('link')).toMatch(/^<\/style\.css>; rel=preload, <https:\/\/github\.com\//);
  });

  it('spells the names as usual', async () => {
    const raw = await new Promise<string[]>((resolve, reject) => {
      get(base, (response) => { response.resume(); resolve(response.rawHeaders); }).on('error', reject);
    });
    expect(raw).toEqual(expect.arrayContaining(['Content-Usage', 'Link']));
  });
});

describe('withSignalHeaders', () => {
  it('copies a Fetch Response with the headers added', async () => {
    const response = withSignalHeaders(new Response('body', { status: 201, headers: { 'x-a': '1' } }), credit);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-a')).toBe('1');
    expect(response.headers.get('content-usage')).toBe('train-ai=n;exceptions=cc-cr');
    expect(await response.text()).toBe('body');
  });
});

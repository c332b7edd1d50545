import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  serializeHtmlHead,
  serializeRobotsRules,
  serializeRss,
  setSignalHeaders,
  type Preferences,
} from '@cc-signals/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.js';

const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'allowed' } };
let server: Server;
let origin = '';
let robotsStatus = 200;
let headerValue = 'train-ai=n;exceptions=cc-cr, search=y';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/robots.txt') {
      response.statusCode = robotsStatus;
      response.end(serializeRobotsRules([{ path: '/', preferences: credit }]));
      return;
    }
    if (request.url === '/feed.xml') {
      response.setHeader('content-type', 'application/rss+xml');
      response.end(serializeRss({ title: 'T', link: `${origin}/`, preferences: credit, items: [{ title: 'P', link: `${origin}/post`, preferences: credit }] }));
      return;
    }
    response.setHeader('content-type', 'text/html');
    setSignalHeaders(response, credit);
    response.setHeader('content-usage', headerValue);
    response.end(`<html><head>${serializeHtmlHead(credit)}<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => { resolve(); })));

describe('cc-signals inspect', () => {
  it('reads the header, meta, robots.txt and the linked feed, with no conflict', async () => {
    headerValue = 'train-ai=n;exceptions=cc-cr, search=y';
    const result = await runCli(['inspect', `${origin}/post`, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { preferences: unknown; readings: { source: string }[]; conflicts: unknown[]; sentences: Record<string, string> };
    expect(report.preferences).toEqual({ 'train-ai': { preference: 'disallowed', exception: 'cc-cr' }, search: { preference: 'allowed' } });
    expect(report.readings.map((reading) => reading.source)).toEqual(['content-usage-header', 'content-usage-meta', 'robots-txt', 'feed-channel', 'feed-item']);
    expect(report.conflicts).toEqual([]);
    expect(report.sentences['train-ai']).toBe('AI Model Training: not allowed, unless you meet the conditions of CC Credit 0.1.');
  });

  it('shows which source and label each result came from, and earlier-draft labels', async () => {
    headerValue = 'train-genai=n';
    const result = await runCli(['inspect', `${origin}/post`]);
    expect(result.stdout).toMatch(/from:\n {2}train-ai: content-usage meta \(train-ai, http:\/\/127\.0\.0\.1:\d+\/post\); robots\.txt Content-Usage \(train-ai/);
    expect(result.stdout).toMatch(/earlier-draft labels .*\n {2}note: train-genai=n in Content-Usage header is a label of draft -02\/-03/);
    const report = JSON.parse((await runCli(['inspect', `${origin}/post`, '--json'])).stdout) as { origins: Record<string, { source: string; label: string }[]> };
    expect(report.origins.search?.[0]).toMatchObject({ source: 'content-usage-meta', label: 'search' });
  });

  it('flags a header that disagrees, in the table', async () => {
    headerValue = 'train-ai=y';
    const result = await runCli(['inspect', `${origin}/post`]);
    expect(result.stdout).toMatch(/conflicts:\n {2}train-ai: Content-Usage header says allowed; content-usage meta says disallowed except cc-cr/);
    expect(result.stdout).toMatch(/combined\s+disallowed except cc-cr\s+allowed/);
  });

  it('reports crawl disallowed when robots.txt answers 5xx', async () => {
    robotsStatus = 503;
    const report = JSON.parse((await runCli(['inspect', `${origin}/post`, '--json'])).stdout) as { crawl: boolean };
    robotsStatus = 200;
    expect(report.crawl).toBe(false);
  });

  it('fails with a clear network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => { resolve(); }));
    const result = await runCli(['inspect', `http://127.0.0.1:${port}/`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`cc-signals: could not fetch http://127.0.0.1:${port}/: ECONNREFUSED\n`);
  });
});

describe('cc-signals inspect --vocabulary', () => {
  it('reads ai-use with draft -08 and reports that Search overrides the others', async () => {
    headerValue = 'train-ai=n;exceptions=cc-cr, ai-use=n, search=y';
    const result = await runCli(['inspect', `${origin}/post`, '--vocabulary', 'draft-ietf-aipref-vocab-08', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { vocabulary: string; preferences: Record<string, unknown>; overrides: { label: string; overrides: string[] }[] };
    expect(report.vocabulary).toBe('draft-ietf-aipref-vocab-08');
    expect(report.preferences['ai-use']).toEqual({ preference: 'disallowed' });
    expect(report.overrides).toEqual([{ label: 'search', preference: { preference: 'allowed' }, overrides: ['train-ai', 'ai-use'] }]);
    const table = await runCli(['inspect', `${origin}/post`, '--vocabulary', 'draft-ietf-aipref-vocab-08']);
    expect(table.stdout).toContain('overrides: search (allowed) overrides train-ai, ai-use for uses that qualify as search');
    const strict = JSON.parse((await runCli(['inspect', `${origin}/post`, '--json'])).stdout) as { preferences: Record<string, unknown>; overrides: unknown[] };
    expect(Object.keys(strict.preferences)).toEqual(['train-ai', 'search']);
    expect(strict.overrides).toEqual([]);
  });
});

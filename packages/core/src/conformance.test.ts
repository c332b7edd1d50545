import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgeCaseVectors, outputVectors, type OutputVector } from './conformance.js';
import { parseContentUsage } from './content-usage.js';
import { parseDeclarationHtml } from './declaration.js';
import { parseFeed } from './feeds/parse.js';
import { parseHtmlHead } from './html/parse.js';
import { intentToPreferences } from './intent.js';
import { evaluateRobots } from './robots/evaluate.js';

const stored = JSON.parse(readFileSync(new URL('../vectors/outputs.json', import.meta.url), 'utf8')) as {
  cases: OutputVector[];
};

interface Outputs {
  contentUsage: string;
  headers: Partial<Record<string, string>>;
  htmlHead: string;
  robotsTxt: string;
  declarationHtml: string;
  rssChannel: string;
  rssItem: string;
}

describe('vectors/edge-cases.json', () => {
  it('is up to date with core (run `pnpm --filter @cc-signals/core vectors` and review the diff)', () => {
    const edges = JSON.parse(readFileSync(new URL('../vectors/edge-cases.json', import.meta.url), 'utf8')) as unknown;
    expect(edges).toEqual(JSON.parse(JSON.stringify(edgeCaseVectors())));
  });
});

describe('vectors/outputs.json', () => {
  it('is up to date with core (run `pnpm --filter @cc-signals/core vectors` and review the diff)', () => {
    expect(stored).toEqual(JSON.parse(JSON.stringify(outputVectors())));
  });

  it.each(stored.cases.map((entry) => [entry.name, entry] as const))('%s: every output reads back as the intent', (_name, entry) => {
    const preferences = intentToPreferences(entry.intent);
    const out = entry.expected as unknown as Outputs;
    expect(parseContentUsage(out.contentUsage).preferences).toEqual(preferences);
    expect(parseContentUsage(out.headers['content-usage'] ?? '').preferences).toEqual(preferences);
    expect(parseHtmlHead(out.htmlHead).preferences).toEqual(preferences);
    expect(evaluateRobots(out.robotsTxt, '/2026/hello/', 'AnyBot').preferences).toEqual(preferences);
    expect(parseDeclarationHtml(out.declarationHtml)).toEqual(preferences);
    const rss = `<rss version="2.0" xmlns:ccs="https://cc-signals.org/ns/1.0/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:rsl="https://rslstandard.org/rsl"><channel>${out.rssChannel}<item><link>https://example.org/2026/hello/</link>${out.rssItem}</item></channel></rss>`;
    expect(parseFeed(rss).channel).toEqual(preferences);
    expect(parseFeed(rss).items[0]?.preferences).toEqual(preferences);
  });
});

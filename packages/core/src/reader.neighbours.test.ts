import { describe, expect, it } from 'vitest';
import { readPreferences } from './reader.js';
import { RSL_NAMESPACE } from './rsl.js';
import { currentVocabulary } from './vocabulary.js';

const url = 'https://blog.example/posts/hello/';
const disallowed = { 'train-ai': { preference: 'disallowed' } };
const html = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('readPreferences: neighbouring formats', () => {
  it.each([
    ['X-Robots-Tag: noai', { headers: { 'x-robots-tag': 'noai' } }, 'noai'],
    ['tdm-reservation: 1', { headers: { 'tdm-reservation': '1' } }, 'tdmrep'],
    ['Content-Signal: ai-train=no', { robotsTxt: 'User-agent: *\nContent-Signal: ai-train=no\n' }, 'content-signal'],
    [
      'an RSL prohibit',
      {
        rsl: {
          url: 'https://blog.example/license.xml',
          text: `<rsl xmlns="${RSL_NAMESPACE}"><content url="/"><license><prohibits type="usage">ai-train</prohibits></license></content></rsl>`,
        },
      },
      'rsl',
    ],
  ] as const)('counts an explicit opt-out (%s) as a disallow, reported with its source', (_name, input, source) => {
    const result = readPreferences({ url, ...input });
    expect(result.preferences).toEqual(disallowed);
    expect(result.origins['train-ai']?.map((reading) => reading.source)).toEqual([source]);
  });

  it('keeps an IETF statement authoritative and flags the conflict', () => {
    const result = readPreferences({ url, headers: { 'content-usage': 'train-ai=y', 'x-robots-tag': 'noai' } });
    expect(result.preferences).toEqual({ 'train-ai': { preference: 'allowed' } });
    expect(result.origins['train-ai']?.map((reading) => reading.source)).toEqual(['content-usage-header']);
    expect(result.conflicts.map((conflict) => conflict.category)).toEqual(['train-ai']);
  });

  it("never counts a neighbour's allow", () => {
    const result = readPreferences({ url, headers: { 'tdm-reservation': '0' }, robotsTxt: 'User-agent: *\nContent-Signal: ai-train=yes\n' });
    expect(result.preferences).toEqual({});
  });

  it('follows TDMRep precedence: meta over header over tdmrep.json', () => {
    const meta = readPreferences({ url, headers: { 'tdm-reservation': '0' }, html: html('<meta name="tdm-reservation" content="1">') });
    expect(meta.readings.find((reading) => reading.source === 'tdmrep')).toMatchObject({ form: 'meta', preferences: disallowed });
    const header = readPreferences({ url, headers: { 'tdm-reservation': '1' }, tdmrepJson: '[{"location": "/*", "tdm-reservation": 0}]' });
    expect(header.readings.find((reading) => reading.source === 'tdmrep')?.form).toBe('header');
    const file = readPreferences({ url, tdmrepJson: '[{"location": "/posts/*", "tdm-reservation": 1}]' });
    expect(file.preferences).toEqual(disallowed);
  });

  it('reads noimageai alone as an image-only statement, not a page-wide disallow', () => {
    expect(readPreferences({ url, html: html('<meta name="robots" content="noimageai">') }).preferences).toEqual({});
    expect(readPreferences({ url, headers: { 'x-robots-tag': 'noimageai' } }).preferences).toEqual({});
    expect(readPreferences({ url, html: html('<meta name="robots" content="noai">') }).preferences).toEqual(disallowed);
  });

  it('reports earlier-draft labels with their source, applying them only on opt-in', () => {
    const input = { url, headers: { 'content-usage': 'train-genai=n' }, robotsTxt: 'User-agent: *\nContent-Usage: bots=y\n' };
    const strict = readPreferences(input);
    expect(strict.preferences).toEqual({});
    expect(strict.legacy.map((entry) => [entry.source, entry.label])).toEqual([
      ['content-usage-header', 'train-genai'],
      ['robots-txt', 'bots'],
    ]);
    const restrictive = readPreferences({ ...input, legacy: 'restrictive' });
    expect(restrictive.preferences).toEqual(disallowed);
  });

  it('reads with the vocabulary the caller selects', () => {
    const relabelled = {
      ...currentVocabulary,
      version: 'test',
      categories: currentVocabulary.categories.map((category) => (category.id === 'train-ai' ? { ...category, label: 'ai-train' } : category)),
    };
    const input = {
      url,
      headers: { 'content-usage': 'ai-train=n', 'tdm-reservation': '1' },
      robotsTxt: 'User-agent: *\nContent-Usage: search=y\n',
    };
    expect(readPreferences({ ...input, vocabulary: relabelled }).preferences).toEqual({
      'ai-train': { preference: 'disallowed' },
      search: { preference: 'allowed' },
    });
    expect(readPreferences(input).origins['train-ai']?.map((reading) => reading.source)).toEqual(['tdmrep']);
  });
});

// A new category and a relabel are data changes: every serializer, the reader
// and stored choices keep working when data/vocabulary.json changes.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../data/vocabulary.json', async (importOriginal) => {
  const original = (await importOriginal<{ default: { categories: { id: string; label: string }[] } }>()).default;
  return {
    default: {
      ...original,
      version: '2099.1.0',
      source: 'test: a relabel and a new category',
      categories: [
        ...original.categories.map((category) =>
          category.id === 'train-ai' ? { ...category, label: 'ai-train', previousLabels: ['train-ai'] } : category,
        ),
        { id: 'ai-use', label: 'ai-use', title: 'AI Use', description: 'Using the asset as input to an AI system.' },
      ],
    },
  };
});

const core = await import('./index.js');
const { outputsFor } = await import('./conformance.js');

const stored = '{"categories":{"train-ai":{"choice":"disallow","signal":"cc-cr","signalVersion":"0.1"},"ai-use":{"choice":"disallow"}}}';
const everything = { contentSignal: true, tdmrep: true, rslLicenseUrl: 'https://example.org/l.xml', noai: true };

describe('a relabelled vocabulary with a new category', () => {
  it('keeps stored choices and writes them under the new labels in every output', () => {
    const intent = core.parseStoredIntent(stored);
    const outputs = outputsFor(intent, everything);
    expect(outputs.contentUsage).toBe('ai-train=n;exceptions=cc-cr, ai-use=n');
    expect(outputs.noai).toEqual(['noai', 'noimageai']);
    expect(outputs.tdmrepHeaders).toEqual({ 'tdm-reservation': '1' });
    expect(String(outputs.robotsTxt)).toContain('Content-Signal: ai-train=no');
    expect(String(outputs.rssItem)).toContain('attribution');
    expect(String(outputs.declarationText)).toContain('AI Use');
  });

  it('reads the new labels back, and ignores the old one by default', () => {
    const intent = core.parseStoredIntent(stored);
    const headers = core.signalHeaders(core.intentToPreferences(intent));
    expect(core.readPreferences({ url: 'https://e.org/', headers }).preferences).toEqual({
      'ai-train': { preference: 'disallowed', exception: 'cc-cr' },
      'ai-use': { preference: 'disallowed' },
    });
    expect(core.parseContentUsage('train-ai=n').preferences).toEqual({});
  });

  it('writes both the old and the new label in transition mode', () => {
    const preferences = core.intentToPreferences(core.parseStoredIntent(stored), undefined, { transitionLabels: true });
    expect(core.serializeContentUsage(preferences)).toBe('ai-train=n;exceptions=cc-cr, ai-use=n, train-ai=n;exceptions=cc-cr');
  });

  it('validates new input against the new categories', () => {
    expect(core.validateIntent({ categories: { 'ai-use': { choice: 'allow' } } })).toEqual({ categories: { 'ai-use': { choice: 'allow' } } });
    expect(core.presets.length).toBeGreaterThan(0);
  });
});

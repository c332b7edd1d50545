// A new version of a CC signal is a data change: stored choices of the earlier
// version stay valid, keep their own text and URL, and nothing fails at import.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../data/signals.json', async (importOriginal) => {
  const original = (await importOriginal<{ default: { signals: { token: string; url: string; title: string; version: string }[] } }>()).default;
  const bumped = original.signals.map((signal) =>
    signal.token === 'cc-cr'
      ? { ...signal, version: '0.2', title: 'CC Credit 0.2', url: signal.url.replace(/0\.1$/, '0.2') }
      : signal,
  );
  const earlier = original.signals.filter((signal) => signal.token === 'cc-cr');
  return { default: { ...original, version: '0.2', signals: bumped, earlierVersions: earlier } };
});

vi.mock('../data/presets.json', async (importOriginal) => {
  // Presets still name 0.1 (an admin's stored default names it the same way).
  return importOriginal();
});

const core = await import('./index.js');
const { outputsFor } = await import('./conformance.js');

const stored01 = '{"categories":{"train-ai":{"choice":"disallow","signal":"cc-cr","signalVersion":"0.1"}}}';
const URL_01 = 'https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1';
const URL_02 = 'https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.2';

describe('a signal version bump (cc-cr 0.2)', () => {
  it('loads, and the presets that name 0.1 still parse', () => {
    expect(core.signalByToken('cc-cr')?.version).toBe('0.2');
    expect(core.presetById('cc-cr')?.intent.categories['train-ai']).toEqual({ choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' });
  });

  it('keeps a stored 0.1 choice valid, with its own URL and title in every output', () => {
    const reading = core.readStoredIntent(stored01);
    expect(reading.problems).toEqual([]);
    expect(core.validateIntent(JSON.parse(stored01))).toEqual(reading.intent);
    const preferences = core.intentToPreferences(reading.intent);
    expect(preferences['train-ai']).toEqual({ preference: 'disallowed', exception: 'cc-cr', exceptionVersion: '0.1' });
    const outputs = outputsFor(reading.intent, { rslLicenseUrl: 'https://example.org/l.xml', contentSignal: true, tdmrep: true, noai: true });
    expect(outputs.contentUsage).toBe('train-ai=n;exceptions=cc-cr');
    const text = JSON.stringify(outputs);
    expect(text).toContain(URL_01);
    expect(text).toContain('CC Credit 0.1');
    expect(text).not.toContain(URL_02);
  });

  it('writes the version in force for a new choice', () => {
    const intent = core.validateIntent({ categories: { 'train-ai': { choice: 'disallow', signal: 'cc-cr' } } });
    expect(intent.categories['train-ai']?.signalVersion).toBe('0.2');
    expect(core.serializeHtmlHead(core.intentToPreferences(intent))).toContain(URL_02);
  });

  it('rejects a version nobody published, naming the versions known', () => {
    const reading = core.readStoredIntent('{"categories":{"train-ai":{"choice":"disallow","signal":"cc-cr","signalVersion":"9.9"}}}');
    expect(reading.intent.categories['train-ai']).toEqual({ choice: 'disallow' });
    expect(reading.problems[0]?.field).toBe('categories.train-ai.signalVersion');
  });
});

import { describe, expect, it } from 'vitest';
import { combinePreference, combinePreferences } from './preferences.js';

describe('combinePreferences', () => {
  it('lets any disallow win, then any allow', () => {
    expect(
      combinePreferences({ 'train-ai': { preference: 'allowed' }, search: { preference: 'allowed' } }, {
        'train-ai': { preference: 'disallowed' },
      }),
    ).toEqual({ 'train-ai': { preference: 'disallowed' }, search: { preference: 'allowed' } });
  });

  it('prefers a plain disallow over a disallow with an exception', () => {
    expect(
      combinePreference({ preference: 'disallowed', exception: 'cc-cr' }, { preference: 'disallowed' }),
    ).toEqual({ preference: 'disallowed' });
  });

  it('keeps the stricter signal when one contains the other, none when neither does', () => {
    const cr = { preference: 'disallowed', exception: 'cc-cr' } as const;
    const dc = { preference: 'disallowed', exception: 'cc-cr-dc' } as const;
    const op = { preference: 'disallowed', exception: 'cc-cr-op' } as const;
    expect(combinePreference(cr, dc)).toEqual(dc);
    expect(combinePreference(dc, cr)).toEqual(dc);
    expect(combinePreference(dc, op)).toEqual({ preference: 'disallowed' });
  });
});

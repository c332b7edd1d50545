import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import type { Preferences } from './preferences.js';
import {
  matchTdmrep,
  parseTdmrepHeaders,
  parseTdmrepJson,
  parseTdmrepMeta,
  serializeTdmrepHeaders,
  serializeTdmrepJson,
  serializeTdmrepMeta,
  tdmReservation,
} from './tdmrep.js';

const policy = 'https://example.com/tdm-policy.json';
const allAllowed: Preferences = {
  'train-ai': { preference: 'allowed' },
  search: { preference: 'allowed' },
};
const credit: Preferences = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } };

function errorOf(action: () => unknown): ValidationError | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  return undefined;
}

describe('tdmReservation', () => {
  it('reserves when any category is disallowed, with or without a CC signal', () => {
    expect(
      tdmReservation({
        search: { preference: 'disallowed' },
        'train-ai': { preference: 'allowed' },
      }),
    ).toBe(1);
    expect(tdmReservation(credit)).toBe(1);
  });

  it('does not reserve only when every category is allowed', () => {
    expect(tdmReservation(allAllowed)).toBe(0);
    expect(tdmReservation({ 'train-ai': { preference: 'allowed' } })).toBeUndefined();
    expect(tdmReservation({})).toBeUndefined();
  });
});

describe('serializeTdmrepHeaders and serializeTdmrepMeta', () => {
  it('writes the reservation and, with one, the policy', () => {
    expect(serializeTdmrepHeaders(credit, { tdmPolicyUrl: policy })).toEqual({
      'tdm-reservation': '1',
      'tdm-policy': policy,
    });
    expect(serializeTdmrepMeta(credit, { tdmPolicyUrl: policy })).toEqual([
      { name: 'tdm-reservation', content: '1' },
      { name: 'tdm-policy', content: policy },
    ]);
  });

  it('writes no policy without a reservation, and nothing without a declaration', () => {
    expect(serializeTdmrepHeaders(allAllowed, { tdmPolicyUrl: policy })).toEqual({
      'tdm-reservation': '0',
    });
    expect(
      serializeTdmrepHeaders({ search: { preference: 'allowed' } }, { tdmPolicyUrl: policy }),
    ).toEqual({});
    expect(serializeTdmrepMeta({})).toEqual([]);
  });

  it('rejects a policy URL that is not absolute', () => {
    expect(errorOf(() => serializeTdmrepHeaders(credit, { tdmPolicyUrl: '/policy' }))?.field).toBe(
      'tdmPolicyUrl',
    );
  });
});

describe('serializeTdmrepJson', () => {
  it('writes location patterns, most specific first', () => {
    const text = serializeTdmrepJson(
      [
        { path: '/', preferences: credit },
        { path: '/open/', preferences: allAllowed },
        { path: '/files/*.pdf$', preferences: { search: { preference: 'disallowed' } } },
      ],
      { tdmPolicyUrl: policy },
    );
    expect(JSON.parse(text)).toEqual([
      { location: '/files/*.pdf$', 'tdm-reservation': 1, 'tdm-policy': policy },
      { location: '/open/*', 'tdm-reservation': 0 },
      { location: '/*', 'tdm-reservation': 1, 'tdm-policy': policy },
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('reads back: each path gets its own reservation', () => {
    const rules = parseTdmrepJson(
      serializeTdmrepJson([
        { path: '/', preferences: allAllowed },
        { path: '/news/', preferences: credit },
      ]),
    );
    expect(matchTdmrep(rules, '/news/today')?.reservation).toBe(1);
    expect(matchTdmrep(rules, 'https://example.com/about')?.reservation).toBe(0);
  });

  it('reserves a path that no declaration fits when a broader 0 would cover it', () => {
    const rules = [
      { path: '/', preferences: allAllowed },
      { path: '/drafts/', preferences: { 'train-ai': { preference: 'allowed' } } },
    ] as const;
    expect(JSON.parse(serializeTdmrepJson(rules))).toEqual([
      { location: '/drafts/*', 'tdm-reservation': 1 },
      { location: '/*', 'tdm-reservation': 0 },
    ]);
  });

  it('writes no rule for a path without a declaration when nothing broader would speak for it', () => {
    expect(
      JSON.parse(
        serializeTdmrepJson([
          { path: '/', preferences: { search: { preference: 'allowed' } } },
          { path: '/blog/', preferences: {} },
        ]),
      ),
    ).toEqual([]);
  });

  it('puts the reservation first when two locations are as long', () => {
    const text = serializeTdmrepJson([
      { path: '/a/', preferences: allAllowed },
      { path: '/a/', preferences: credit },
    ]);
    expect(matchTdmrep(parseTdmrepJson(text), '/a/x')?.reservation).toBe(1);
  });

  it('names an invalid path', () => {
    expect(errorOf(() => serializeTdmrepJson([{ path: 'news', preferences: credit }]))?.field).toBe(
      'rules[0].path',
    );
  });
});

describe('parseTdmrepHeaders and parseTdmrepMeta', () => {
  it('reads a record in any case, or Headers', () => {
    expect(parseTdmrepHeaders({ 'TDM-Reservation': ' 1 ', 'tdm-policy': policy })).toEqual({
      reservation: 1,
      policy,
    });
    expect(parseTdmrepHeaders(new Headers({ 'tdm-reservation': '0' }))).toEqual({ reservation: 0 });
    expect(parseTdmrepHeaders({})).toEqual({});
  });

  it('treats another value, or a repeated field, as unset with an error', () => {
    const parsed = parseTdmrepHeaders({ 'tdm-reservation': ['1', '0'] });
    expect(parsed.reservation).toBeUndefined();
    expect(parsed.error?.field).toBe('tdm-reservation');
    expect(parseTdmrepHeaders({ 'tdm-reservation': 'yes' }).error?.allowed).toEqual(['0', '1']);
  });

  it('reads meta tags, the first of each name', () => {
    expect(
      parseTdmrepMeta([
        { name: 'TDM-Reservation', content: '1' },
        { name: 'tdm-reservation', content: '0' },
        { name: 'description', content: 'x' },
      ]),
    ).toEqual({ reservation: 1 });
  });

  it('reads back what the serializers wrote', () => {
    expect(parseTdmrepHeaders(serializeTdmrepHeaders(credit, { tdmPolicyUrl: policy }))).toEqual({
      reservation: 1,
      policy,
    });
    expect(parseTdmrepMeta(serializeTdmrepMeta(allAllowed))).toEqual({ reservation: 0 });
  });
});

describe('parseTdmrepJson', () => {
  it('reads rules and ignores other properties', () => {
    expect(
      parseTdmrepJson(
        '[{"location": "/images/*", "tdm-reservation": 1, "tdm-policy": "https://p.example/x", "x": 2}]',
      ),
    ).toEqual([{ location: '/images/*', reservation: 1, policy: 'https://p.example/x' }]);
  });

  it.each([['{"location": "/"}'], ['"x"']])('throws, naming tdmrep.json, for %s', (text) => {
    expect(errorOf(() => parseTdmrepJson(text))?.field).toBe('tdmrep.json');
  });

  it.each([
    ['[1]', '[0]'],
    ['[{"location": "/", "tdm-reservation": 1}, {"tdm-reservation": 0}]', '[1].location'],
    ['[{"location": "/", "tdm-reservation": "1"}]', '[0].tdm-reservation'],
    ['[{"location": "/", "tdm-reservation": 2}]', '[0].tdm-reservation'],
    ['[{"location": "/", "tdm-reservation": 1, "tdm-policy": 5}]', '[0].tdm-policy'],
  ])('unsets only the reservation of a bad rule in %s, naming %s', (text, field) => {
    const rules = parseTdmrepJson(text);
    const broken = rules.find((rule) => rule.error !== undefined);
    expect(broken?.error?.field).toBe(field);
    expect(broken?.reservation).toBeUndefined();
  });

  it('keeps the good rules around a bad one', () => {
    const rules = parseTdmrepJson(
      '[{"location": "/a/*", "tdm-reservation": "yes"}, {"location": "/*", "tdm-reservation": 1}]',
    );
    expect(matchTdmrep(rules, '/b/x')?.reservation).toBe(1);
    // The bad rule still matches first for its own paths: its reservation is unset, not the next rule's.
    expect(matchTdmrep(rules, '/a/x')?.reservation).toBeUndefined();
  });

  it('reports the offset of a JSON syntax error', () => {
    const error = errorOf(() => parseTdmrepJson('[{"location": "/",}]'));
    expect(error?.field).toBe('tdmrep.json');
    expect(error?.offset).toBe(18);
  });
});

describe('matchTdmrep', () => {
  const rules = parseTdmrepJson(
    JSON.stringify([
      { location: '/images/public/*', 'tdm-reservation': 0 },
      { location: '/images/*', 'tdm-reservation': 1 },
      { location: '/*.pdf$', 'tdm-reservation': 1 },
    ]),
  );

  it('applies the first matching rule in sequence', () => {
    expect(matchTdmrep(rules, '/images/public/a.jpg')?.reservation).toBe(0);
    expect(matchTdmrep(rules, '/images/private/a.jpg')?.reservation).toBe(1);
    expect(matchTdmrep(rules, '/doc.pdf')?.location).toBe('/*.pdf$');
    expect(matchTdmrep(rules, '/doc.pdf?x')).toBeUndefined();
  });

  it('matches case-sensitively, after percent-encoding normalization', () => {
    expect(matchTdmrep(rules, '/Images/a.jpg')).toBeUndefined();
    expect(matchTdmrep(rules, '/%69mages/a.jpg')?.reservation).toBe(1);
  });
});

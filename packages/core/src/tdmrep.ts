import { absoluteUrl, withDefaults, type EmitOptions } from './emit.js';
import { ValidationError } from './errors.js';
import { withoutUnknown, type Preferences } from './preferences.js';
import {
  encodeRobotsPath,
  normalizeRobotsPattern,
  normalizeRobotsUrlPath,
  robotsPatternMatches,
  urlPathOf,
} from './robots/path.js';
import type { PathPreferences } from './robots/types.js';
import { bindings } from './bindings.js';
import { headerValue, type HeaderSource } from './headers.js';
import { categoryById, currentVocabulary, type Vocabulary } from './vocabulary.js';

/** A W3C TDMRep `tdm-reservation` value: 1 reserves text and data mining rights, 0 does not. */
export type TdmReservation = 0 | 1;

/** What TDMRep says about a resource. `policy` is the `tdm-policy` URL, as given. */
export interface TdmrepDeclaration {
  readonly reservation?: TdmReservation;
  readonly policy?: string;
}

/** The result of reading TDMRep headers or meta tags; `error` is set when a value was invalid. */
export interface ParsedTdmrep extends TdmrepDeclaration {
  readonly error?: ValidationError;
}

/** One rule of `/.well-known/tdmrep.json`. */
export interface TdmrepRule {
  readonly location: string;
  readonly reservation: TdmReservation;
  readonly policy?: string;
}

/** A `<meta name content>` pair, for the HTML serializers to write. */
export interface TdmrepMetaTag {
  readonly name: 'tdm-reservation' | 'tdm-policy';
  readonly content: string;
}

/**
 * The `tdm-reservation` value that never widens the preferences: TDM covers
 * every kind of text and data mining, so `1` when any category is
 * disallowed (with or without a CC signal exception, which TDMRep cannot
 * carry), `0` only when every category of the vocabulary is allowed, and
 * undefined (no declaration) otherwise.
 */
export function tdmReservation(
  preferences: Preferences,
  vocabulary: Vocabulary = currentVocabulary,
): TdmReservation | undefined {
  if (Object.values(preferences).some((value) => value.preference === 'disallowed')) return 1;
  const allAllowed = vocabulary.categories.every(
    (category) => preferences[category.label]?.preference === 'allowed',
  );
  return allAllowed ? 0 : undefined;
}

function policyUrl(options: Pick<EmitOptions, 'tdmPolicyUrl'>): string | undefined {
  return options.tdmPolicyUrl === undefined
    ? undefined
    : absoluteUrl(options.tdmPolicyUrl, 'tdmPolicyUrl');
}

function makeRule(
  location: string,
  reservation: TdmReservation,
  policy: string | undefined,
): TdmrepRule {
  // A policy only qualifies a reservation; with 0 there is nothing to license.
  return {
    location,
    reservation,
    ...(reservation === 1 && policy !== undefined ? { policy } : {}),
  };
}

/**
 * TDMRep HTTP response headers, by lowercase name: `tdm-reservation` (see
 * {@link tdmReservation}) and, with a reservation of 1, `tdm-policy` from
 * `options.tdmPolicyUrl`. Empty when nothing can be said. Whether TDMRep is
 * enabled (`options.tdmrep`) is for the caller to check.
 */
export function serializeTdmrepHeaders(
  preferences: Preferences,
  options: EmitOptions = {},
): Record<string, string> {
  const reservation = tdmReservation(preferences, withDefaults(options).vocabulary);
  if (reservation === undefined) return {};
  const rule = makeRule('', reservation, policyUrl(options));
  return {
    'tdm-reservation': String(rule.reservation),
    ...(rule.policy === undefined ? {} : { 'tdm-policy': rule.policy }),
  };
}

/** The same declaration as {@link serializeTdmrepHeaders}, as `<meta name content>` data. */
export function serializeTdmrepMeta(
  preferences: Preferences,
  options: EmitOptions = {},
): TdmrepMetaTag[] {
  return Object.entries(serializeTdmrepHeaders(preferences, options)).map(([name, content]) => ({
    name: name as TdmrepMetaTag['name'],
    content,
  }));
}

/**
 * The `/.well-known/tdmrep.json` file for preferences per path. Each path
 * becomes the location pattern `path*` (`/news/` → `/news/*`, `/` → `/*`),
 * kept as is when it already ends in `*` or `$`. TDMRep applies the first
 * matching rule, so rules are written longest location first (the
 * robots.txt precedence), reservations before non-reservations of the same
 * length. A path whose preferences are empty gets no rule. One whose
 * preferences give no declaration gets `1` when a broader rule of `0` would
 * otherwise cover it, else no rule. Invalid paths throw a
 * {@link ValidationError} naming `rules[i].path`.
 */
export function serializeTdmrepJson(
  rules: readonly PathPreferences[],
  options: EmitOptions = {},
): string {
  const policy = policyUrl(options);
  const { vocabulary } = withDefaults(options);
  const stated = rules.flatMap((rule, index) => {
    const location = toLocation(encodeRobotsPath(rule.path, `rules[${index}].path`));
    const empty = Object.keys(withoutUnknown(rule.preferences)).length === 0;
    return empty ? [] : [{ location, reservation: tdmReservation(rule.preferences, vocabulary) }];
  });
  const zeros = stated
    .filter((rule) => rule.reservation === 0)
    .map((rule) => normalizeRobotsPattern(rule.location));
  const written = stated.flatMap(({ location, reservation }) => {
    if (reservation !== undefined) return [makeRule(location, reservation, policy)];
    // No declaration fits, but a broader 0 would speak for this path: reserve rather than widen.
    const path = normalizeRobotsUrlPath(location.replace(/[*$]+$/, ''));
    return zeros.some((zero) => robotsPatternMatches(zero, path))
      ? [makeRule(location, 1, policy)]
      : [];
  });
  written.sort((a, b) => b.location.length - a.location.length || b.reservation - a.reservation);
  return `${JSON.stringify(written.map(toJsonRule), null, 2)}\n`;
}

function toLocation(path: string): string {
  return path.endsWith('*') || path.endsWith('$') ? path : `${path}*`;
}

function toJsonRule(rule: TdmrepRule): Record<string, string | number> {
  return {
    location: rule.location,
    'tdm-reservation': rule.reservation,
    ...(rule.policy === undefined ? {} : { 'tdm-policy': rule.policy }),
  };
}

/** HTTP headers as read by {@link parseTdmrepHeaders}; the same as {@link HeaderSource}. */
export type TdmrepHeaderSource = HeaderSource;

function readDeclaration(
  reservation: string | undefined,
  policy: string | undefined,
): ParsedTdmrep {
  const trimmed = policy?.trim();
  const withPolicy = trimmed === undefined || trimmed === '' ? {} : { policy: trimmed };
  if (reservation === undefined) return withPolicy;
  const value = reservation.trim();
  if (value === '0' || value === '1') return { reservation: value === '1' ? 1 : 0, ...withPolicy };
  const error = new ValidationError(
    `tdm-reservation: ${JSON.stringify(reservation)} is not allowed; expected "0" or "1"`,
    {
      field: 'tdm-reservation',
      allowed: ['0', '1'],
    },
  );
  return { ...withPolicy, error };
}

/**
 * Reads the `tdm-reservation` and `tdm-policy` response headers. A
 * reservation other than `0` or `1` (repeated fields included) is a protocol
 * error: the reservation is then unset and `error` says why. Never throws.
 */
export function parseTdmrepHeaders(headers: TdmrepHeaderSource): ParsedTdmrep {
  return readDeclaration(
    headerValue(headers, 'tdm-reservation'),
    headerValue(headers, 'tdm-policy'),
  );
}

/** Reads `tdm-reservation` and `tdm-policy` meta tags (names case-insensitive, the first of each wins), like {@link parseTdmrepHeaders}. */
export function parseTdmrepMeta(
  tags: readonly { readonly name: string; readonly content: string }[],
): ParsedTdmrep {
  const find = (name: string): string | undefined =>
    tags.find((tag) => tag.name.trim().toLowerCase() === name)?.content;
  return readDeclaration(find('tdm-reservation'), find('tdm-policy'));
}

const RULE_SHAPE = '{"location": "/path/*", "tdm-reservation": 0 | 1, "tdm-policy"?: "https://…"}';

/**
 * A rule of a parsed `tdmrep.json`. A rule that breaks the format keeps its
 * place with its reservation unset and `error` naming the field, as TDMRep
 * says; one without a usable `location` has `location` ''. It still stops
 * the search for the URLs it matches.
 */
export interface TdmrepJsonRule {
  readonly location: string;
  readonly reservation?: TdmReservation;
  readonly policy?: string;
  readonly error?: ValidationError;
}

/**
 * Parses `/.well-known/tdmrep.json`: an array of rules, each with a string
 * `location`, a `tdm-reservation` of the number 0 or 1 and an optional string
 * `tdm-policy`; other properties are ignored. A rule that breaks these rules
 * leaves only its own reservation unset (`error` names the field, such as
 * `[2].tdm-reservation`). Throws a {@link ValidationError} when the file is
 * not JSON (with the offset when the engine reports one) or not an array.
 */
export function parseTdmrepJson(text: string): TdmrepJsonRule[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    throw new ValidationError(`tdmrep.json: not valid JSON (${message})`, {
      field: 'tdmrep.json',
      ...(offset === undefined ? {} : { offset: Number(offset) }),
    });
  }
  if (!Array.isArray(data)) {
    throw new ValidationError('tdmrep.json: expected an array of rules', {
      field: 'tdmrep.json',
      allowed: [`[${RULE_SHAPE}]`],
    });
  }
  return (data as unknown[]).map((item, index) => readJsonRule(item, `[${index}]`));
}

function readJsonRule(item: unknown, field: string): TdmrepJsonRule {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { location: '', error: new ValidationError(`${field}: expected a rule object`, { field, allowed: [RULE_SHAPE] }) };
  }
  const { location, 'tdm-reservation': reservation, 'tdm-policy': policy } = item as Record<string, unknown>;
  if (typeof location !== 'string' || location === '') {
    const error = new ValidationError(`${field}.location: expected a path pattern`, {
      field: `${field}.location`,
      allowed: ['a path pattern such as "/news/*"'],
    });
    return { location: '', error };
  }
  if (reservation !== 0 && reservation !== 1) {
    const shown = reservation === undefined ? 'undefined' : JSON.stringify(reservation);
    const error = new ValidationError(`${field}.tdm-reservation: ${shown} is not allowed; expected 0 or 1`, {
      field: `${field}.tdm-reservation`,
      allowed: ['0', '1'],
    });
    return { location, error };
  }
  if (policy !== undefined && typeof policy !== 'string') {
    const error = new ValidationError(`${field}.tdm-policy: expected a URL string`, {
      field: `${field}.tdm-policy`,
      allowed: ['a URL'],
    });
    return { location, error };
  }
  return { location, reservation, ...(policy === undefined ? {} : { policy }) };
}

/**
 * The rule of a parsed `tdmrep.json` that applies to a URL or path: the
 * first in sequence whose location matches, as TDMRep says, with the
 * robots.txt pattern syntax (`*`, final `$`) and percent-encoding
 * normalization. Case-sensitive. A broken rule that matches is returned as
 * is (its reservation unset).
 */
export function matchTdmrep<Rule extends { readonly location: string }>(
  rules: readonly Rule[],
  url: string | URL,
): Rule | undefined {
  const path = normalizeRobotsUrlPath(urlPathOf(url));
  return rules.find(
    (rule) => rule.location !== '' && robotsPatternMatches(normalizeRobotsPattern(rule.location), path),
  );
}

/**
 * What a TDMRep reservation means in IETF terms, for readers. TDMRep speaks of
 * text and data mining as a whole; a reservation is read as a disallow of AI
 * training only, since search indexing is not what TDMRep publishers mean to
 * reserve (see the package README).
 */
export function tdmrepPreferences(
  reservation: TdmReservation,
  vocabulary: Vocabulary = currentVocabulary,
): Preferences {
  const value = { preference: reservation === 1 ? 'disallowed' : 'allowed' } as const;
  return Object.fromEntries(
    bindings.tdmrep.readAs.flatMap((id) => {
      const label = categoryById(id, vocabulary)?.label;
      return label === undefined ? [] : [[label, value]];
    }),
  );
}

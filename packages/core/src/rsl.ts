import { bindings, fillTemplate, statedBindings } from './bindings.js';
import { childElements, descendantElements, parseXml, xmlComment, xmlValue, type XmlElement } from './xml.js';
import { ValidationError } from './errors.js';
import { combinePreferences, type CategoryPreference, type Preferences } from './preferences.js';
import { allSignalVersions, exceptionSignal, type Signal, type SignalToken } from './signals.js';
import { categoryById, currentVocabulary, resolveVocabulary, type Vocabulary } from './vocabulary.js';

/** The XML namespace of RSL 1.0 documents and of the RSS module. */
export const RSL_NAMESPACE = 'https://rslstandard.org/rsl';

/** The media type of an RSL licence document, for `Link` and `<link type>`. */
export const RSL_MEDIA_TYPE = 'application/rsl+xml';

/** RSL 1.0 payment types (RSL-SPEC-1.0 § 3.7). */
export type RslPaymentType =
  | 'purchase'
  | 'subscription'
  | 'training'
  | 'crawl'
  | 'use'
  | 'contribution'
  | 'attribution'
  | 'free';

/** The RSL usage token for each category id of the vocabulary (`data/bindings.json`); other categories have none. */
export const RSL_USAGE_BY_CATEGORY: Readonly<Record<string, string>> = Object.fromEntries(
  bindings.rsl.write.map((binding) => [binding.category, binding.usage]),
);

/**
 * The RSL payment type that states a CC signal's conditions without
 * widening them. An RSL licence has one payment type, so a signal that adds
 * a contribution (or openness) to credit cannot be stated: those signals are
 * absent here and their category is prohibited instead, with a comment.
 */
export const RSL_PAYMENT_BY_SIGNAL: Readonly<Partial<Record<SignalToken, RslPaymentType>>> = bindings.rsl
  .paymentBySignal;

/** RSL usage tokens a reader meets, and the category ids they cover. */
const USAGE_CATEGORIES: Readonly<Record<string, readonly string[]>> = bindings.rsl.read;

/** Preferences stated for one `<content url>` of an RSL document. */
export interface RslContent {
  readonly url: string;
  readonly preferences: Preferences;
}

/** Options of {@link serializeRslContent}. */
export interface RslContentOptions {
  /** Namespace prefix for the elements, e.g. `rsl` inside an RSS feed; none in a licence file. */
  readonly prefix?: string;
  /** A vocabulary or the id of a shipped one (see `EmitOptions.vocabulary`). */
  readonly vocabulary?: string | Vocabulary;
  /** See `EmitOptions.anyAiTraining`: permit RSL's `ai-train` for an allowed `train-ai`. Default false. */
  readonly anyAiTraining?: boolean;
}

interface Terms {
  readonly usage: string;
  readonly payment?: { readonly type: RslPaymentType; readonly standard?: string };
  readonly note?: string;
}

/**
 * One RSL `<content url>` element for these preferences: a `<license>`
 * permitting each allowed usage (payment `free`), one permitting usages
 * disallowed except under CC Credit (payment `attribution`, `<standard>` =
 * the signal's URL), and one prohibiting the rest, with an XML comment for
 * each CC signal RSL cannot state. Categories without an RSL usage token are
 * left out; returns '' when nothing remains. Lines are joined with `\n`.
 * Throws a {@link ValidationError} for a prefix that is not an XML name.
 */
export function serializeRslContent(preferences: Preferences, url: string, options: RslContentOptions = {}): string {
  const p = prefixOf(options.prefix);
  const terms = termsOf(preferences, resolveVocabulary(options.vocabulary), options.anyAiTraining ?? false);
  if (terms.length === 0) return '';
  const licenses = [...permitLicenses(terms, p), ...prohibitLicense(terms, p)];
  return [`<${p}content url="${xmlValue(url)}">`, ...licenses.map((line) => `  ${line}`), `</${p}content>`].join('\n');
}

/**
 * A standalone RSL licence document (`application/rsl+xml`) with one
 * `<content>` per entry; entries with nothing to state are left out. RSL
 * requires a `<content>`, so when none remains the result is '' (serve no
 * licence document, and link none: see {@link rslStates}).
 */
export function serializeRsl(
  contents: readonly RslContent[],
  options: Vocabulary | Pick<RslContentOptions, 'vocabulary' | 'anyAiTraining'> = {},
): string {
  const settings = 'categories' in options ? { vocabulary: options } : options;
  const body = contents
    .map((content) => serializeRslContent(content.preferences, content.url, settings))
    .filter((element) => element !== '')
    .flatMap((element) => element.split('\n').map((line) => `  ${line}`));
  if (body.length === 0) return '';
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<rsl xmlns="${RSL_NAMESPACE}">`, ...body, '</rsl>', ''].join('\n');
}

/** Whether RSL terms can state anything for these preferences (a `<content>` would not be empty). */
export function rslStates(
  preferences: Preferences,
  options: Pick<RslContentOptions, 'vocabulary' | 'anyAiTraining'> = {},
): boolean {
  return termsOf(preferences, resolveVocabulary(options.vocabulary), options.anyAiTraining ?? false).length > 0;
}

function prefixOf(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '') return '';
  if (!/^[A-Za-z_][\w.-]*$/.test(prefix)) {
    throw new ValidationError(`prefix: "${prefix}" is not an XML namespace prefix`, { field: 'prefix' });
  }
  return `${prefix}:`;
}

function termsOf(preferences: Preferences, vocabulary: Vocabulary, anyAiTraining: boolean): Terms[] {
  return statedBindings(bindings.rsl.write, preferences, vocabulary, anyAiTraining).map(([binding, value]) =>
    termsFor(binding.usage, value),
  );
}

function termsFor(usage: string, value: CategoryPreference): Terms {
  if (value.preference === 'allowed') return { usage, payment: { type: 'free' } };
  if (value.exception === undefined) return { usage };
  const signal = exceptionSignal(value);
  const type = signal === undefined ? undefined : RSL_PAYMENT_BY_SIGNAL[signal.token];
  if (signal !== undefined && type !== undefined) return { usage, payment: { type, standard: signal.url } };
  const { notASignal, cannotExpress } = bindings.rsl.notes;
  const note =
    signal === undefined
      ? fillTemplate(notASignal, { token: value.exception, usage })
      : fillTemplate(cannotExpress, { title: signal.title, token: signal.token, url: signal.url, usage });
  return { usage, note };
}

function permitLicenses(terms: readonly Terms[], p: string): string[] {
  const groups = new Map<string, { payment: NonNullable<Terms['payment']>; usages: string[] }>();
  for (const term of terms) {
    if (term.payment === undefined) continue;
    const key = `${term.payment.type} ${term.payment.standard ?? ''}`;
    const group = groups.get(key) ?? { payment: term.payment, usages: [] };
    group.usages.push(term.usage);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ payment, usages }) => [
    `<${p}license>`,
    `  <${p}permits type="usage">${xmlValue(usages.join(' '))}</${p}permits>`,
    `  ${paymentElement(payment, p)}`,
    `</${p}license>`,
  ]);
}

function paymentElement(payment: NonNullable<Terms['payment']>, p: string): string {
  const open = `<${p}payment type="${payment.type}"`;
  if (payment.standard === undefined) return `${open}/>`;
  return `${open}><${p}standard>${xmlValue(payment.standard)}</${p}standard></${p}payment>`;
}

function prohibitLicense(terms: readonly Terms[], p: string): string[] {
  const prohibited = terms.filter((term) => term.payment === undefined);
  if (prohibited.length === 0) return [];
  const notes = prohibited.flatMap((term) => (term.note === undefined ? [] : [`  ${xmlComment(term.note)}`]));
  const usages = xmlValue(prohibited.map((term) => term.usage).join(' '));
  return [`<${p}license>`, ...notes, `  <${p}prohibits type="usage">${usages}</${p}prohibits>`, `</${p}license>`];
}

/**
 * Reads every RSL `<content>` element in a document: a licence file, an RSS
 * feed with the RSL module, or any XML that declares the RSL namespace.
 * Permitted usages become `allowed` under payment `free`, `disallowed` with
 * an exception under a payment a CC signal covers (`attribution`, or a
 * `<standard>` naming a signal), and plain `disallowed` under any other
 * payment, a licence server, or user/geo conditions. Licences combine most
 * restrictively. Never throws.
 */
export function parseRsl(xml: string, vocabulary: Vocabulary = currentVocabulary): RslContent[] {
  const root = parseXml(xml);
  if (root === undefined) return [];
  const contents = root.ns === RSL_NAMESPACE && root.local === 'content' ? [root] : [];
  contents.push(...descendantElements(root, RSL_NAMESPACE, 'content'));
  return contents.map((content) => ({ url: content.attrs.url ?? '', preferences: readContent(content, vocabulary) }));
}

/** The preferences one RSL `<content>` element states. */
export function readRslContent(content: XmlElement, vocabulary: Vocabulary = currentVocabulary): Preferences {
  return readContent(content, vocabulary);
}

function readContent(content: XmlElement, vocabulary: Vocabulary): Preferences {
  const licensed = content.attrs.server !== undefined;
  const licenses = childElements(content, RSL_NAMESPACE, 'license');
  return combinePreferences(...licenses.map((license) => readLicense(license, licensed, vocabulary)));
}

function readLicense(license: XmlElement, licensed: boolean, vocabulary: Vocabulary): Preferences {
  const conditional = ['permits', 'prohibits'].some((local) =>
    childElements(license, RSL_NAMESPACE, local).some((element) => (element.attrs.type ?? 'usage') !== 'usage'),
  );
  const paid = paymentPreference(childElements(license, RSL_NAMESPACE, 'payment')[0]);
  // Conditions our model cannot hold (a licence server, user or geo classes) read as a plain disallow.
  const permitted: CategoryPreference = licensed || conditional ? { preference: 'disallowed' } : paid;
  return combinePreferences(
    usagePreferences(license, 'permits', permitted, vocabulary),
    usagePreferences(license, 'prohibits', { preference: 'disallowed' }, vocabulary),
  );
}

function usagePreferences(
  license: XmlElement,
  local: 'permits' | 'prohibits',
  value: CategoryPreference,
  vocabulary: Vocabulary,
): Preferences {
  const result: Record<string, CategoryPreference> = {};
  for (const element of childElements(license, RSL_NAMESPACE, local)) {
    if ((element.attrs.type ?? 'usage') !== 'usage') continue;
    // RSL 1.0 separates tokens with spaces; commas are an RSL 0.9 habit still met.
    for (const token of element.text.split(/[\s,]+/)) {
      for (const id of USAGE_CATEGORIES[token] ?? []) {
        const label = categoryById(id, vocabulary)?.label;
        if (label !== undefined) result[label] = value;
      }
    }
  }
  return result;
}

function paymentPreference(payment: XmlElement | undefined): CategoryPreference {
  const type = payment?.attrs.type ?? 'free';
  if (type === 'free') return { preference: 'allowed' };
  const standard = payment === undefined ? undefined : childElements(payment, RSL_NAMESPACE, 'standard')[0]?.text.trim();
  const signal = allSignalVersions().find((candidate) => candidate.url === standard);
  if (signal !== undefined && covers(signal, type)) return { preference: 'disallowed', exception: signal.token };
  return type === 'attribution' ? { preference: 'disallowed', exception: 'cc-cr' } : { preference: 'disallowed' };
}

/** Whether a signal's conditions include what an RSL payment type asks for. */
function covers(signal: Signal, type: string): boolean {
  if (type === 'attribution') return signal.elements.includes('credit');
  if (type === 'contribution') {
    return signal.elements.includes('direct-contribution') || signal.elements.includes('ecosystem-contribution');
  }
  return false;
}

import { Parser } from 'htmlparser2';
import englishData from '../data/messages/en.json' with { type: 'json' };
import { parseContentUsage, serializeContentUsage } from './content-usage.js';
import { CC_SIGNAL_RELATION } from './emit.js';
import { escapeHtml } from './escape.js';
import { combinePreferences, preferenceOf, type CategoryPreference, type Preferences } from './preferences.js';
import { exceptionSignal, type Signal } from './signals.js';
import { currentVocabulary, type Category, type Vocabulary } from './vocabulary.js';

/** Strings keyed as in `data/messages/en.json`, with `{placeholders}`. */
export type Messages = Readonly<Record<string, string>>;

/** The English strings shipped in `data/messages/en.json`. */
export const englishMessages: Messages = Object.fromEntries(
  Object.entries(englishData as Record<string, string>).filter(([key]) => !key.startsWith('$')),
);

/** The class of the `<section>` that {@link serializeDeclarationHtml} writes. */
export const DECLARATION_CLASS = 'cc-signals-declaration';

/** Options of the declaration serializers. */
export interface DeclarationOptions {
  /** Translated strings; keys left out fall back to English. */
  readonly messages?: Messages;
  readonly vocabulary?: Vocabulary;
}

/** One line of a declaration, before it is written as text or HTML. */
interface Entry {
  readonly label: string;
  readonly category: string;
  readonly value: CategoryPreference;
  readonly signal?: Signal;
}

/** Looks a message up (translation, then English, then `fallback`) and fills its placeholders. */
type Format = (key: string, values?: Readonly<Record<string, string>>, fallback?: string) => string;

/**
 * A human-readable declaration of the preferences, as plain text: an intro,
 * then one line per category of the vocabulary (and any other label stated)
 * with its title and preference; for a CC signal, its title, conditions and
 * canonical URL. Strings come from `messages`, falling back to English.
 */
export function serializeDeclarationText(preferences: Preferences, options: DeclarationOptions = {}): string {
  const t = translator(options.messages);
  const entries = entriesOf(preferences, options, t);
  if (entries.length === 0) return t('declaration.none');
  const lines = [t('declaration.intro')];
  for (const entry of entries) {
    lines.push(`- ${t(preferenceKey(entry.value), { category: entry.category, signal: signalName(entry, t) })}`);
    if (entry.signal === undefined) continue;
    const name = signalName(entry, t);
    lines.push(`  ${t('declaration.conditions', { signal: name })}`);
    lines.push(...conditionsOf(entry.signal, t).map((condition) => `    - ${condition}`));
    lines.push(`  ${t('declaration.learnMoreText', { signal: name, url: entry.signal.url })}`);
  }
  return lines.join('\n');
}

/**
 * One sentence for one category, as the declaration words it: "AI Model
 * Training: not allowed, unless you meet the conditions of CC Credit 0.1."
 * `label` is the category's wire label; an unknown label is named as is.
 */
export function describePreference(label: string, value: CategoryPreference, options: DeclarationOptions = {}): string {
  const t = translator(options.messages);
  const vocabulary = options.vocabulary ?? currentVocabulary;
  const known = vocabulary.categories.find((category) => category.label === label);
  const category = known ? categoryName(t, known, vocabulary) : label;
  const signal = value.preference === 'disallowed' ? exceptionSignal(value) : undefined;
  const entry: Entry = { label, category, value, ...(signal === undefined ? {} : { signal }) };
  return t(preferenceKey(value), { category, signal: signalName(entry, t) });
}

/**
 * The same declaration as an HTML snippet: `<section class="cc-signals-declaration"
 * data-content-usage="…">` with a list of categories, each signal linked to
 * its canonical URL (`rel` {@link CC_SIGNAL_RELATION}: a signal is not a licence). Every string, translated ones too, is
 * escaped. Throws a ValidationError like serializeContentUsage.
 */
export function serializeDeclarationHtml(preferences: Preferences, options: DeclarationOptions = {}): string {
  const t = translator(options.messages);
  const h = htmlTranslator(options.messages);
  const entries = entriesOf(preferences, options, t);
  const attributes = `class="${DECLARATION_CLASS}" aria-label="${escapeHtml(t('declaration.title'))}"`;
  const value = escapeHtml(serializeContentUsage(preferences, options.vocabulary));
  const open = `<section ${attributes} data-content-usage="${value}">`;
  if (entries.length === 0) return [open, `  <p>${h('declaration.none')}</p>`, '</section>'].join('\n');
  return [open, `  <p>${h('declaration.intro')}</p>`, '  <ul>', ...entries.map((entry) => htmlEntry(entry, t, h)), '  </ul>', '</section>'].join('\n');
}

function htmlEntry(entry: Entry, t: Format, h: Format): string {
  const category = escapeHtml(entry.category);
  const name = escapeHtml(signalName(entry, t));
  const data = `data-category="${escapeHtml(entry.label)}" data-preference="${entry.value.preference}"`;
  const signal = entry.signal;
  if (signal === undefined) {
    return `    <li ${data}>${h(preferenceKey(entry.value), { category, signal: name })}</li>`;
  }
  const url = escapeHtml(signal.url);
  const link = `<a href="${url}" rel="${CC_SIGNAL_RELATION}">${name}</a>`;
  const conditions = conditionsOf(signal, t).map((condition) => `<li>${escapeHtml(condition)}</li>`);
  return [
    `    <li ${data} data-signal="${escapeHtml(signal.token)}">${h(preferenceKey(entry.value), { category, signal: link })}`,
    `      <p>${h('declaration.conditions', { signal: name })}</p>`,
    `      <ul>${conditions.join('')}</ul>`,
    `      <p><a href="${url}">${h('declaration.learnMore', { signal: name })}</a></p>`,
    '    </li>',
  ].join('\n');
}

function entriesOf(preferences: Preferences, options: DeclarationOptions, t: Format): Entry[] {
  if (Object.keys(preferences).length === 0) return [];
  const vocabulary = options.vocabulary ?? currentVocabulary;
  const known = vocabulary.categories.map((category) => ({
    label: category.label,
    category: categoryName(t, category, vocabulary),
  }));
  const others = Object.keys(preferences)
    .filter((label) => !known.some((entry) => entry.label === label))
    .map((label) => ({ label, category: label }));
  return [...known, ...others].map(({ label, category }) => {
    const value = preferenceOf(preferences, label);
    const signal = value.preference === 'disallowed' ? exceptionSignal(value) : undefined;
    return { label, category, value, ...(signal === undefined ? {} : { signal }) };
  });
}

/**
 * A category's name: the message `category.<vocabulary id>.<category id>` when
 * a later draft renamed it (-08's "AI Training"), else `category.<category id>`,
 * else the vocabulary's title.
 */
function categoryName(t: Format, category: Category, vocabulary: Vocabulary): string {
  const shared = t(`category.${category.id}`, {}, category.title);
  return vocabulary.id === undefined ? shared : t(`category.${vocabulary.id}.${category.id}`, {}, shared);
}

function preferenceKey(value: CategoryPreference): string {
  if (value.preference === 'disallowed') return value.exception === undefined ? 'preference.disallowed' : 'preference.disallowedExcept';
  return value.preference === 'allowed' ? 'preference.allowed' : 'preference.unknown';
}

function signalName(entry: Entry, t: Format): string {
  if (entry.signal === undefined) return entry.value.exception ?? '';
  return t(`signal.${entry.signal.token}`, {}, entry.signal.title);
}

function conditionsOf(signal: Signal, t: Format): string[] {
  return signal.elements.map((element) => t(`signal.element.${element}`));
}

function translator(messages: Messages | undefined): Format {
  return (key, values = {}, fallback) => {
    const template = messages?.[key] ?? englishMessages[key] ?? fallback ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
  };
}

/** Like the text translator, but escapes the template and inserts values that are already HTML. */
function htmlTranslator(messages: Messages | undefined): Format {
  return (key, values = {}, fallback) => {
    const template = messages?.[key] ?? englishMessages[key] ?? fallback ?? key;
    return template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return name === undefined ? escapeHtml(part) : (values[name] ?? escapeHtml(part));
      })
      .join('');
  };
}

/**
 * Reads the preferences back from a declaration snippet: the
 * `data-content-usage` of every `<section class="cc-signals-declaration">`,
 * combined most restrictively. The words are for people and are not read.
 * Never throws.
 */
export function parseDeclarationHtml(html: string, vocabulary: Vocabulary = currentVocabulary): Preferences {
  const values: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const classes = (attributes.class ?? '').split(/\s+/);
      const value = attributes['data-content-usage'];
      if (name === 'section' && classes.includes(DECLARATION_CLASS) && value !== undefined) values.push(value);
    },
  });
  parser.end(html);
  return combinePreferences(...values.map((value) => parseContentUsage(value, vocabulary).preferences));
}

import bindingsData from '../data/bindings.json' with { type: 'json' };
import type { CategoryPreference, Preferences } from './preferences.js';
import { categoryById, type Vocabulary } from './vocabulary.js';

/** One category's mapping onto a neighbouring format's name. */
export interface CategoryBinding {
  /** The stable category id of the vocabulary. */
  readonly category: string;
  /** Written only with `EmitOptions.anyAiTraining` when the category is allowed (the other format's term is wider). */
  readonly allowNeedsOptIn?: boolean;
}

/** The mappings and names of `data/bindings.json`, keyed by category id. */
export interface Bindings {
  readonly version: string;
  readonly patterns: { readonly key: string; readonly token: string; readonly categoryId: string };
  readonly names: {
    readonly namespace: string;
    readonly namespacePrefix: string;
    readonly feedElement: string;
    readonly metaName: string;
    readonly signalRelation: string;
    readonly jsonFeedKey: string;
  };
  readonly contentSignal: {
    readonly categories: readonly (CategoryBinding & { readonly signal: string })[];
    readonly policyComment: readonly string[];
    readonly exceptionComment: readonly string[];
    readonly unknownSignalTitle: string;
  };
  readonly rsl: {
    readonly write: readonly (CategoryBinding & { readonly usage: string })[];
    readonly read: Readonly<Record<string, readonly string[]>>;
    readonly paymentBySignal: Readonly<Record<string, string>>;
    readonly notes: { readonly notASignal: string; readonly cannotExpress: string };
  };
  readonly noai: { readonly categories: readonly string[] };
  readonly tdmrep: { readonly readAs: readonly string[] };
}

/** The bindings in force in this release of the package (`data/bindings.json`). */
export const bindings: Bindings = bindingsData;

// The grammar patterns and the project's names, read from the JSON directly rather than through
// `bindings`: a bundler that tracks which JSON properties are used (webpack) then leaves the
// format mappings out of bundles that only need these (the WordPress editor script).

/** Patterns of `data/bindings.json`: RFC 9651 key and token, stored category ids. */
export const patterns: Bindings['patterns'] = bindingsData.patterns;

/** The names this project defines (namespace, meta name, link relation…), from `data/bindings.json`. */
export const names: Bindings['names'] = bindingsData.names;

/** Fills `{name}` placeholders of a bindings string. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The preferences a neighbouring format states, binding by binding: categories
 * the statement leaves unknown are skipped, and so is an allow whose binding
 * is wider than the category unless the publisher opted in (`anyAiTraining`),
 * so that no format says more than the author chose.
 */
export function statedBindings<B extends CategoryBinding>(
  list: readonly B[],
  preferences: Preferences,
  vocabulary: Vocabulary,
  anyAiTraining: boolean,
): [B, CategoryPreference][] {
  const stated: [B, CategoryPreference][] = [];
  for (const binding of list) {
    const label = categoryById(binding.category, vocabulary)?.label;
    const value = label === undefined ? undefined : preferences[label];
    if (!value || value.preference === 'unknown') continue;
    if (value.preference === 'allowed' && binding.allowNeedsOptIn === true && !anyAiTraining) continue;
    stated.push([binding, value]);
  }
  return stated;
}

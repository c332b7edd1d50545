// Every string the editor shows, as literals wrapped in __() so `wp i18n make-pot` finds them.
// English values mirror @cc-signals/core's data; tests/strings.test.ts fails when they drift.
import { __, sprintf } from '@wordpress/i18n';
import type { Messages, Preset } from '@cc-signals/core';

/** Translated preset titles and one-line descriptions, keyed by preset id. */
export function presetStrings(): Record<string, { title: string; description: string }> {
  return {
    inherit: { title: __('Inherit', 'cc-signals'), description: __('Use the default of this content type or of the site.', 'cc-signals') },
    allow: { title: __('Allow', 'cc-signals'), description: __('AI model training is allowed.', 'cc-signals') },
    disallow: { title: __('Disallow', 'cc-signals'), description: __('AI model training is not allowed.', 'cc-signals') },
    'cc-cr': {
      title: __('Disallow except CC Credit', 'cc-signals'),
      description: __('AI model training only if you give appropriate credit.', 'cc-signals'),
    },
    'cc-cr-dc': {
      title: __('Disallow except CC Credit + Direct Contribution', 'cc-signals'),
      description: __('AI model training only with credit and a proportionate contribution to the publisher.', 'cc-signals'),
    },
    'cc-cr-ec': {
      title: __('Disallow except CC Credit + Ecosystem Contribution', 'cc-signals'),
      description: __('AI model training only with credit and a contribution back to the commons.', 'cc-signals'),
    },
    'cc-cr-op': {
      title: __('Disallow except CC Credit + Open', 'cc-signals'),
      description: __('AI model training only with credit, and only for open AI systems.', 'cc-signals'),
    },
  };
}

/** A preset's title and description, translated when known, else core's English. */
export function presetText(preset: Preset): { title: string; description: string } {
  return presetStrings()[preset.id] ?? { title: preset.title, description: preset.description };
}

/** Translations of core's declaration messages used by describePreference(). */
export function declarationMessages(): Messages {
  return {
    'preference.allowed': __('{category}: allowed.', 'cc-signals'),
    'preference.disallowed': __('{category}: not allowed.', 'cc-signals'),
    'preference.disallowedExcept': __('{category}: not allowed, unless you meet the conditions of {signal}.', 'cc-signals'),
    'preference.unknown': __('{category}: no preference stated.', 'cc-signals'),
    'category.train-ai': __('AI Model Training', 'cc-signals'),
    'category.search': __('Search', 'cc-signals'),
    'signal.cc-cr': __('CC Credit 0.1', 'cc-signals'),
    'signal.cc-cr-dc': __('CC Credit + Direct Contribution 0.1', 'cc-signals'),
    'signal.cc-cr-ec': __('CC Credit + Ecosystem Contribution 0.1', 'cc-signals'),
    'signal.cc-cr-op': __('CC Credit + Open 0.1', 'cc-signals'),
  };
}

/** Labels of the per-category select values (see model.choiceValues). */
export function choiceLabel(value: string, messages: Messages): string {
  if (value === 'inherit') return __('Inherit', 'cc-signals');
  if (value === 'allow') return __('Allow', 'cc-signals');
  if (value === 'disallow') return __('Disallow', 'cc-signals');
  const token = value.slice('disallow:'.length);
  /* translators: %s: the name of a CC signal, e.g. "CC Credit 0.1" */
  return sprintf(__('Disallow except %s', 'cc-signals'), messages[`signal.${token}`] ?? token);
}

// Every string the editor shows, as literals wrapped in __() so `wp i18n make-pot` finds them.
// Declaration messages mirror @cc-signals/core's English (tests/editor-model.test.ts fails when they
// drift); the preset wording is the plugin's own, written for authors.
import { __, sprintf } from '@wordpress/i18n';
import type { CategoryPreference, Messages, Preset } from '@cc-signals/core';

/**
 * The choices as the author reads them (WordPress-only wording: short names for the picker and
 * the collapsed panel, one sentence addressed to the author), keyed by core's preset ids.
 */
export function presetStrings(): Record<string, { title: string; description: string }> {
  return {
    inherit: { title: __('Site default', 'cc-signals'), description: __('Use the default your site sets for this kind of content.', 'cc-signals') },
    allow: { title: __('Allow AI training', 'cc-signals'), description: __('AI developers may train on this post.', 'cc-signals') },
    disallow: { title: __('No AI training', 'cc-signals'), description: __('AI developers should not train on this post.', 'cc-signals') },
    'cc-cr': {
      title: __('Allow with credit', 'cc-signals'),
      description: __('AI developers may train on this post if they credit you.', 'cc-signals'),
    },
    'cc-cr-dc': {
      title: __('Allow with credit + payment', 'cc-signals'),
      description: __('AI developers may train on this post if they credit you and contribute to you directly, in money or in kind.', 'cc-signals'),
    },
    'cc-cr-ec': {
      title: __('Allow with credit + giving back', 'cc-signals'),
      description: __('AI developers may train on this post if they credit you and contribute to the open ecosystem they benefit from.', 'cc-signals'),
    },
    'cc-cr-op': {
      title: __('Allow open AI with credit', 'cc-signals'),
      description: __('AI developers may train on this post if they credit you and keep their AI system open.', 'cc-signals'),
    },
  };
}

/** A preset's author-facing name and sentence, else core's English for presets added later. */
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
    'category.ai-use': __('AI Use', 'cc-signals'),
    'category.draft-ietf-aipref-vocab-08.train-ai': __('AI Training', 'cc-signals'),
    'signal.cc-cr': __('CC Credit 0.1', 'cc-signals'),
    'signal.cc-cr-dc': __('CC Credit + Direct Contribution 0.1', 'cc-signals'),
    'signal.cc-cr-ec': __('CC Credit + Ecosystem Contribution 0.1', 'cc-signals'),
    'signal.cc-cr-op': __('CC Credit + Open 0.1', 'cc-signals'),
  };
}

/**
 * One category's preference in words, as core's `describePreference` says it, from the messages
 * above. The editor does not call core's function: that would bundle all of core's English
 * messages into build/editor.js (tests/editor-model.test.ts checks both say the same).
 */
export function describeCategory(
  category: { readonly id: string; readonly title: string }, value: CategoryPreference, messages: Messages, vocabulary?: string,
): string {
  const key = value.preference === 'disallowed'
    ? (value.exception === undefined ? 'preference.disallowed' : 'preference.disallowedExcept')
    : (value.preference === 'allowed' ? 'preference.allowed' : 'preference.unknown');
  const signal = value.exception === undefined ? '' : messages[`signal.${value.exception}`] ?? value.exception;
  return (messages[key] ?? key).replace('{category}', categoryName(category, messages, vocabulary)).replace('{signal}', signal);
}

/** A category's name: the site's draft's own (`category.<vocabulary>.<id>`: -08's "AI Training"), else the shared one, else its title. */
export function categoryName(category: { readonly id: string; readonly title: string }, messages: Messages, vocabulary?: string): string {
  return messages[`category.${vocabulary ?? ''}.${category.id}`] ?? messages[`category.${category.id}`] ?? category.title;
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

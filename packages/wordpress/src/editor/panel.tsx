// The "AI usage (CC signals)" document settings panel.
import { presets, preferenceOf, type Intent, type Messages } from '@cc-signals/core';
import { SelectControl, ToggleControl } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import {
  categoriesOf, choiceValue, choiceValues, effectivePreferences, inheritedIntent, intentOfPreset, presetIdOf,
  presetSignal, readConfig, readIntent, toStored, withChoice, type EditorConfig,
} from './model';
import { categoryName, choiceLabel, declarationMessages, describeCategory, presetText } from './strings';

declare global {
  interface Window { ccSignalsEditor?: unknown }
}

type Meta = Record<string, unknown>;

/** One sentence per category of the vocabulary, as the declaration words it. */
function sentences(config: EditorConfig, postType: string, intent: Intent, messages: Messages): string[] {
  const preferences = effectivePreferences(config, postType, intent);
  return categoriesOf(config).map((category) =>
    describeCategory(category, preferenceOf(preferences, category.label), messages, config.vocabulary));
}

/** What "Inherit" resolves to for this post type, in words. */
function inheritedSummary(config: EditorConfig, postType: string, messages: Messages): string {
  const inherited = inheritedIntent(config, postType);
  const id = presetIdOf(inherited);
  const preset = presets.find((candidate) => candidate.id === id);
  if (id === 'inherit') return __('No preference stated.', 'cc-signals');
  if (preset) return presetText(preset).title;
  return sentences(config, postType, { categories: {} }, messages).join(' ');
}

interface PresetChoicesProps {
  readonly current: string;
  readonly settingsUrl: string | undefined;
  readonly inherited: string;
  readonly messages: Messages;
  readonly onChange: (id: string) => void;
}

/** One compact picker; the chosen option's sentence below it (what it means for the author). */
function PresetChoices({ current, settingsUrl, inherited, messages, onChange }: PresetChoicesProps) {
  const options = presets.map((preset) => ({ value: preset.id, label: presetText(preset).title }));
  if (current === 'custom') options.push({ value: 'custom', label: __('Custom (per category)', 'cc-signals') });
  const preset = presets.find((candidate) => candidate.id === current);
  const signal = preset && presetSignal(preset);
  return (
    <div className="cc-signals-presets">
      <SelectControl label={__('Who may train AI on this post?', 'cc-signals')} value={current} options={options}
        onChange={(id: string) => { if (id !== 'custom') onChange(id); }} aria-describedby="cc-signals-preset-description" />
      <p id="cc-signals-preset-description" className="description">
        {preset ? presetText(preset).description : __('Your own choice per category, below.', 'cc-signals')}
        {current === 'inherit' && <> {sprintf(__('Now: %s.', 'cc-signals'), inherited)}
          {settingsUrl && <> <a href={settingsUrl}>{__('Change the defaults', 'cc-signals')}</a></>}</>}
        {signal && <> <a href={signal.url} target="_blank" rel="noreferrer license">
          {sprintf(__('About %s', 'cc-signals'), messages[`signal.${signal.token}`] ?? signal.title)}
        </a></>}
      </p>
    </div>
  );
}

interface CategoryChoicesProps {
  readonly config: EditorConfig;
  readonly intent: Intent;
  readonly messages: Messages;
  readonly onChange: (next: Intent) => void;
}

/** A select per category of the site's vocabulary (its settings choose -07 or -08). */
function CategoryChoices({ config, intent, messages, onChange }: CategoryChoicesProps) {
  const options = choiceValues().map((value) => ({ value, label: choiceLabel(value, messages) }));
  return (
    <div className="cc-signals-categories">
      {categoriesOf(config).map((category) => (
        <SelectControl key={category.id}
          label={categoryName(category, messages, config.vocabulary)} options={options}
          value={choiceValue(intent, category.id)}
          onChange={(value: string) => { onChange(withChoice(intent, category.id, value)); }} />
      ))}
    </div>
  );
}

function useCurrentPostType(): string {
  return useSelect((select) => (select(editorStore) as { getCurrentPostType: () => string }).getCurrentPostType(), []);
}

/** The post's stored choice and a setter, or null when the post type has no `_cc_signals` meta in REST. */
export interface SignalsMeta {
  readonly postType: string;
  readonly config: EditorConfig;
  readonly intent: Intent;
  readonly save: (next: Intent) => void;
}

export function useSignalsMeta(): SignalsMeta | null {
  const postType = useCurrentPostType();
  const [meta, setMeta] = useEntityProp('postType', postType, 'meta') as [Meta | undefined, (next: Meta) => void, unknown];
  const config = useMemo(() => readConfig(window.ccSignalsEditor), []);
  if (!meta || !(config.metaKey in meta)) return null;
  const save = (next: Intent) => { setMeta({ ...meta, [config.metaKey]: toStored(next) }); };
  return { postType, config, intent: readIntent(meta[config.metaKey]), save };
}

/** The current choice in a few words, for the collapsed panel's title. */
export function currentChoiceLabel(state: SignalsMeta): string {
  const preset = presets.find((candidate) => candidate.id === presetIdOf(state.intent));
  return preset ? presetText(preset).title : __('Custom', 'cc-signals');
}

/** The panel body: the picker, and under Advanced the per-category choices and what the post will say. */
export function SignalsPanelBody({ state }: { state: SignalsMeta }) {
  const { postType, config, intent, save } = state;
  const messages = useMemo(declarationMessages, []);
  const [advanced, setAdvanced] = useState<boolean | undefined>(undefined);
  const current = presetIdOf(intent);
  const showAdvanced = advanced ?? current === 'custom';
  return (
    <div className="cc-signals-panel-body">
      <PresetChoices current={current} settingsUrl={config.settingsUrl} inherited={inheritedSummary(config, postType, messages)} messages={messages}
        onChange={(id) => { save(intentOfPreset(id)); }} />
      <ToggleControl label={__('Advanced: choose per category', 'cc-signals')}
        checked={showAdvanced} onChange={(value: boolean) => { setAdvanced(value); }} />
      {showAdvanced && <>
        <CategoryChoices config={config} intent={intent} messages={messages} onChange={save} />
        <div className="cc-signals-summary" aria-live="polite">
          <strong>{__('This post says:', 'cc-signals')}</strong>
          <ul>{sentences(config, postType, intent, messages).map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      </>}
    </div>
  );
}

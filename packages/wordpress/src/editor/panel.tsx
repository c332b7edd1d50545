// The "AI usage (CC signals)" document settings panel.
import { describePreference, presets, preferenceOf, type Intent, type Messages } from '@cc-signals/core';
import { SelectControl, ToggleControl } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import {
  categories, choiceValue, choiceValues, effectivePreferences, inheritedIntent, intentOfPreset, presetIdOf,
  presetSignal, readConfig, readIntent, toStored, withChoice, type EditorConfig,
} from './model';
import { choiceLabel, declarationMessages, presetText } from './strings';

declare global {
  interface Window { ccSignalsEditor?: unknown }
}

type Meta = Record<string, unknown>;

/** One sentence per category of the vocabulary, as the declaration words it. */
function sentences(config: EditorConfig, postType: string, intent: Intent, messages: Messages): string[] {
  const preferences = effectivePreferences(config, postType, intent);
  return categories.map((category) =>
    describePreference(category.label, preferenceOf(preferences, category.label), { messages }));
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

function PresetChoices({ current, settingsUrl, inherited, messages, onChange }: PresetChoicesProps) {
  return (
    <fieldset className="cc-signals-presets">
      <legend className="screen-reader-text">{__('AI usage preset', 'cc-signals')}</legend>
      {presets.map((preset) => {
        const text = presetText(preset);
        const signal = presetSignal(preset);
        const id = `cc-signals-preset-${preset.id}`;
        return (
          <div key={preset.id} className="cc-signals-preset" style={{ marginBottom: '12px' }}>
            <div style={{ display: 'flex', alignItems: 'flex-start', gap: '6px' }}>
              <input type="radio" id={id} name="cc-signals-preset" value={preset.id} checked={current === preset.id}
                aria-describedby={`${id}-description`} onChange={() => { onChange(preset.id); }} style={{ margin: '2px 0 0' }} />
              <label htmlFor={id} style={{ fontWeight: 600 }}>{text.title}</label>
            </div>
            <p id={`${id}-description`} className="description" style={{ margin: '2px 0 0 24px' }}>
              {text.description}
              {preset.id === 'inherit' && <><br /><strong>{__('Default:', 'cc-signals')}</strong> {inherited}
                {settingsUrl && <> <a href={settingsUrl}>{__('Change the defaults', 'cc-signals')}</a></>}</>}
              {signal && <><br /><a href={signal.url} target="_blank" rel="noreferrer license">
                {sprintf(__('Read %s', 'cc-signals'), messages[`signal.${signal.token}`] ?? signal.title)}
              </a></>}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

function CategoryChoices({ intent, messages, onChange }: { intent: Intent; messages: Messages; onChange: (next: Intent) => void }) {
  const options = choiceValues().map((value) => ({ value, label: choiceLabel(value, messages) }));
  return (
    <div className="cc-signals-categories">
      {categories.map((category) => (
        <SelectControl key={category.id}
          label={messages[`category.${category.id}`] ?? category.title} options={options}
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

/** The panel body: presets, the Advanced per-category choices, and what the post will say. */
export function SignalsPanelBody({ state }: { state: SignalsMeta }) {
  const { postType, config, intent, save } = state;
  const messages = useMemo(declarationMessages, []);
  const [advanced, setAdvanced] = useState<boolean | undefined>(undefined);
  const current = presetIdOf(intent);
  const showAdvanced = advanced ?? current === 'custom';
  return (
    <div className="cc-signals-panel-body">
      {current === 'custom' && <p className="cc-signals-custom">{__('Custom choice per category (see Advanced).', 'cc-signals')}</p>}
      <PresetChoices current={current} settingsUrl={config.settingsUrl} inherited={inheritedSummary(config, postType, messages)} messages={messages}
        onChange={(id) => { save(intentOfPreset(id)); }} />
      <ToggleControl label={__('Advanced: choose per category', 'cc-signals')}
        checked={showAdvanced} onChange={(value: boolean) => { setAdvanced(value); }} />
      {showAdvanced && <CategoryChoices intent={intent} messages={messages} onChange={save} />}
      <div className="cc-signals-summary" aria-live="polite">
        <strong>{__('This post says:', 'cc-signals')}</strong>
        <ul>{sentences(config, postType, intent, messages).map((line) => <li key={line}>{line}</li>)}</ul>
      </div>
    </div>
  );
}

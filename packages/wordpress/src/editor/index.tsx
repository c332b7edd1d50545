// Registers the "AI usage (CC signals)" panel in the block editor's document settings.
import { PluginDocumentSettingPanel as EditorPanel } from '@wordpress/editor';
import { __, sprintf } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';
import type { ComponentType, ReactNode } from 'react';
import { SignalsPanelBody, currentChoiceLabel, useSignalsMeta } from './panel';

interface PanelProps { name: string; title: string; className?: string; children: ReactNode }

declare global {
  interface Window { wp?: { editPost?: { PluginDocumentSettingPanel?: ComponentType<PanelProps> } } }
}

/** `@wordpress/editor` has the slot since WordPress 6.6; before that it lived in `@wordpress/edit-post`. */
function panelComponent(): ComponentType<PanelProps> | undefined {
  const fromEditor = EditorPanel as ComponentType<PanelProps> | undefined;
  return fromEditor ?? window.wp?.editPost?.PluginDocumentSettingPanel;
}

function SignalsPanel() {
  const state = useSignalsMeta();
  const Panel = panelComponent();
  if (!Panel || !state) return null;
  return (
    // The title shows the current choice, so the collapsed panel tells the author where they stand.
    <Panel name="cc-signals" className="cc-signals-panel" title={sprintf(__('AI usage (CC signals): %s', 'cc-signals'), currentChoiceLabel(state))}>
      <SignalsPanelBody state={state} />
    </Panel>
  );
}

registerPlugin('cc-signals', { render: SignalsPanel });

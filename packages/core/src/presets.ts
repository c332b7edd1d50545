import presetsData from '../data/presets.json' with { type: 'json' };
import { parseStoredIntent, serializeIntent, type Intent } from './intent.js';

/** A named intent offered in CMS editors ("Disallow except CC Credit"). */
export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly intent: Intent;
}

/** The presets, in the order editors list them. */
export const presets: readonly Preset[] = presetsData.presets.map((preset) => ({
  ...preset,
  intent: parseStoredIntent(preset.intent),
}));

/** The preset with this id. */
export function presetById(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}

/** The preset an intent matches exactly, or undefined for a custom intent. */
export function presetOf(intent: Intent): Preset | undefined {
  const key = serializeIntent(intent);
  return presets.find((preset) => serializeIntent(preset.intent) === key);
}

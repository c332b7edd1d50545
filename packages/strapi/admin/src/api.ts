import { parseStoredIntent, presetOf, type Intent } from '@cc-signals/core';

/** The settings as the server stores them (see server/src/settings-schema.ts). */
export interface Settings {
  siteDefault: Intent | null;
  contentTypes: Record<string, { default: Intent | null; feed?: FeedMapping }>;
  outputs: Outputs;
}

export interface FeedMapping {
  title: string;
  date: string;
  summary?: string;
}

export interface Outputs {
  headers: boolean;
  robots: boolean;
  feeds: boolean;
  contentSignal: boolean;
  tdmrep: boolean;
  noai: boolean;
  anyAiTraining: boolean;
  /** null clears it (an absent key would keep the stored value: updates are partial). */
  rslLicenseUrl?: string | null;
  contentLicenseUrl?: string | null;
  transitionLabels: boolean;
  /** A vocabulary id core ships (`draft-ietf-aipref-vocab-07`, …). */
  vocabulary: string;
}

export interface ContentTypeInfo {
  uid: string;
  displayName: string;
  kind: string;
  field?: string;
  attributes: string[];
  localized: boolean;
  draftAndPublish: boolean;
}

export interface EntrySignal {
  preferences: Record<string, unknown>;
  headers: Record<string, string>;
}

/** A differing entry robots.txt has no rule for (core's `OmittedItem`), and where it is. */
export interface OmittedEntry {
  id: string;
  path?: string;
  reason: 'query' | 'duplicate' | 'invalid-path' | 'size';
  uid: string;
  documentId: string;
}

export interface Preview {
  signals: { site: EntrySignal; contentTypes: Record<string, EntrySignal> };
  robotsTxt: string;
  robotsOmitted: OmittedEntry[];
}

/** What an entry inherits when it makes no choice of its own. */
export interface Inherited {
  source: 'contentType' | 'site' | 'none';
  /** The attribute holding the field, or null when the content type has none. */
  field: string | null;
  intent: Intent;
  headers: Record<string, string>;
  /** The id of the vocabulary the site speaks (`outputs.vocabulary`): the field offers its categories. */
  vocabulary: string;
}

/** The preset id a stored intent matches: "inherit" for none, "custom" when no preset matches. */
export function presetIdOf(value: unknown): string {
  if (value === null || value === undefined) return 'inherit';
  try {
    return presetOf(parseStoredIntent(value))?.id ?? 'custom';
  } catch {
    return 'custom';
  }
}

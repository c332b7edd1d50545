import { presetById, type Intent } from '@cc-signals/core';

/** A post of the sample site, with the preset its author picked. */
export interface Post {
  readonly slug: string;
  readonly section: 'posts' | 'notes';
  readonly title: string;
  readonly preset: string;
  readonly body: string;
  readonly updated: string;
}

/** The site-wide default: no AI training unless you give credit; search allowed. */
export const siteDefault: Intent = {
  categories: {
    'train-ai': { choice: 'disallow', signal: 'cc-cr', signalVersion: '0.1' },
    search: { choice: 'allow' },
  },
};

/** Content-type defaults: short notes may be used for training freely. */
export const sectionDefaults: Readonly<Record<Post['section'], Intent>> = {
  posts: { categories: {} },
  notes: presetById('allow')?.intent ?? { categories: {} },
};

/** One post per preset, plus a note that inherits its section's default. */
export const posts: readonly Post[] = [
  post('site-default', 'posts', 'Inherits the site default', 'inherit'),
  post('allowed', 'posts', 'Training allowed', 'allow'),
  post('no-training', 'posts', 'No AI training', 'disallow'),
  post('credit', 'posts', 'Credit required', 'cc-cr'),
  post('direct-contribution', 'posts', 'Credit and direct contribution', 'cc-cr-dc'),
  post('ecosystem', 'posts', 'Credit and ecosystem contribution', 'cc-cr-ec'),
  post('open-models', 'posts', 'Credit, open models only', 'cc-cr-op'),
  post('quick-note', 'notes', 'A note that inherits its section default', 'inherit'),
  post('private-note', 'notes', 'A note that opts out', 'disallow'),
];

function post(slug: string, section: Post['section'], title: string, preset: string): Post {
  return {
    slug,
    section,
    title,
    preset,
    body: `This post uses the "${presetById(preset)?.title ?? preset}" preset.`,
    updated: '2026-11-01T12:00:00Z',
  };
}

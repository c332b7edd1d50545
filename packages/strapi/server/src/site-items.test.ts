import { describe, expect, it } from 'vitest';
import { entryItems } from './site-items';

const NOTE = 'api::note.note';
const paths = { [NOTE]: '/api/notes/' };
const core = { sections: { [NOTE]: { path: '/api/notes/', intent: { categories: { 'train-ai': { choice: 'disallow' as const } } } } } };
const allow = { categories: { 'train-ai': { choice: 'allow' } } };

describe('entryItems', () => {
  it('one item per entry; its locales combined most restrictively, each resolved with its defaults first', () => {
    const items = entryItems(core, paths, [
      { uid: NOTE, documentId: 'a', stored: allow, published: '2026-01-02T00:00:00Z' },
      { uid: NOTE, documentId: 'a', stored: null, published: '2026-01-03T00:00:00Z' },
    ]);
    expect(items).toEqual([
      { id: `${NOTE}:a`, section: NOTE, path: '/api/notes/a', published: '2026-01-03T00:00:00Z', intent: { categories: { 'train-ai': { choice: 'disallow' } } } },
    ]);
  });

  it('entries whose locales all inherit give no item; a single locale keeps its own choice as is', () => {
    expect(entryItems(core, paths, [{ uid: NOTE, documentId: 'b', stored: null }, { uid: NOTE, documentId: 'b', stored: undefined }])).toEqual([]);
    expect(entryItems(core, paths, [{ uid: NOTE, documentId: 'c', stored: allow }])).toEqual([
      { id: `${NOTE}:c`, section: NOTE, path: '/api/notes/c', intent: allow },
    ]);
  });
});

import { presetOf, parseStoredIntent } from '@cc-signals/core';
import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Inherited } from '../api';
import { PLUGIN_ID, t } from '../pluginId';

const cache = new Map<string, Promise<Inherited | undefined>>();

/** What entries of a content type inherit, and which attribute holds the field (once per content type). */
export function useInheritedFor(uid: string): Inherited | undefined {
  const { get } = useFetchClient();
  const [inherited, setInherited] = useState<Inherited>();
  useEffect(() => {
    let request = cache.get(uid);
    if (!request) {
      request = get<Inherited>(`/${PLUGIN_ID}/inherited/${encodeURIComponent(uid)}`).then(
        (response) => response.data,
        () => undefined,
      );
      cache.set(uid, request);
    }
    void request.then(setInherited);
  }, [get, uid]);
  return inherited;
}

/** The list view's "AI usage" cell: the entry's own preset, or what it inherits. */
export function SignalCell({ row, uid }: { row: Record<string, unknown>; uid: string }) {
  const { formatMessage } = useIntl();
  const inherited = useInheritedFor(uid);
  if (!inherited) return null;
  const own = inherited.field ? row[inherited.field] : undefined;
  let label: string;
  try {
    label = own ? (presetOf(parseStoredIntent(own))?.title ?? formatMessage({ id: t('field.custom'), defaultMessage: 'Custom choice' })) : '';
  } catch {
    label = '';
  }
  const fallback = presetOf(inherited.intent)?.title ?? formatMessage({ id: t('field.inherit.nothing'), defaultMessage: 'no preference stated' });
  return (
    <Typography textColor={label ? 'neutral800' : 'neutral500'} data-testid="cc-signals-cell">
      {label || formatMessage({ id: t('list.inherits'), defaultMessage: 'Inherit ({statement})' }, { statement: fallback })}
    </Typography>
  );
}

interface Header {
  attribute: { type: string };
  name: string;
  label: { id: string; defaultMessage: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter: (row: Record<string, unknown>) => React.ReactNode;
}

/** The hook that adds the column to every content type's list view. */
export function injectColumn({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) {
  const uid = /\/collection-types\/([^/?]+)/.exec(window.location.pathname)?.[1] ?? '';
  const header: Header = {
    attribute: { type: 'custom' },
    name: 'ccSignals',
    label: { id: t('list.column'), defaultMessage: 'AI usage' },
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <SignalCell row={row} uid={uid} />,
  };
  return { displayedHeaders: [...displayedHeaders, header], layout };
}

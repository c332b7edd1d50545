import { serializeDeclarationHtml } from '@cc-signals/core';
import { notFound } from 'next/navigation';
import { HeadTags } from '../../../lib/head-tags';
import { fetchEntry } from '../../../lib/strapi';

// Rendered on each request, like the headers proxy.ts adds: no stale signal.
export const dynamic = 'force-dynamic';

interface Props {
  readonly params: Promise<{ type: string; id: string }>;
  readonly searchParams: Promise<{ locale?: string | string[] }>;
}

/** An entry: its head tags and a declaration readers understand, both from core, for the preferences the plugin resolved. */
export default async function EntryPage({ params, searchParams }: Props) {
  const { type, id } = await params;
  const { locale } = await searchParams;
  const entry = await fetchEntry(type, id, typeof locale === 'string' ? locale : undefined);
  if (!entry) notFound();
  const preferences = entry.ccSignals?.preferences ?? {};
  return (
    <article>
      <HeadTags preferences={preferences} />
      <h1>{entry.title}</h1>
      {entry.summary ? <p>{entry.summary}</p> : null}
      <div dangerouslySetInnerHTML={{ __html: serializeDeclarationHtml(preferences) }} />
    </article>
  );
}

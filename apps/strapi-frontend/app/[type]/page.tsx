import { notFound } from 'next/navigation';
import { EntryList } from '../../components/entry-list';
import { ENTRY_TYPES } from '../../lib/strapi';

export const dynamic = 'force-dynamic';

/** One content type's entries (`/articles/`: the feed's channel link). */
export default async function TypePage({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (!(ENTRY_TYPES as readonly string[]).includes(type)) notFound();
  return <EntryList type={type} />;
}

import Link from 'next/link';
import { ENTRY_TYPES, fetchEntries } from '../lib/strapi';

// Rendered on each request: the list follows Strapi without a rebuild.
export const dynamic = 'force-dynamic';

export default async function Home() {
  const lists = await Promise.all(ENTRY_TYPES.map(async (type) => ({ type, entries: await fetchEntries(type) })));
  return lists.map(({ type, entries }) => (
    <section key={type}>
      <h2>{type}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.documentId}>
            <Link href={`/${type}/${entry.documentId}${entry.locale ? `?locale=${entry.locale}` : ''}`}>{entry.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  ));
}

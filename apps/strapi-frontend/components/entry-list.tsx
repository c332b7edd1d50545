import Link from 'next/link';
import { fetchEntries } from '../lib/strapi';

/** The newest published entries of one content type, linked to their pages. */
export async function EntryList({ type }: { type: string }) {
  const entries = await fetchEntries(type);
  return (
    <section>
      <h2>{type}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.documentId}-${entry.locale ?? ''}`}>
            <Link href={`/${type}/${entry.documentId}${entry.locale ? `?locale=${entry.locale}` : ''}`}>{entry.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { EntryList } from '../components/entry-list';
import { ENTRY_TYPES } from '../lib/strapi';

// Rendered on each request: the lists follow Strapi without a rebuild.
export const dynamic = 'force-dynamic';

export default function Home() {
  return ENTRY_TYPES.map((type) => <EntryList key={type} type={type} />);
}

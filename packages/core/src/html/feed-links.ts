import { Parser } from 'htmlparser2';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json']);

/**
 * The feeds a page links to with `<link rel="alternate" type="…">` (RSS,
 * Atom, JSON Feed), as absolute URLs resolved against `baseUrl`, each once.
 * Never throws; links that do not resolve are skipped.
 */
export function feedLinks(html: string, baseUrl: string | URL): string[] {
  const found = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name !== 'link') return;
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      const type = (attributes.type ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
      if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !attributes.href) return;
      const url = URL.canParse(attributes.href, baseUrl) ? new URL(attributes.href, baseUrl) : undefined;
      if (url) found.add(url.href);
    },
  });
  parser.end(html);
  return [...found];
}

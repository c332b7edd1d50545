import { publicOrigin } from '../../lib/origin';
import { strapiUrl } from '../../lib/strapi';

export const dynamic = 'force-dynamic';

/**
 * The plugin's RSS feed of articles (channel- and item-level signals written
 * by core), with its links moved from the Strapi API to this front end.
 */
export async function GET(request: Request): Promise<Response> {
  const strapi = strapiUrl();
  const origin = publicOrigin(request);
  const feedPath = '/api/cc-signals/feeds/articles/rss';
  const response = await fetch(`${strapi}${feedPath}`, { cache: 'no-store' });
  if (!response.ok) return new Response(null, { status: response.status >= 500 ? 503 : 404 });
  const feed = (await response.text())
    .replaceAll(`${strapi}${feedPath}`, `${origin}/feed.xml`)
    .replaceAll(`${strapi}/api/`, `${origin}/`);
  return new Response(feed, { headers: { 'content-type': response.headers.get('content-type') ?? 'application/rss+xml; charset=utf-8' } });
}

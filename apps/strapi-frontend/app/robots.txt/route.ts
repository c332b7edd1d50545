import { rebaseRobotsTxt } from '../../lib/robots';
import { strapiUrl } from '../../lib/strapi';

export const dynamic = 'force-dynamic';

/** The plugin's robots.txt (the app's own lines and the CC signals rules), for this front end's paths. */
export async function GET(): Promise<Response> {
  const response = await fetch(`${strapiUrl()}/robots.txt`, { cache: 'no-store' });
  // A 5xx tells crawlers to fetch nothing (RFC 9309 § 2.3.1.4): say so rather than guess the rules.
  if (!response.ok) return new Response(null, { status: response.status >= 500 ? 503 : 404 });
  return new Response(rebaseRobotsTxt(await response.text()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

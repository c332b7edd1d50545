/**
 * This front end's origin, for the absolute URLs of the feed: `SITE_URL`
 * when set (do set it in production), else as the client addressed it (its
 * `Host`: Next gives route handlers `localhost` for `127.0.0.1`).
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.SITE_URL;
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  const host = request.headers.get('host');
  if (host && URL.canParse(`http://${host}`)) return new URL(`http://${host}`).origin;
  return new URL(request.url).origin;
}

/**
 * This front end's origin as the client addressed it (its `Host`), for the
 * absolute URLs of the feed. Next gives route handlers `localhost` for
 * `127.0.0.1`; a Host that is not a valid host falls back to that.
 */
export function publicOrigin(request: Request): string {
  const host = request.headers.get('host');
  const protocol = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  if (host && URL.canParse(`${protocol}://${host}`)) return new URL(`${protocol}://${host}`).origin;
  return new URL(request.url).origin;
}

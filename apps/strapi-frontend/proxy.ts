// Headers belong to the HTTP response a crawler reads, which a page component cannot set: this
// proxy (Next's middleware) asks Strapi for the entry and sends the headers the plugin resolved
// for it — Content-Usage and the neighbours the admin enabled — with the page (none when the admin
// turned the header output off).
import { headerName } from '@cc-signals/core';
import { NextResponse, type NextRequest } from 'next/server';
import { fetchEntryHeaders } from './lib/strapi';

/** Adds the entry's signal headers to its page's response. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const [, type = '', documentId = ''] = request.nextUrl.pathname.split('/');
  const headers = await fetchEntryHeaders(type, documentId, request.nextUrl.searchParams.get('locale') ?? undefined);
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(headerName(name), value);
  }
  return response;
}

export const config = { matcher: ['/articles/:documentId', '/pages/:documentId', '/notes/:documentId'] };

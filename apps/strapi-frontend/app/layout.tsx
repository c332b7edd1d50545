import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'CC signals × Strapi',
  // The feed, linked from every page so that crawlers (and `cc-signals inspect`) find it.
  alternates: { types: { 'application/rss+xml': '/feed.xml' } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '42rem', margin: '2rem auto', padding: '0 1rem' }}>
        <header>
          <Link href="/">CC signals × Strapi</Link> · <a href="/feed.xml">feed</a> · <a href="/robots.txt">robots.txt</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

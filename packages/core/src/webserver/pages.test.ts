import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { robotsPatternMatches } from '../robots/path.js';
import { siteHeaders } from '../site/headers.js';
import type { Site } from '../site/types.js';
import { apachePagesHtaccess, checkPageRules, nginxPagesSnippet, pageRegex, sitePageRules, type PageRules } from './pages.js';

const allow = { categories: { 'train-ai': { choice: 'allow' } } } as const;
const disallow = { categories: { 'train-ai': { choice: 'disallow' } } } as const;
const site: Site = {
  intent: disallow,
  sections: { post: { path: '/notes/', intent: allow }, page: {} },
  items: [
    { id: '1', section: 'page', path: '/parent/', intent: allow },
    { id: '2', section: 'page', path: '/parent/child/', intent: disallow },
    { id: '3', section: 'page', path: '/café/', intent: allow },
    { id: '4', section: 'page', path: '/', intent: allow },
  ],
  options: { noai: true },
};
const rules = sitePageRules(site);

describe('sitePageRules', () => {
  it('are robots.txt\'s rules: section defaults, then the items that differ, with the site\'s options', () => {
    expect(rules.rules.map((rule) => rule.path)).toEqual(['/', '/notes/', '/parent/', '/parent/child/', '/caf%C3%A9/', '/$']);
    expect(rules.options).toEqual({ noai: true });
  });
});

describe('pageRegex', () => {
  it.each([
    ['/notes/', '/notes/'], ['/$', '/(\\?|$)'], ['/caf%C3%A9/', '/caf%[Cc]3%[Aa]9/'], ['/a*.html$', '/a.*\\.html(\\?|$)'], ['/a+(b)', '/a\\+\\(b\\)'],
  ])('%s → %s', (pattern, regex) => { expect(pageRegex(pattern)).toBe(regex); });
});

/** What nginx does with the map: the first regex (longest pattern first) that matches the request target. */
function served(target: string): Record<string, string> {
  const { sets, pages } = checkPageRules(rules);
  const page = pages.find((p) => new RegExp(`^${p.regex}`).test(target));
  return page === undefined ? {} : sets[page.set]!;
}

/** What robots.txt says for the path: RFC 9309's longest match over the same rules. */
function robots(path: string): Record<string, string> {
  let best = { length: -1, headers: {} as Record<string, string> };
  for (const rule of rules.rules) {
    if (rule.path.length > best.length && robotsPatternMatches(rule.path, path)) best = { length: rule.path.length, headers: siteHeaders(rule.preferences, rules.options) };
  }
  return best.headers;
}

describe('longest match, as robots.txt', () => {
  it.each([
    ['/', '/'], ['/?s=x', '/'], ['/index.php', '/index.php'], ['/notes/a/', '/notes/a/'], ['/parent/', '/parent/'], ['/parent/other/', '/parent/other/'],
    ['/parent/child/', '/parent/child/'], ['/parent/child/grandchild/', '/parent/child/grandchild/'], ['/caf%c3%a9/', '/caf%C3%A9/'], ['/about/', '/about/'],
  ])('%s reads what robots.txt says for %s', (target, path) => {
    expect(served(target)).toEqual(robots(path));
  });

  it('a child page under a parent rule reads its own, the front page its own, other pages the site default', () => {
    expect(served('/parent/child/')).toEqual({ 'Content-Usage': 'train-ai=n', 'X-Robots-Tag': 'noai, noimageai' });
    expect(served('/parent/')).toEqual({ 'Content-Usage': 'train-ai=y' });
    expect(served('/')).toEqual({ 'Content-Usage': 'train-ai=y' });
    expect(served('/about/')).toEqual({ 'Content-Usage': 'train-ai=n', 'X-Robots-Tag': 'noai, noimageai' });
  });
});

describe('the snippets', () => {
  it('nginx: the rule map longest first, one map per header, the add_header lines', () => {
    expect(nginxPagesSnippet(rules)).toBe(`# In the http {} block:
map $request_uri $cc_signals_page {
\tdefault "";
\t"~^/parent/child/" 0;
\t"~^/caf%[Cc]3%[Aa]9/" 1;
\t"~^/parent/" 1;
\t"~^/notes/" 1;
\t"~^/(\\?|$)" 1;
\t"~^/" 0;
}
map $cc_signals_page $cc_signals_page_content_usage {
\tdefault "";
\t0 "train-ai=n";
\t1 "train-ai=y";
}
map $cc_signals_page $cc_signals_page_x_robots_tag {
\tdefault "";
\t0 "noai, noimageai";
}

# In the location that serves cached pages without PHP (not the one that passes requests to PHP, which sends these itself):
add_header Content-Usage $cc_signals_page_content_usage always;
add_header X-Robots-Tag $cc_signals_page_x_robots_tag always;
`);
  });

  it('Apache: one <If>/<ElseIf> chain, longest first, setifempty so PHP\'s own headers stay', () => {
    const text = apachePagesHtaccess(rules);
    expect(text).toMatch(/^# BEGIN CC Signals cached pages\n/);
    expect(text).toContain(`\t<If "%{THE_REQUEST} =~ m#^[A-Z]+ /parent/child/#">\n\t\tHeader setifempty Content-Usage "train-ai=n"\n\t\tHeader setifempty X-Robots-Tag "noai, noimageai"\n\t</If>\n`);
    expect(text).toContain(`\t<ElseIf "%{THE_REQUEST} =~ m#^[A-Z]+ /#">\n\t\tHeader setifempty Content-Usage "train-ai=n"\n`);
    expect(text.match(/<If /g)).toHaveLength(1);
    expect(text.match(/<ElseIf /g)).toHaveLength(5);
  });

  it('Apache leaves the prefixes another .htaccess covers alone, first in the chain', () => {
    const text = apachePagesHtaccess({ ...rules, skip: ['/wp-content/uploads/'] });
    expect(text).toContain('<IfModule mod_headers.c>\n\t<If "%{THE_REQUEST} =~ m#^[A-Z]+ /wp-content/uploads/#">\n\t\t# Left to its own .htaccess.\n\t</If>\n\t<ElseIf "%{THE_REQUEST} =~ m#^[A-Z]+ /parent/child/#">\n');
    expect(() => apachePagesHtaccess({ ...rules, skip: ['/a b/'] })).toThrow(/^skip\[0\]: /);
  });

  it('states every header with the options, "%" and quotes escaped for Apache', () => {
    const withLicence: PageRules = { ...rules, options: { contentLicenseUrl: 'https://example.org/l%20x' } };
    expect(apachePagesHtaccess(withLicence)).toContain('Header setifempty Link "<https://example.org/l%%20x>; rel=\\"license\\""');
    expect(nginxPagesSnippet(withLicence)).toContain('"<https://example.org/l%20x>; rel=\\"license\\""');
  });

  it.each([['/a b'], ['/a"b'], ['/a#b'], ['/a$b'], ['/a\\b'], ['a']])('refuses the pattern %j, naming the rule', (path) => {
    const bad = { rules: [...rules.rules, { path, preferences: {} }] };
    for (const write of [nginxPagesSnippet, apachePagesHtaccess]) {
      expect(() => write(bad)).toThrow(ValidationError);
      expect(() => write(bad)).toThrow(/^rules\[6\]\.path: /);
    }
  });
});

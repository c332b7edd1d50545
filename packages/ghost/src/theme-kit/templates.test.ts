import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { RSS_ROUTE, themeKitFiles, withRssRoute } from './templates.js';

const GHOST_DEFAULT_ROUTES = 'routes:\n\ncollections:\n  /:\n    permalink: /{slug}/\n    template: index\n\ntaxonomies:\n  tag: /tag/{slug}/\n  author: /author/{slug}/\n';

describe('theme kit templates', () => {
  it('adds the feed route under routes:, once, and refuses to replace a site\'s own /rss/ route', () => {
    const once = withRssRoute(GHOST_DEFAULT_ROUTES);
    expect(once).toBe(GHOST_DEFAULT_ROUTES.replace('routes:\n', `routes:\n${RSS_ROUTE}`));
    expect(withRssRoute(once)).toBe(once);
    expect(withRssRoute('routes: {}\n')).toBe(`routes:\n${RSS_ROUTE}`);
    expect(() => withRssRoute('routes:\n  /rss/:\n    template: mine\n')).toThrow(/already has a \/rss\/ route/);
  });

  it('compiles one partial per distinct rendering and merges branches that render the same', () => {
    const plain = themeKitFiles(parseConfig({}));
    const declaration = plain.find((file) => file.path === 'partials/cc-signals.hbs')!;
    expect(declaration.text).toContain('{{#has tag="#cc-signal-allow"}}');
    expect(declaration.text).not.toContain('{{#is "page"}}'); // no type defaults: posts and pages render alike
    const typed = themeKitFiles(parseConfig({ postTypes: { page: 'allow' } }));
    expect(typed.find((file) => file.path === 'partials/cc-signals.hbs')!.text).toContain('{{#is "page"}}');
    const paths = typed.map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    const texts = typed.filter((file) => file.path.startsWith('partials/cc-signals/')).map((file) => file.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('refuses more tag defaults than a theme can hold', () => {
    const tags = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((slug) => [slug, 'allow']));
    expect(() => themeKitFiles(parseConfig({ tags }))).toThrow(/at most 6 tag defaults/);
  });
});

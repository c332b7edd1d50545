import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  escapeHtml,
  presetById,
  serializeAtom,
  serializeDeclarationHtml,
  serializeHtmlHead,
  serializeJsonFeed,
  serializeRss,
  setSignalHeaders,
  type EmitOptions,
  type FeedInput,
  type Preferences,
} from '@cc-signals/core';
import { resolveItem, resolveSection, siteFeed, siteRobotsTxt, siteTdmrepJson, type Site } from '@cc-signals/core/site';
import { posts, sectionDefaults, siteDefault, type Post } from './content.js';

/** What the sample site emits besides Content-Usage: every opt-in format but noai. */
export const emitOptions: EmitOptions = { contentSignal: true, tdmrep: true };

const pathOf = (post: Post) => `/${post.section}/${post.slug}/`;

/** The sample site as core's site module sees it: defaults, sections with their prefixes, items. */
const site: Site = {
  intent: siteDefault,
  sections: {
    posts: { path: '/posts/', intent: sectionDefaults.posts },
    notes: { path: '/notes/', intent: sectionDefaults.notes },
  },
  items: posts.map((post) => ({
    id: post.slug, section: post.section, path: pathOf(post), published: post.updated, intent: presetById(post.preset)?.intent,
  })),
  options: emitOptions,
};

/** The preferences that apply to a post: site default → section default → the post's preset. */
export function postPreferences(post: Post): Preferences {
  return resolveItem(site, { section: post.section, intent: presetById(post.preset)?.intent }).preferences;
}

const sitePreferences = resolveSection(site).preferences;

/** Handles one request of the sample site. */
export function handle(request: IncomingMessage, response: ServerResponse, origin: string): void {
  const path = new URL(request.url ?? '/', origin).pathname;
  const route = routes[path];
  const post = posts.find((candidate) => pathOf(candidate) === path || pathOf(candidate) === `${path}/`);
  if (route) route(response, origin);
  else if (post) send(response, 'text/html; charset=utf-8', postPage(post, origin), postPreferences(post));
  else {
    response.statusCode = 404;
    send(response, 'text/plain; charset=utf-8', 'Not found\n');
  }
}

const routes: Record<string, (response: ServerResponse, origin: string) => void> = {
  '/': (response, origin) => { send(response, 'text/html; charset=utf-8', homePage(origin), sitePreferences); },
  '/robots.txt': (response) => { send(response, 'text/plain; charset=utf-8', robotsTxt()); },
  '/feed.xml': (response, origin) => { send(response, 'application/rss+xml; charset=utf-8', serializeRss(feed(origin), emitOptions), sitePreferences); },
  '/atom.xml': (response, origin) => { send(response, 'application/atom+xml; charset=utf-8', serializeAtom(feed(origin), emitOptions), sitePreferences); },
  '/feed.json': (response, origin) => { send(response, 'application/feed+json; charset=utf-8', serializeJsonFeed(feed(origin), emitOptions), sitePreferences); },
  '/.well-known/tdmrep.json': (response) => { send(response, 'application/json', siteTdmrepJson(site)); },
};

function send(response: ServerResponse, type: string, body: string, preferences?: Preferences): void {
  response.setHeader('content-type', type);
  if (preferences) setSignalHeaders(response, preferences, emitOptions);
  response.end(body);
}

function robotsTxt(): string {
  return siteRobotsTxt(site, 'User-agent: *\nAllow: /\n').text;
}

function feed(origin: string): FeedInput {
  return {
    title: 'CC signals demo',
    link: `${origin}/`,
    feedUrl: `${origin}/feed.xml`,
    description: 'Posts under every CC signal',
    updated: '2026-11-01T12:00:00Z',
    preferences: sitePreferences,
    // The channel's statement stands for the posts that agree with it; the others carry their own.
    items: posts.map((post) => ({
      title: post.title, link: `${origin}${pathOf(post)}`, updated: post.updated,
      ...withStatement(siteFeed(site).item({ section: post.section, intent: presetById(post.preset)?.intent })),
    })),
  };
}

function layout(title: string, head: string, body: string, origin: string): string {
  const feeds = [
    `<link rel="alternate" type="application/rss+xml" title="RSS" href="${origin}/feed.xml">`,
    `<link rel="alternate" type="application/atom+xml" title="Atom" href="${origin}/atom.xml">`,
    `<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${origin}/feed.json">`,
  ].join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>\n${head}\n${feeds}\n</head>\n<body>${body}</body></html>\n`;
}

function postPage(post: Post, origin: string): string {
  const preferences = postPreferences(post);
  const body = `<article><h1>${escapeHtml(post.title)}</h1><p>${escapeHtml(post.body)}</p>${serializeDeclarationHtml(preferences)}</article><p><a href="/">All posts</a></p>`;
  return layout(post.title, serializeHtmlHead(preferences, emitOptions), body, origin);
}

function homePage(origin: string): string {
  const items = posts.map((post) => `<li><a href="${pathOf(post)}">${escapeHtml(post.title)}</a> (${escapeHtml(post.preset)})</li>`);
  const body = `<h1>CC signals demo</h1><ul>${items.join('')}</ul>${serializeDeclarationHtml(sitePreferences)}`;
  return layout('CC signals demo', serializeHtmlHead(sitePreferences, emitOptions), body, origin);
}

function withStatement(preferences: Preferences | undefined): { preferences?: Preferences } {
  return preferences === undefined ? {} : { preferences };
}

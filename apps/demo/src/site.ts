import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  compileRobotsRules,
  escapeHtml,
  intentToPreferences,
  presetById,
  resolveIntent,
  serializeAtom,
  serializeDeclarationHtml,
  serializeHtmlHead,
  serializeJsonFeed,
  serializeRobotsRules,
  serializeRss,
  serializeTdmrepJson,
  setSignalHeaders,
  type EmitOptions,
  type FeedInput,
  type Preferences,
} from '@cc-signals/core';
import { posts, sectionDefaults, siteDefault, type Post } from './content.js';

/** What the sample site emits besides Content-Usage: every opt-in format but noai. */
export const emitOptions: EmitOptions = { contentSignal: true, tdmrep: true };

/** The preferences that apply to a post: site default → section default → the post's preset. */
export function postPreferences(post: Post): Preferences {
  return intentToPreferences(resolveIntent(siteDefault, sectionDefaults[post.section], presetById(post.preset)?.intent));
}

const sitePreferences = intentToPreferences(siteDefault);
const pathOf = (post: Post) => `/${post.section}/${post.slug}/`;

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
  '/.well-known/tdmrep.json': (response) => { send(response, 'application/json', serializeTdmrepJson(pathRules(), emitOptions)); },
};

function send(response: ServerResponse, type: string, body: string, preferences?: Preferences): void {
  response.setHeader('content-type', type);
  if (preferences) setSignalHeaders(response, preferences, emitOptions);
  response.end(body);
}

function pathRules() {
  const defaults = [
    { path: '/', preferences: sitePreferences },
    { path: '/notes/', preferences: intentToPreferences(resolveIntent(siteDefault, sectionDefaults.notes)) },
  ];
  return compileRobotsRules(defaults, posts.map((post) => ({ path: pathOf(post), preferences: postPreferences(post) })));
}

function robotsTxt(): string {
  return serializeRobotsRules(pathRules(), emitOptions);
}

function feed(origin: string): FeedInput {
  return {
    title: 'CC signals demo',
    link: `${origin}/`,
    feedUrl: `${origin}/feed.xml`,
    description: 'Posts under every CC signal',
    updated: '2026-11-01T12:00:00Z',
    preferences: sitePreferences,
    items: posts.map((post) => ({ title: post.title, link: `${origin}${pathOf(post)}`, updated: post.updated, preferences: postPreferences(post) })),
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

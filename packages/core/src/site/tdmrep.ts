import { serializeTdmrepJson } from '../tdmrep.js';
import { siteRobotsRules } from './robots.js';
import type { Site } from './types.js';

/**
 * The site's `/.well-known/tdmrep.json`, from the same path rules as its
 * robots.txt ({@link siteRobotsRules}: one rule per path), without robots.txt's
 * size limit. TDMRep applies the first matching rule; a location for exactly
 * one URL (`/$`, the front page) comes before the prefix of the same length
 * (`/*`), which would otherwise hide it.
 */
export function siteTdmrepJson(site: Site): string {
  const { defaults, items } = siteRobotsRules(site);
  const text = serializeTdmrepJson([...defaults, ...items], site.options);
  const rules = JSON.parse(text) as { location: string }[];
  const anchoredFirst = rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => rank(a.rule, b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
  return `${JSON.stringify(anchoredFirst, null, 2)}\n`;
}

function rank(a: { location: string }, b: { location: string }): number {
  if (a.location.length !== b.location.length) return 0;
  return Number(b.location.endsWith('$')) - Number(a.location.endsWith('$'));
}

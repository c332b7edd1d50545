import { parseRobotsTxt, serializeRobotsTxt } from '@cc-signals/core/robots';
import type { Preferences } from '@cc-signals/core';

interface PreferenceRule {
  readonly path?: string;
  readonly preferences: Preferences;
}

/**
 * The plugin's robots.txt, with its rules moved from the API's paths to this
 * front end's: the plugin states an entry's choice for `/api/articles/<id>`,
 * this front end serves it at `/articles/<id>`. Parsed and written again by
 * core; only the `Content-Usage` and `Content-Signal` paths under `/api/` change.
 */
export function rebaseRobotsTxt(text: string, apiPrefix = '/api/'): string {
  const robots = parseRobotsTxt(text);
  // A new plain rule (the parser's rules read their value lazily, through getters a spread would drop).
  const rebase = (rule: PreferenceRule): PreferenceRule => {
    const path = rule.path?.startsWith(apiPrefix) ? rule.path.slice(apiPrefix.length - 1) : rule.path;
    return { ...(path === undefined ? {} : { path }), preferences: rule.preferences };
  };
  return serializeRobotsTxt({
    ...robots,
    groups: robots.groups.map((group) => ({
      ...group,
      contentUsage: group.contentUsage.map(rebase),
      contentSignals: group.contentSignals.map(rebase),
    })),
  });
}

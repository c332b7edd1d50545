import type { EmitOptions } from '@cc-signals/core';
import {
  parseRobotsTxt,
  robotsTxtFromRules,
  serializeRobotsTxt,
  type PathPreferences,
  type RobotsGroup,
} from '@cc-signals/core/robots';

/**
 * Ghost's robots.txt with the site's signal rules added to its `User-agent: *`
 * group (a `*` group is added when it has none), written back by core's
 * serializer: Ghost's groups, rules and sitemaps are kept, comments are not.
 */
export function mergeRobotsTxt(ghostRobotsTxt: string, rules: readonly PathPreferences[], options: EmitOptions): string {
  const ours = robotsTxtFromRules(rules, options);
  const signalGroup = ours.groups[0];
  const existing = parseRobotsTxt(ghostRobotsTxt);
  if (!signalGroup) return ghostRobotsTxt;
  const hasStar = existing.groups.some((group) => group.userAgents.includes('*'));
  const groups: RobotsGroup[] = existing.groups.map((group) =>
    group.userAgents.includes('*')
      ? {
          ...group,
          // Ghost's own Content-Usage lines (from a theme or a redirect) give way to the site's.
          contentUsage: signalGroup.contentUsage,
          contentSignals: signalGroup.contentSignals,
        }
      : group,
  );
  if (!hasStar) groups.push(signalGroup);
  return serializeRobotsTxt({
    groups,
    licenses: [...existing.licenses, ...ours.licenses.filter((url) => !existing.licenses.includes(url))],
    sitemaps: existing.sitemaps,
  });
}

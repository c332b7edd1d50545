/** The records that end a run of user-agent lines (as parse.ts reads them). */
const RULES = new Set(['allow', 'disallow', 'content-usage', 'content-signal']);
/** Records that belong to no group. */
const NON_GROUP = new Set(['sitemap', 'license']);

interface Line {
  readonly text: string;
  readonly eol: string;
}

interface Group {
  /** Index of the last line that belongs to the group: new lines go after it. */
  last: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '' && match.index === text.length) break;
    lines.push({ text: match[1] ?? '', eol: match[2] ?? '' });
  }
  return lines;
}

function record(line: string): { name: string; value: string } | undefined {
  const content = line.replace(/^\uFEFF/, '').replace(/#.*/, '');
  const colon = content.indexOf(':');
  if (colon === -1) return undefined;
  return { name: content.slice(0, colon).trim().toLowerCase(), value: content.slice(colon + 1).trim() };
}

/** The groups of a robots.txt as RFC 9309 reads them, and whether one is for `*`. */
function readGroups(lines: readonly Line[]): { groups: Group[]; star: boolean } {
  const groups: Group[] = [];
  let current: Group | undefined;
  let inAgents = false;
  let star = false;
  lines.forEach((line, index) => {
    const field = record(line.text);
    if (!field || NON_GROUP.has(field.name)) return;
    if (field.name === 'user-agent') {
      if (!inAgents || !current) groups.push((current = { last: index }));
      current.last = index;
      inAgents = true;
      star ||= field.value === '*';
      return;
    }
    if (!current) return;
    current.last = index;
    if (RULES.has(field.name)) inAgents = false;
  });
  return { groups, star };
}

/**
 * How many groups {@link insertRobotsLines} writes the lines into: every
 * group of the file, plus a new `User-agent: *` group when it has none.
 */
export function robotsGroupCount(text: string): number {
  const { groups, star } = readGroups(splitLines(text));
  return groups.length + (star ? 0 : 1);
}

/**
 * Puts rule lines into an existing robots.txt: at the end of every group, since
 * a crawler reads only the group that names it (RFC 9309 § 2.2.1: a
 * `User-agent: GPTBot` group hides the `*` group from GPTBot), and into a new
 * `User-agent: *` group when there is none. `records` (`License:`, which
 * belong to no group) are appended after a blank line. Every other byte of
 * the file is kept, line endings included (new lines use the file's own).
 */
export function insertRobotsLines(
  text: string,
  groupLines: readonly string[],
  records: readonly string[] = [],
): string {
  if (groupLines.length === 0 && records.length === 0) return text;
  const lines = splitLines(text);
  const eol = lines.find((line) => line.eol !== '')?.eol ?? '\n';
  const { groups, star } = readGroups(lines);
  const out = lines.map((line) => `${line.text}${line.eol}`);
  const block = groupLines.map((line) => `${line}${eol}`).join('');
  if (groupLines.length > 0) {
    for (const group of groups) {
      const line = lines[group.last];
      if (line) out[group.last] = `${line.text}${line.eol === '' ? eol : line.eol}${block}`;
    }
  }
  const tail: string[] = [];
  if (groupLines.length > 0 && !star) tail.push(`User-agent: *${eol}${block}`);
  if (records.length > 0) tail.push(records.map((line) => `${line}${eol}`).join(''));
  let result = out.join('');
  for (const part of tail) {
    if (result !== '' && !/[\r\n]$/.test(result)) result += eol;
    result += result === '' ? part : `${eol}${part}`;
  }
  return result;
}

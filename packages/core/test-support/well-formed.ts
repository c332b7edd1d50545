/**
 * A strict XML 1.0 well-formedness check (with namespaces), for the markup
 * this package writes: htmlparser2 forgives errors, so tests use this to
 * prove that feeds and RSL documents stay valid XML whatever the values.
 * No DTD support: only the five predefined entities are accepted.
 */

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ATTRIBUTE = /^\s+([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ENTITY = /^&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

interface State {
  readonly text: string;
  position: number;
  readonly open: { name: string; prefixes: Set<string> }[];
  roots: number;
}

/** The first well-formedness error in `text`, or undefined when it is well-formed XML. */
export function xmlWellFormednessError(text: string): string | undefined {
  if (FORBIDDEN_CHAR.test(text)) return 'a character not allowed in XML';
  const state: State = { text, position: 0, open: [], roots: 0 };
  if (text.startsWith('<?xml')) state.position = text.indexOf('?>') + 2;
  while (state.position < text.length) {
    const next = text.indexOf('<', state.position);
    const end = next === -1 ? text.length : next;
    const error = checkCharData(text.slice(state.position, end), state.open.length > 0) ?? (next === -1 ? undefined : markup(state));
    if (error !== undefined) return `${error} (at ${state.position})`;
    if (next === -1) state.position = text.length;
  }
  if (state.open.length > 0) return `unclosed <${state.open[state.open.length - 1]?.name ?? ''}>`;
  return state.roots === 1 ? undefined : `expected one root element, found ${state.roots}`;
}

function checkCharData(data: string, inside: boolean): string | undefined {
  if (!inside && data.trim() !== '') return 'text outside the root element';
  if (data.includes(']]>')) return '"]]>" in text';
  return checkAmpersands(data);
}

function checkAmpersands(data: string): string | undefined {
  for (let index = data.indexOf('&'); index !== -1; index = data.indexOf('&', index + 1)) {
    if (!ENTITY.test(data.slice(index))) return 'a bare "&"';
  }
  return undefined;
}

function markup(state: State): string | undefined {
  const rest = state.text.slice(state.text.indexOf('<', state.position));
  state.position = state.text.length - rest.length;
  if (rest.startsWith('<!--')) return comment(state, rest);
  if (rest.startsWith('<![CDATA[')) return skipTo(state, rest, ']]>', state.open.length > 0 ? undefined : 'CDATA outside the root');
  if (rest.startsWith('<?')) return skipTo(state, rest, '?>', undefined);
  if (rest.startsWith('</')) return closeTag(state, rest);
  return openTag(state, rest);
}

function comment(state: State, rest: string): string | undefined {
  const end = rest.indexOf('-->', 4);
  if (end === -1) return 'unterminated comment';
  const body = rest.slice(4, end);
  if (body.includes('--') || body.endsWith('-')) return '"--" inside a comment';
  state.position += end + 3;
  return undefined;
}

function skipTo(state: State, rest: string, terminator: string, error: string | undefined): string | undefined {
  const end = rest.indexOf(terminator);
  if (end === -1) return `missing "${terminator}"`;
  state.position += end + terminator.length;
  return error;
}

function closeTag(state: State, rest: string): string | undefined {
  const match = /^<\/([^\s>]+)\s*>/.exec(rest);
  const top = state.open.pop();
  if (!match || match[1] !== top?.name) return `mismatched </${match?.[1] ?? '?'}>`;
  state.position += match[0].length;
  return undefined;
}

function openTag(state: State, rest: string): string | undefined {
  const name = NAME.exec(rest.slice(1))?.[0];
  if (name === undefined) return 'a bare "<"';
  if (state.open.length === 0) state.roots += 1;
  let offset = 1 + name.length;
  const attributes = new Map<string, string>();
  for (let match = ATTRIBUTE.exec(rest.slice(offset)); match; match = ATTRIBUTE.exec(rest.slice(offset))) {
    const [whole, attribute = '', double, single] = match;
    if (attributes.has(attribute)) return `duplicate attribute ${attribute}`;
    attributes.set(attribute, double ?? single ?? '');
    offset += whole.length;
  }
  const close = /^\s*(\/?)>/.exec(rest.slice(offset));
  if (!close) return `malformed <${name}>`;
  const error = checkAttributes(attributes) ?? checkPrefixes(state, name, attributes);
  if (error !== undefined) return error;
  state.position += offset + close[0].length;
  if (close[1] === '/') state.open.pop();
  return undefined;
}

function checkAttributes(attributes: ReadonlyMap<string, string>): string | undefined {
  for (const value of attributes.values()) {
    if (value.includes('<')) return '"<" in an attribute value';
    const error = checkAmpersands(value);
    if (error !== undefined) return error;
  }
  return undefined;
}

function checkPrefixes(state: State, name: string, attributes: ReadonlyMap<string, string>): string | undefined {
  const prefixes = new Set(state.open[state.open.length - 1]?.prefixes ?? ['xml']);
  for (const attribute of attributes.keys()) {
    if (attribute.startsWith('xmlns:')) prefixes.add(attribute.slice(6));
  }
  state.open.push({ name, prefixes });
  const names = [name, ...[...attributes.keys()].filter((attribute) => !attribute.startsWith('xmlns'))];
  const undeclared = names.find((qualified) => qualified.includes(':') && !prefixes.has(qualified.split(':')[0] ?? ''));
  return undeclared === undefined ? undefined : `undeclared prefix in ${undeclared}`;
}

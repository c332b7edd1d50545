import { Parser } from 'htmlparser2';
import { escapeXml } from './escape.js';

/** An element of a parsed XML document, with its namespace resolved. */
export interface XmlElement {
  /** The local name, without prefix. */
  readonly local: string;
  /** The namespace URI the prefix (or the default namespace) resolves to. */
  readonly ns: string | undefined;
  /** Attributes as written (prefixed names keep their prefix), values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text and CDATA directly inside this element, concatenated and decoded. */
  text: string;
}

type Scope = Readonly<Record<string, string>>;

interface Frame {
  readonly element: XmlElement;
  readonly scope: Scope;
}

/**
 * Parses XML leniently with htmlparser2's tokenizer and resolves namespace
 * prefixes (`xmlns`, `xmlns:p`), which htmlparser2 leaves alone. Returns the
 * root element, or undefined when there is none. Never throws.
 */
export function parseXml(text: string): XmlElement | undefined {
  const root: XmlElement = { local: '#document', ns: undefined, attrs: {}, children: [], text: '' };
  const stack: Frame[] = [{ element: root, scope: {} }];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1] ?? { element: root, scope: {} };
        const scope = scopeOf(parent.scope, attrs);
        const element: XmlElement = { ...resolveName(name, scope), attrs, children: [], text: '' };
        parent.element.children.push(element);
        stack.push({ element, scope });
      },
      ontext(data) {
        const current = stack[stack.length - 1];
        if (current && stack.length > 1) current.element.text += data;
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  return root.children[0];
}

function scopeOf(parent: Scope, attrs: Readonly<Record<string, string>>): Scope {
  let scope = parent;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns') scope = { ...scope, '': value };
    else if (name.startsWith('xmlns:')) scope = { ...scope, [name.slice(6)]: value };
  }
  return scope;
}

function resolveName(name: string, scope: Scope): { local: string; ns: string | undefined } {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  return { local: colon === -1 ? name : name.slice(colon + 1), ns: scope[prefix] };
}

/** The child elements with this namespace and local name, in document order. */
export function childElements(element: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  return element.children.filter((child) => child.ns === ns && child.local === local);
}

/** Every descendant with this namespace and local name, in document order. */
export function descendantElements(element: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  // An explicit stack, not recursion: hostile input may nest deeply.
  const pending = [...element.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.ns === ns && next.local === local) found.push(next);
    for (let index = next.children.length - 1; index >= 0; index -= 1) {
      const child = next.children[index];
      if (child) pending.push(child);
    }
  }
  return found;
}

/** The trimmed text of the first such child, if there is one. */
export function childText(element: XmlElement, ns: string | undefined, local: string): string | undefined {
  const child = childElements(element, ns, local)[0];
  return child === undefined ? undefined : child.text.trim();
}

/** Whether a space-separated `rel` attribute contains a relation, case-insensitively. */
export function hasRel(rel: string | undefined, relation: string): boolean {
  return (rel ?? '').toLowerCase().split(/\s+/).includes(relation);
}

// Characters XML 1.0 cannot carry at all, not even as references; lone surrogates too.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes a value for XML text or a double-quoted attribute: drops characters
 * XML cannot carry and writes CR, LF and TAB as references, so attribute
 * values survive normalization and nothing can end the markup early.
 */
export function xmlValue(value: string): string {
  return escapeXml(value.replace(NOT_XML, ''))
    .replace(/\r/g, '&#xD;')
    .replace(/\n/g, '&#xA;')
    .replace(/\t/g, '&#x9;');
}

/** An XML comment whose text can neither end it early nor break well-formedness. */
export function xmlComment(text: string): string {
  let safe = text.replace(NOT_XML, '').replace(/[\r\n]+/g, ' ');
  while (safe.includes('--')) safe = safe.replace(/--/g, '- -');
  return `<!-- ${safe.endsWith('-') ? `${safe} ` : safe} -->`;
}

import { describe, expect, it } from 'vitest';
import { xmlWellFormednessError } from '../test-support/well-formed.js';
import { childText, descendantElements, hasRel, parseXml, xmlComment, xmlValue } from './xml.js';

describe('parseXml', () => {
  it('resolves default and prefixed namespaces, scoped to their element', () => {
    const root = parseXml('<a xmlns="urn:a" xmlns:p="urn:p"><p:b><c xmlns="urn:c"/></p:b><b/></a>');
    expect(root?.ns).toBe('urn:a');
    expect(descendantElements(root!, 'urn:p', 'b')).toHaveLength(1);
    expect(descendantElements(root!, 'urn:c', 'c')).toHaveLength(1);
    expect(descendantElements(root!, 'urn:a', 'b')).toHaveLength(1);
  });

  it('decodes references and CDATA in text', () => {
    const root = parseXml('<a><b>x &amp; &#x3C; <![CDATA[<y>]]></b></a>');
    expect(childText(root!, undefined, 'b')).toBe('x & < <y>');
  });

  it('survives deep nesting', () => {
    const depth = 20000;
    const root = parseXml(`${'<a>'.repeat(depth)}<b/>${'</a>'.repeat(depth)}`);
    expect(descendantElements(root!, undefined, 'b')).toHaveLength(1);
  });

  it('returns undefined without an element', () => {
    expect(parseXml('')).toBeUndefined();
    expect(parseXml('just text')).toBeUndefined();
  });
});

describe('xmlValue', () => {
  it('escapes markup, keeps line breaks as references and drops what XML cannot carry', () => {
    expect(xmlValue(`<a href="x">'&'</a>\r\n\t\u0000\ud800`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#xD;&#xA;&#x9;');
    const attribute = `<e v="${xmlValue('a\r\nb')}"/>`;
    expect(parseXml(attribute)?.attrs.v).toBe('a\r\nb');
  });
});

describe('xmlComment', () => {
  it.each(['a -- b', 'ends with -', '--->', 'x\n-->\ny', '\u0001'])('keeps %j a single well-formed comment', (text) => {
    const comment = xmlComment(text);
    expect(xmlWellFormednessError(`<a>${comment}</a>`)).toBeUndefined();
    expect(comment.match(/-->/g)).toHaveLength(1);
  });
});

describe('hasRel', () => {
  it('matches one relation in a list, case-insensitively', () => {
    expect(hasRel('alternate License', 'license')).toBe(true);
    expect(hasRel('licensed', 'license')).toBe(false);
    expect(hasRel(undefined, 'license')).toBe(false);
  });
});

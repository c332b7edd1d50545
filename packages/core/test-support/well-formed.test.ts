import { describe, expect, it } from 'vitest';
import { xmlWellFormednessError } from './well-formed.js';

describe('xmlWellFormednessError', () => {
  it('accepts a well-formed document with namespaces, CDATA, comments and references', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<a xmlns:p="urn:p" p:x="1 &amp; 2 &#38; &#x26;">',
      '  <!-- a - comment -->',
      '  <p:b><![CDATA[ <raw> & ]]></p:b>',
      "  <c d='&quot;'/>",
      '</a>',
    ].join('\n');
    expect(xmlWellFormednessError(xml)).toBeUndefined();
  });

  it.each([
    ['<a>1 & 2</a>', 'bare "&"'],
    ['<a>&nbsp;</a>', 'bare "&"'],
    ['<a>1 < 2</a>', 'bare "<"'],
    ['<a><b></a></b>', 'mismatched'],
    ['<a><b></b>', 'unclosed'],
    ['<a x="1" x="2"/>', 'duplicate'],
    ['<a x=1/>', 'malformed'],
    ['<a x="<"/>', '"<" in an attribute'],
    ['<a><!-- x -- y --></a>', 'comment'],
    ['<a>]]></a>', ']]>'],
    ['<p:a/>', 'undeclared prefix'],
    ['<a p:x="1"/>', 'undeclared prefix'],
    ['<a/><b/>', 'one root'],
    ['text<a/>', 'outside the root'],
    ['<a>\u0001</a>', 'not allowed'],
    ['', 'one root'],
  ])('rejects %j', (xml, message) => {
    expect(xmlWellFormednessError(xml)).toContain(message);
  });

  it('scopes prefix declarations to their element', () => {
    expect(xmlWellFormednessError('<a><b xmlns:p="urn:p"/><p:c/></a>')).toContain('undeclared prefix');
  });
});

import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { parseContentUsage } from '../content-usage.js';
import { apacheHtaccess } from './apache.js';
import { siteHeaders } from '../site/headers.js';
import { nginxBucketSize, nginxLocation, nginxMap, nginxSnippet, nginxVariable } from './nginx.js';
import { WEBSERVER_HEADERS, type FileRules } from './rules.js';

const credit = { 'train-ai': { preference: 'disallowed', exception: 'cc-cr' } } as const;
const rules: FileRules = {
  prefix: '/wp-content/uploads/',
  defaults: credit,
  files: [
    { path: '/wp-content/uploads/2026/02/b.png', preferences: { 'train-ai': { preference: 'allowed' } } },
    { path: '/wp-content/uploads/2026/01/a-300x200.jpg', preferences: {} },
  ],
};

describe('apacheHtaccess', () => {
  it('sets the default and one <If> per differing file, sorted by path, between markers', () => {
    expect(apacheHtaccess(rules)).toBe(`# BEGIN CC Signals
# AI usage headers (CC signals, IETF AI Preferences) for these files; needs mod_headers.
<IfModule mod_headers.c>
\tHeader always set Content-Usage "train-ai=n;exceptions=cc-cr"
\tHeader always set Link "<https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1>; rel=\\"https://cc-signals.org/ns/1.0/signal\\""
\t<If "%{REQUEST_URI} == '/wp-content/uploads/2026/01/a-300x200.jpg'">
\t\tHeader always unset Content-Usage
\t\tHeader always unset Link
\t</If>
\t<If "%{REQUEST_URI} == '/wp-content/uploads/2026/02/b.png'">
\t\tHeader always set Content-Usage "train-ai=y"
\t\tHeader always unset Link
\t</If>
</IfModule>
# END CC Signals
`);
  });

  it('writes no default header when the default states nothing', () => {
    expect(apacheHtaccess({ ...rules, defaults: {}, files: [] })).not.toContain('Header');
  });
});

describe('nginx', () => {
  it('maps each differing path to the value of each header, with the default', () => {
    expect(nginxMap(rules)).toBe(`map $uri $cc_signals_content_usage {
\tdefault "train-ai=n;exceptions=cc-cr";
\t"/wp-content/uploads/2026/01/a-300x200.jpg" "";
\t"/wp-content/uploads/2026/02/b.png" "train-ai=y";
}
map $uri $cc_signals_link {
\tdefault "<https://github.com/creativecommons/cc-signals/tree/main/signals/cr/0.1>; rel=\\"https://cc-signals.org/ns/1.0/signal\\"";
\t"/wp-content/uploads/2026/01/a-300x200.jpg" "";
\t"/wp-content/uploads/2026/02/b.png" "";
}
`);
  });

  it('sends the mapped header for the files under the prefix', () => {
    expect(nginxLocation(rules)).toBe('location ^~ /wp-content/uploads/ {\n\tadd_header Content-Usage $cc_signals_content_usage always;\n\tadd_header Link $cc_signals_link always;\n}\n');
    expect(nginxSnippet(rules)).toContain('# In the http {} block:\nmap $uri');
  });

  it('asks for hash buckets that fit the longest path, so nginx can build the map', () => {
    // nginx: 8 bytes of bucket pointer + 8 of key pointer + the key's bytes + 2, rounded up to 8.
    expect(nginxBucketSize([])).toBe(0);
    expect(nginxBucketSize([`/${'a'.repeat(45)}`])).toBe(0); // 46 bytes: 16 + 48 = 64
    expect(nginxBucketSize([`/${'a'.repeat(46)}`])).toBe(128);
    expect(nginxBucketSize([`/${'a'.repeat(109)}`, '/b'])).toBe(128); // 110 bytes: 16 + 112 = 128
    expect(nginxBucketSize([`/${'a'.repeat(110)}`])).toBe(256);
    expect(nginxBucketSize([`/${'é'.repeat(23)}`])).toBe(128); // bytes, not characters
    const long = { ...rules, files: [{ path: '/wp-content/uploads/2026/01/a-photo-of-the-harbour-1024x768.jpg', preferences: {} }] };
    expect(nginxMap(long)).toMatch(/^# Long paths need larger map hash buckets[^\n]*\nmap_hash_bucket_size 128;\nmap \$uri /);
    expect(nginxMap(rules)).toMatch(/^map \$uri /);
  });

  it('every value it writes parses back to the preferences', () => {
    const values = [...nginxMap(rules).split('map $uri $cc_signals_link')[0]!.matchAll(/ "([^"]*)";/g)].map((m) => m[1]!);
    expect(values.map((value) => parseContentUsage(value).preferences)).toEqual([credit, {}, { 'train-ai': { preference: 'allowed' } }]);
  });
});

describe('every header core sends for the preferences', () => {
  const noai = { ...rules, options: { noai: true, tdmrep: true, contentLicenseUrl: 'https://example.org/licence%20"x"' } };

  it('states the headers of siteHeaders() with the site\'s options, escaped for each syntax', () => {
    const expected = siteHeaders(credit, noai.options);
    expect(Object.keys(expected)).toEqual(['Content-Usage', 'Link', 'tdm-reservation', 'X-Robots-Tag']);
    const apache = apacheHtaccess(noai);
    const nginx = nginxSnippet(noai);
    for (const [name, value] of Object.entries(expected)) {
      expect(apache).toContain(`\tHeader always set ${name} "${value.replace(/%/g, '%%').replace(/"/g, '\\"')}"\n`);
      expect(nginx).toContain(`map $uri ${nginxVariable(name)} {\n\tdefault "${value.replace(/"/g, '\\"')}";`);
      expect(nginx).toContain(`\tadd_header ${name} ${nginxVariable(name)} always;\n`);
    }
    expect(apache).toContain('\t\tHeader always set X-Robots-Tag "noai, noimageai"\n'.replace('\t\t', '\t'));
    // A file whose own choice allows training: no noai, no reservation, but the licence link stays; `%` is `%%` for mod_headers.
    expect(apache).toMatch(/b\.png'">\n\t\tHeader always set Content-Usage "train-ai=y"\n\t\tHeader always set Link "<https:\/\/example\.org\/licence%%20%%22x%%22>; rel=\\"license\\""\n\t\tHeader always unset tdm-reservation\n\t\tHeader always unset X-Robots-Tag\n/);
  });

  it('refuses a value nginx cannot hold ("$"), naming the field', () => {
    const dollar = { ...rules, options: { contentLicenseUrl: 'https://example.org/$licence' } };
    for (const write of [apacheHtaccess, nginxSnippet]) expect(() => write(dollar)).toThrow(/^files\[0\]\.preferences: the Link value .*printable ASCII without/);
  });
});

describe('a fixed set of headers', () => {
  it('writes a map for each named header, even one no rule sends, and refuses other names', () => {
    const all = nginxSnippet({ ...rules, headers: WEBSERVER_HEADERS });
    for (const name of WEBSERVER_HEADERS) expect(all).toContain(`add_header ${name} ${nginxVariable(name)} always;`);
    expect(all).toContain('map $uri $cc_signals_x_robots_tag {\n\tdefault "";\n');
    expect(() => nginxMap({ ...rules, headers: ['Content-Usage', 'Set-Cookie'] })).toThrow(/^headers\[1\]: "Set-Cookie" is not a header core sends/);
  });
});

describe('validation', () => {
  const bad = (path: string) => ({ ...rules, files: [{ path, preferences: credit }] });

  it.each([
    ['/wp-content/uploads/a b.jpg'], ['/wp-content/uploads/a".jpg'], ["/wp-content/uploads/a'.jpg"], ['/wp-content/uploads/a\\b'],
    ['/wp-content/uploads/$x'], ['/wp-content/uploads/a;b'], ['/wp-content/uploads/a\nb'], ['/wp-content/uploads/{a}'], ['relative.jpg'],
  ])('refuses %j, naming the file', (path) => {
    for (const write of [apacheHtaccess, nginxMap]) {
      expect(() => write(bad(path))).toThrow(ValidationError);
      expect(() => write(bad(path))).toThrow('files[0].path');
    }
  });

  it('refuses a path outside the prefix, and two rules for one path', () => {
    expect(() => nginxMap(bad('/wp-admin/x.php'))).toThrow('is not under "/wp-content/uploads/"');
    expect(() => nginxMap({ ...rules, files: [rules.files[0]!, { ...rules.files[0]!, preferences: {} }] })).toThrow('two different rules');
    expect(() => nginxLocation({ ...rules, prefix: '/uploads' })).toThrow('prefix: must end with "/"');
  });

  it('keeps non-ASCII file names, which need no quoting', () => {
    expect(nginxMap(bad('/wp-content/uploads/café.jpg'))).toContain('"/wp-content/uploads/café.jpg" "train-ai=n;exceptions=cc-cr";');
  });
});

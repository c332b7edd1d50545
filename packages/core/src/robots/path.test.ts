import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import {
  encodeRobotsPath,
  normalizeRobotsPattern,
  normalizeRobotsUrlPath,
  robotsPatternMatches,
  urlPathOf,
} from './path.js';

function matches(pattern: string, path: string): boolean {
  return robotsPatternMatches(normalizeRobotsPattern(pattern), normalizeRobotsUrlPath(path));
}

describe('normalizeRobotsUrlPath', () => {
  it('follows the RFC 9309 2.2.2 table', () => {
    expect(normalizeRobotsUrlPath('/foo/bar?baz=quz')).toBe('/foo/bar?baz=quz');
    expect(normalizeRobotsUrlPath('/foo/bar/ツ')).toBe('/foo/bar/%E3%83%84');
    expect(normalizeRobotsUrlPath('/foo/bar/%E3%83%84')).toBe('/foo/bar/%E3%83%84');
    expect(normalizeRobotsUrlPath('/foo/bar/%62%61%7A')).toBe('/foo/bar/baz');
  });

  it('upper-cases hex, keeps reserved triplets and encodes a stray %', () => {
    expect(normalizeRobotsUrlPath('/a%2fb%e3%83%84')).toBe('/a%2Fb%E3%83%84');
    expect(normalizeRobotsUrlPath('/100%/x%zz')).toBe('/100%25/x%25zz');
  });

  it('writes * and $ of a URL encoded, drops the fragment and encodes spaces', () => {
    expect(normalizeRobotsUrlPath('/a*b$c d#frag')).toBe('/a%2Ab%24c%20d');
  });

  it('encodes a lone surrogate as U+FFFD rather than failing', () => {
    expect(normalizeRobotsUrlPath('/\uD800')).toBe('/%EF%BF%BD');
  });
});

describe('normalizeRobotsPattern', () => {
  it('keeps * and a final $ special, and any other $ literal', () => {
    expect(normalizeRobotsPattern('/a*b$')).toBe('/a*b$');
    expect(normalizeRobotsPattern('/a$b')).toBe('/a%24b');
  });
});

describe('robotsPatternMatches', () => {
  it('matches prefixes', () => {
    expect(matches('/fish', '/fish.html')).toBe(true);
    expect(matches('/fish', '/Fish')).toBe(false);
    expect(matches('/fish/', '/fish')).toBe(false);
  });

  it('supports * and $', () => {
    expect(matches('/*.php$', '/index.php')).toBe(true);
    expect(matches('/*.php$', '/index.php?x')).toBe(false);
    expect(matches('/fish*.php', '/fishheads/catfish.php?parameters')).toBe(true);
    expect(matches('/a**b', '/ab')).toBe(true);
    expect(matches('/$', '/')).toBe(true);
    expect(matches('/$', '/a')).toBe(false);
  });

  it('matches a literal * only through %2A', () => {
    expect(matches('/file-%2A.html', '/file-*.html')).toBe(true);
    expect(matches('/file-%2A.html', '/file-x.html')).toBe(false);
  });

  it('answers adversarial patterns (many stars, no match) without backtracking', () => {
    expect(matches(`/${'*a'.repeat(2000)}b`, `/${'a'.repeat(3000)}`)).toBe(false);
    expect(matches(`/${'*a'.repeat(2000)}`, `/${'a'.repeat(3000)}`)).toBe(true);
    expect(matches(`/${'*a'.repeat(2000)}$`, `/${'a'.repeat(1999)}`)).toBe(false);
  });
});

describe('urlPathOf', () => {
  it('takes the path and query of an absolute URL', () => {
    expect(urlPathOf('https://example.com/a/b?c=d#e')).toBe('/a/b?c=d');
    expect(urlPathOf(new URL('https://example.com'))).toBe('/');
  });

  it('reads anything else as a path', () => {
    expect(urlPathOf('a/b')).toBe('/a/b');
    expect(urlPathOf('')).toBe('/');
    expect(urlPathOf('http://[bad')).toBe('/http://[bad');
  });
});

describe('encodeRobotsPath', () => {
  it('percent-encodes what a robots.txt line cannot carry, keeping triplets, * and $', () => {
    expect(encodeRobotsPath('/café/#top', 'path')).toBe('/caf%C3%A9/%23top');
    expect(encodeRobotsPath('/a%20b/*.pdf$', 'path')).toBe('/a%20b/*.pdf$');
    expect(encodeRobotsPath('/100%', 'path')).toBe('/100%25');
    expect(encodeRobotsPath('/a"b<c>', 'path')).toBe('/a%22b%3Cc%3E');
  });

  it('is idempotent', () => {
    const once = encodeRobotsPath('/ünï/#x%', 'path');
    expect(encodeRobotsPath(once, 'path')).toBe(once);
  });

  it.each(['news/', '', '/a b', '/a\nDisallow: /', '/tab\there', '/nbsp\u00a0'])(
    'rejects %j naming the field',
    (path) => {
      let caught: unknown;
      try {
        encodeRobotsPath(path, 'rules[2].path');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).field).toBe('rules[2].path');
    },
  );
});

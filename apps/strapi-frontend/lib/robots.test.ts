import { describe, expect, it } from 'vitest';
import { rebaseRobotsTxt } from './robots';

describe('rebaseRobotsTxt', () => {
  it('moves the Content-Usage paths under /api/ to the front end\'s, in every group, and keeps the rest', () => {
    const strapi = [
      'User-agent: GPTBot',
      'Disallow: /admin/',
      'Content-Usage: train-ai=n',
      'Content-Usage: /api/articles/ train-ai=n;exceptions=cc-cr',
      'Content-Usage: /api/articles/abc123 train-ai=y',
      '',
      'User-agent: *',
      'Content-Usage: /api/notes/ train-ai=n',
      '',
    ].join('\n');
    const text = rebaseRobotsTxt(strapi);
    expect(text).toContain('Disallow: /admin/');
    expect(text).toContain('Content-Usage: /articles/ train-ai=n;exceptions=cc-cr');
    expect(text).toContain('Content-Usage: /articles/abc123 train-ai=y');
    expect(text).toContain('Content-Usage: /notes/ train-ai=n');
    expect(text).not.toContain('/api/');
    expect(text.match(/^User-Agent: /gim)).toHaveLength(2);
  });

  it('keeps paths outside /api/ as they are', () => {
    expect(rebaseRobotsTxt('User-agent: *\nContent-Usage: /blog/ train-ai=n\n')).toContain('Content-Usage: /blog/ train-ai=n');
  });
});

import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END, MalformedBlockError, mergeBlock, readBlock } from './code-injection.js';

const TAGS = '<meta name="content-usage" content="train-ai=n">';
const AUTHOR = '<script>console.log("author")</script>\n<style>body{}</style>';

describe('code injection block', () => {
  it('appends one block after the author\'s code and reads it back', () => {
    const merged = mergeBlock(AUTHOR, TAGS);
    expect(merged).toBe(`${AUTHOR}\n${BLOCK_BEGIN}\n${TAGS}\n${BLOCK_END}`);
    expect(readBlock(merged)).toBe(TAGS);
  });

  it('replaces the block in place, keeping code before and after it', () => {
    const merged = `${AUTHOR}\n${BLOCK_BEGIN}\nold\n${BLOCK_END}\n<!-- after -->`;
    const result = mergeBlock(merged, TAGS);
    expect(result).toBe(`${AUTHOR}\n${BLOCK_BEGIN}\n${TAGS}\n${BLOCK_END}\n<!-- after -->`);
  });

  it('removing the block restores the author\'s code byte for byte', () => {
    for (const code of [AUTHOR, `${AUTHOR}\n`, '', '  ', '\n\n<x>']) {
      expect(mergeBlock(mergeBlock(code, TAGS), '')).toBe(code === '' ? null : code);
    }
  });

  it('is idempotent and leaves code without a block alone when there is nothing to write', () => {
    const once = mergeBlock(AUTHOR, TAGS);
    expect(mergeBlock(once, TAGS)).toBe(once);
    expect(mergeBlock(AUTHOR, '')).toBe(AUTHOR);
    expect(mergeBlock(null, '')).toBeNull();
    expect(readBlock(null)).toBeUndefined();
  });

  it('refuses broken or repeated markers instead of guessing', () => {
    const broken = [`${BLOCK_BEGIN}\nno end`, `${BLOCK_END}\n${BLOCK_BEGIN}`, `${BLOCK_BEGIN}${BLOCK_END}${BLOCK_BEGIN}${BLOCK_END}`];
    for (const code of broken) {
      expect(() => mergeBlock(code, TAGS)).toThrow(MalformedBlockError);
      expect(() => readBlock(code)).toThrow(/begin and .* end markers/);
    }
  });
});

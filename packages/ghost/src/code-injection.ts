/**
 * The marked block this package keeps in a post's code injection (head).
 * Only the text between the markers is ever written; everything the author
 * wrote around it is kept byte for byte.
 */

/** The opening marker of the block. */
export const BLOCK_BEGIN = '<!-- cc-signals:begin (written by cc-signals-ghost from the #cc-signal tag; edits here are replaced) -->';
/** The closing marker of the block. */
export const BLOCK_END = '<!-- cc-signals:end -->';

const BEGIN_PREFIX = '<!-- cc-signals:begin';

/** The code injection holds marker text this package cannot safely rewrite. */
export class MalformedBlockError extends Error {
  override readonly name = 'MalformedBlockError';
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Where the block is, or undefined when there is none; throws on broken markers. */
function findBlock(text: string): Span | undefined {
  const begins = occurrences(text, BEGIN_PREFIX);
  const ends = occurrences(text, BLOCK_END);
  if (begins.length === 0 && ends.length === 0) return undefined;
  const [begin] = begins;
  const [end] = ends;
  if (begins.length !== 1 || ends.length !== 1 || begin === undefined || end === undefined || end < begin) {
    throw new MalformedBlockError(
      `code injection: found ${begins.length} cc-signals begin and ${ends.length} end markers; expected one of each, in order. ` +
        'Fix the post\'s code injection (head) by hand; it was left unchanged.',
    );
  }
  return { start: begin, end: end + BLOCK_END.length };
}

/** The tags inside the block, or undefined when the post has none. */
export function readBlock(codeInjection: string | null | undefined): string | undefined {
  const text = codeInjection ?? '';
  const span = findBlock(text);
  if (!span) return undefined;
  const inner = text.slice(span.start, span.end);
  return inner.slice(inner.indexOf('-->') + 3, inner.length - BLOCK_END.length).replace(/^\n|\n$/g, '');
}

/**
 * The code injection with the block set to `tags` (appended after the
 * author's code when there was none), or removed when `tags` is ''. Returns
 * null for an empty result, as Ghost stores "no code injection".
 */
export function mergeBlock(codeInjection: string | null | undefined, tags: string): string | null {
  const text = codeInjection ?? '';
  const span = findBlock(text);
  const block = `${BLOCK_BEGIN}\n${tags}\n${BLOCK_END}`;
  let result: string;
  if (span) {
    if (tags === '') {
      // The block was added after a "\n" separator when the author had code: take both away again.
      const start = span.start > 0 && text[span.start - 1] === '\n' ? span.start - 1 : span.start;
      result = text.slice(0, start) + text.slice(span.end);
    } else {
      result = text.slice(0, span.start) + block + text.slice(span.end);
    }
  } else {
    result = tags === '' ? text : text === '' ? block : `${text}\n${block}`;
  }
  return result === '' ? null : result;
}

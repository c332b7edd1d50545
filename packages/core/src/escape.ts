/** Escapes text for an HTML or XML text node or a double-quoted attribute value. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes text for HTML; the same rules as {@link escapeXml} but `'` as `&#39;` (HTML 4 safe). */
export function escapeHtml(value: string): string {
  return escapeXml(value).replace(/&apos;/g, '&#39;');
}

/**
 * Whether a string is safe for one header or robots.txt line: no control
 * characters (CR, LF, NUL…), which would split or end the line.
 */
export function isSingleLine(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f]/.test(value);
}

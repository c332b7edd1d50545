/** HTTP headers as a Fetch `Headers` object or a Node-style record (names in any case, values a string or one per field line). */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A Fetch `Headers` object for any {@link HeaderSource}; field lines of one name are appended in order. */
export function toHeaders(headers: HeaderSource): Headers {
  if (headers instanceof Headers) return headers;
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    for (const line of typeof value === 'string' ? [value] : (value ?? [])) result.append(name, line);
  }
  return result;
}

/** The combined value of a header (lines joined with `, `), or undefined when absent. */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  return toHeaders(headers).get(name) ?? undefined;
}

/**
 * An input that does not follow a grammar or schema.
 *
 * `field` names what was wrong (a JSON path such as `categories.train-ai.choice`,
 * or a format name such as `Content-Usage`), `allowed` lists the values that
 * would have been accepted, and `offset` is the character position in the
 * input where parsing stopped, when the input is text.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly field: string;
  readonly allowed: readonly string[] | undefined;
  readonly offset: number | undefined;

  constructor(
    message: string,
    details: { field: string; allowed?: readonly string[]; offset?: number },
  ) {
    super(message);
    this.field = details.field;
    this.allowed = details.allowed;
    this.offset = details.offset;
  }
}

/** Formats the allowed values of a field for an error message. */
export function describeAllowed(allowed: readonly string[]): string {
  return allowed.map((value) => `"${value}"`).join(', ');
}

/** Throws a {@link ValidationError} for a value outside an enumeration. */
export function invalidValue(field: string, value: unknown, allowed: readonly string[]): never {
  throw new ValidationError(
    `${field}: ${value === undefined ? 'undefined' : JSON.stringify(value)} is not allowed; expected one of ${describeAllowed(allowed)}`,
    { field, allowed },
  );
}

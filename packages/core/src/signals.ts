import signalsData from '../data/signals.json' with { type: 'json' };

/** The token of a CC signal, as used in the `exceptions` parameter. */
export type SignalToken = 'cc-cr' | 'cc-cr-dc' | 'cc-cr-ec' | 'cc-cr-op';

/** A signal element: one condition a reuser must meet. */
export type SignalElement = 'credit' | 'direct-contribution' | 'ecosystem-contribution' | 'open';

/** A CC signal with its human-readable text. */
export interface Signal {
  readonly token: SignalToken;
  readonly version: string;
  readonly title: string;
  readonly elements: readonly SignalElement[];
  /** Signals whose conditions this one contains (cc-cr-dc includes cc-cr). */
  readonly includes: readonly SignalToken[];
  /** Canonical URL of the signal's text. */
  readonly url: string;
}

interface SignalsData {
  readonly version: string;
  readonly signals: readonly Signal[];
  readonly elements: Readonly<Record<SignalElement, string>>;
}

const data = signalsData as SignalsData;

/** Every CC signal this release knows, in the order CC lists them. */
export const signals: readonly Signal[] = data.signals;

/** The tokens of {@link signals}. */
export const signalTokens: readonly SignalToken[] = data.signals.map((signal) => signal.token);

/** Whether a string is a known CC signal token. */
export function isSignalToken(value: unknown): value is SignalToken {
  return typeof value === 'string' && (signalTokens as readonly string[]).includes(value);
}

/** The signal for a token, or undefined when the token is not a CC signal. */
export function signalByToken(token: string): Signal | undefined {
  return data.signals.find((signal) => signal.token === token);
}

/** The human-readable condition of each element of a signal, in order. */
export function signalConditions(signal: Signal): string[] {
  return signal.elements.map((element) => data.elements[element]);
}

/**
 * The stricter of two signals when one's conditions contain the other's;
 * undefined when neither contains the other (the caller then falls back to a
 * plain disallow, which is stricter than both).
 */
export function stricterSignal(a: SignalToken, b: SignalToken): SignalToken | undefined {
  if (a === b) return a;
  if (signalByToken(a)?.includes.includes(b)) return a;
  if (signalByToken(b)?.includes.includes(a)) return b;
  return undefined;
}

/**
 * The CC signals named as exceptions in a statement, each once, in the order
 * CC lists them. Unknown exception tokens are left out.
 */
export function signalsUsed(preferences: Readonly<Record<string, { readonly exception?: string }>>): Signal[] {
  const tokens = new Set(Object.values(preferences).map((value) => value.exception));
  return data.signals.filter((signal) => tokens.has(signal.token));
}

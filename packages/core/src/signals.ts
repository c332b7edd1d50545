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
  /** Versions CC has superseded; stored choices may still name them. */
  readonly earlierVersions?: readonly Signal[];
  readonly elements: Readonly<Record<SignalElement, string>>;
}

const data = signalsData as SignalsData;

/** Every CC signal this release knows, in the order CC lists them. */
export const signals: readonly Signal[] = data.signals;

/** The tokens of {@link signals}. */
export const signalTokens: readonly SignalToken[] = data.signals.map((signal) => signal.token);

/**
 * The signal for a token at a version: the one in force, or an earlier
 * version that stored choices may still name. Undefined when unknown.
 */
export function signalVersion(token: string, version: string): Signal | undefined {
  const current = signalByToken(token);
  if (current?.version === version) return current;
  return data.earlierVersions?.find((signal) => signal.token === token && signal.version === version);
}

/** Every version of a signal this release knows, the one in force first. */
export function signalVersions(token: string): Signal[] {
  const current = signalByToken(token);
  const earlier = (data.earlierVersions ?? []).filter((signal) => signal.token === token);
  return current === undefined ? earlier : [current, ...earlier];
}

/**
 * The signal a preference names as its exception, at the version it names
 * (`exceptionVersion`, else the one in force); undefined for a token that is
 * not a CC signal.
 */
export function exceptionSignal(value: { readonly exception?: string; readonly exceptionVersion?: string }): Signal | undefined {
  if (value.exception === undefined) return undefined;
  return value.exceptionVersion === undefined
    ? signalByToken(value.exception)
    : signalVersion(value.exception, value.exceptionVersion);
}

/** Every signal at every version this release knows: those in force, then earlier versions. */
export function allSignalVersions(): Signal[] {
  return [...data.signals, ...(data.earlierVersions ?? [])];
}

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
 * CC lists them, at the version the statement names (`exceptionVersion`,
 * else the version in force). Unknown exception tokens are left out.
 */
export function signalsUsed(
  preferences: Readonly<Record<string, { readonly exception?: string; readonly exceptionVersion?: string }>>,
): Signal[] {
  const used = new Map<string, Signal>();
  for (const value of Object.values(preferences)) {
    const signal = exceptionSignal(value);
    if (signal !== undefined) used.set(`${signal.token} ${signal.version}`, signal);
  }
  const order = (signal: Signal) => data.signals.findIndex((candidate) => candidate.token === signal.token);
  return [...used.values()].sort((a, b) => order(a) - order(b));
}

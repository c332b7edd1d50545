import { ValidationError } from './errors.js';

/**
 * Which outputs a publisher emits besides the IETF `Content-Usage` forms.
 * Every serializer that can carry one of these takes the same options, so a
 * CMS adapter stores one settings object and passes it everywhere.
 */
export interface EmitOptions {
  /** `Content-Usage` header, meta tag, robots.txt rules and feed elements. Default true. */
  readonly contentUsage?: boolean;
  /** Cloudflare Content Signals Policy `Content-Signal` line in robots.txt. Default false. */
  readonly contentSignal?: boolean;
  /** W3C TDMRep headers, meta tags and `/.well-known/tdmrep.json`. Default false. */
  readonly tdmrep?: boolean;
  /** URL of an ODRL policy for `tdm-policy`, when the publisher has one. */
  readonly tdmPolicyUrl?: string;
  /** Absolute URL of the site's RSL licence document; enables RSL links. */
  readonly rslLicenseUrl?: string;
  /** `noai, noimageai` in `X-Robots-Tag` and `<meta name="robots">`. Default false. */
  readonly noai?: boolean;
}

/** The options with their defaults filled in. */
export function withDefaults(options: EmitOptions = {}): Required<Omit<EmitOptions, 'tdmPolicyUrl' | 'rslLicenseUrl'>> &
  Pick<EmitOptions, 'tdmPolicyUrl' | 'rslLicenseUrl'> {
  return {
    contentUsage: options.contentUsage ?? true,
    contentSignal: options.contentSignal ?? false,
    tdmrep: options.tdmrep ?? false,
    noai: options.noai ?? false,
    ...(options.tdmPolicyUrl === undefined ? {} : { tdmPolicyUrl: absoluteUrl(options.tdmPolicyUrl, 'tdmPolicyUrl') }),
    ...(options.rslLicenseUrl === undefined ? {} : { rslLicenseUrl: absoluteUrl(options.rslLicenseUrl, 'rslLicenseUrl') }),
  };
}

/** The project's own XML namespace for feed elements (see docs/bindings.md). */
export const CC_SIGNALS_NAMESPACE = 'https://cc-signals.org/ns/1.0/';

/** The `<meta name>` under which HTML carries a `Content-Usage` value (see docs/bindings.md). */
export const CONTENT_USAGE_META_NAME = 'content-usage';

/**
 * An absolute http(s) URL in its normalized, percent-encoded form, safe for a
 * header, robots.txt line or attribute. Throws a {@link ValidationError} naming
 * the field otherwise.
 */
export function absoluteUrl(value: string, field: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new ValidationError(`${field}: "${value}" is not an absolute http(s) URL`, {
      field,
      allowed: ['absolute http(s) URL'],
    });
  }
  return url.href;
}

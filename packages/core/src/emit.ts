import { names } from './bindings.js';
import { ValidationError } from './errors.js';
import { resolveVocabulary, type Vocabulary } from './vocabulary.js';

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
  /**
   * Whether an allowed `train-ai` may also be written as Cloudflare's and
   * RSL's `ai-train`, which cover training of any AI model, wider than the
   * IETF category (models that generate content). Default false: those
   * formats then say nothing about training. The settings UI explains it with
   * the message `emit.anyAiTraining.help` (data/messages).
   */
  readonly anyAiTraining?: boolean;
  /**
   * Absolute URL of the site's content licence (e.g. a Creative Commons
   * licence), linked with `rel="license"`. CC signals are not licences and
   * are linked with their own relation (see docs/bindings.md).
   */
  readonly contentLicenseUrl?: string;
  /**
   * After a relabel in the vocabulary, also write each category's previous
   * labels while readers migrate. The site module (`@cc-signals/core/site`)
   * applies it to every output; outside it, pass the options to
   * `intentToPreferences`. Default false.
   */
  readonly transitionLabels?: boolean;
  /**
   * The vocabulary version to write: the id of a shipped one
   * (`vocabularyIds`: `draft-ietf-aipref-vocab-07`, the default, or
   * `draft-ietf-aipref-vocab-08`, a working draft without the group's
   * consensus), or a {@link Vocabulary} object. An unknown id throws a
   * ValidationError naming `vocabulary`.
   */
  readonly vocabulary?: string | Vocabulary;
}

type Filled = Required<Omit<EmitOptions, 'tdmPolicyUrl' | 'rslLicenseUrl' | 'contentLicenseUrl' | 'vocabulary'>> &
  Pick<EmitOptions, 'tdmPolicyUrl' | 'rslLicenseUrl' | 'contentLicenseUrl'> & { readonly vocabulary: Vocabulary };

/** The options with their defaults filled in. */
export function withDefaults(options: EmitOptions = {}): Filled {
  return {
    vocabulary: resolveVocabulary(options.vocabulary),
    contentUsage: options.contentUsage ?? true,
    contentSignal: options.contentSignal ?? false,
    tdmrep: options.tdmrep ?? false,
    noai: options.noai ?? false,
    anyAiTraining: options.anyAiTraining ?? false,
    transitionLabels: options.transitionLabels ?? false,
    ...(options.tdmPolicyUrl === undefined ? {} : { tdmPolicyUrl: absoluteUrl(options.tdmPolicyUrl, 'tdmPolicyUrl') }),
    ...(options.rslLicenseUrl === undefined ? {} : { rslLicenseUrl: absoluteUrl(options.rslLicenseUrl, 'rslLicenseUrl') }),
    ...(options.contentLicenseUrl === undefined
      ? {}
      : { contentLicenseUrl: absoluteUrl(options.contentLicenseUrl, 'contentLicenseUrl') }),
  };
}

/** The project's own XML namespace for feed elements (see docs/bindings.md and docs/ns/1.0). */
export const CC_SIGNALS_NAMESPACE = names.namespace;

/** The `<meta name>` under which HTML carries a `Content-Usage` value (see docs/bindings.md). */
export const CONTENT_USAGE_META_NAME = names.metaName;

/**
 * The link relation of a CC signal's text (HTML `<link>`/`<a>`, HTTP `Link`,
 * Atom and RSS `atom:link`): an extension relation type (RFC 8288 § 2.1.2)
 * defined by this project. A CC signal is not a licence, so never
 * `rel="license"` (see docs/bindings.md).
 */
export const CC_SIGNAL_RELATION = names.signalRelation;

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

import { ValidationError } from '@cc-signals/core';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTIONS } from './constants';
import { fieldInput } from './field-value';
import { services } from './services/access';
import { signalAttribute } from './services/settings';
import { vocabularyOf } from './vocabularies';

const WRITES = new Set(['create', 'update', 'clone']);

interface DocumentContext {
  action: string;
  uid: string;
  contentType: { attributes: Record<string, { customField?: string }> };
  params: { data?: Record<string, unknown>; documentId?: string; locale?: string };
}

interface AdminAbility {
  can(action: string): boolean;
}

/**
 * A document service middleware: every write through REST, GraphQL, the
 * Content Manager or code passes here. The signal field's value is validated
 * and stored in core's canonical form; bad input is a 400 naming the field and
 * the allowed values, and nothing is written. In the admin, changing the field
 * needs the plugin's "set the signal" permission.
 */
export function signalFieldMiddleware(strapi: Core.Strapi) {
  return async (context: DocumentContext, next: () => Promise<unknown>) => {
    const field = WRITES.has(context.action) ? signalAttribute(context.contentType.attributes) : undefined;
    const data = context.params.data;
    if (!field || !data || !(field in data)) return next();
    const value = await validated(strapi, context, field, data[field]);
    await checkPermission(strapi, context, field, value);
    context.params.data = { ...data, [field]: value };
    return next();
  };
}

/**
 * The value to store, checked against the site's vocabulary (`outputs.vocabulary`).
 * Only a write the vocabulary refuses reads the stored value: a category the
 * vocabulary lacks (an `ai-use` chosen while the site spoke -08) passes when
 * sent back exactly as stored, so an entry saved after a switch keeps it.
 */
async function validated(strapi: Core.Strapi, context: DocumentContext, field: string, input: unknown): Promise<unknown> {
  const vocabulary = vocabularyOf((await services(strapi).settings.get()).outputs.vocabulary);
  try {
    return fieldInput(field, input, { vocabulary });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  try {
    return fieldInput(field, input, { vocabulary, kept: await currentValue(strapi, context, field) });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new errors.ValidationError(error.message, { field: error.field, allowed: error.allowed ?? [] });
  }
}

async function checkPermission(strapi: Core.Strapi, context: DocumentContext, field: string, value: unknown) {
  const request = strapi.requestContext.get() as { state?: { auth?: { strategy?: { name?: string } }; userAbility?: AdminAbility } } | undefined;
  if (request?.state?.auth?.strategy?.name !== 'admin') return;
  if (request.state.userAbility?.can(ACTIONS.setSignal)) return;
  const current = await currentValue(strapi, context, field);
  if (JSON.stringify(current ?? null) === JSON.stringify(value)) return;
  throw new errors.ForbiddenError(`${field}: your role may not set the CC signal of entries`);
}

async function currentValue(strapi: Core.Strapi, context: DocumentContext, field: string): Promise<unknown> {
  if (context.action === 'create' || !context.params.documentId) return null;
  const documents = strapi.documents(context.uid as Parameters<typeof strapi.documents>[0]);
  const entry = (await documents.findOne({
    documentId: context.params.documentId,
    ...(context.params.locale ? { locale: context.params.locale } : {}),
    status: 'draft',
    fields: [field],
  } as never)) as Record<string, unknown> | null;
  return entry?.[field] ?? null;
}

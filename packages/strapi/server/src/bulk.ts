import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { services } from './services/access';

type DocumentsUid = Parameters<Core.Strapi['documents']>[0];

interface BulkBody {
  uid?: unknown;
  documentIds?: unknown;
  value?: unknown;
  locale?: unknown;
}

interface Ability {
  can(action: string, subject?: string): boolean;
}

/**
 * Sets one signal on several entries (the list view's bulk action). Needs the
 * plugin's "set the signal" permission (route policy) and the Content
 * Manager's update permission on the content type. Each entry's draft is
 * updated through the document service, so the value is validated as any
 * write; publishing stays the editors' step.
 */
export async function setSignalOnEntries(strapi: Core.Strapi, body: BulkBody, ability: Ability | undefined): Promise<number> {
  const uid = typeof body.uid === 'string' ? body.uid : '';
  const type = services(strapi).settings.contentTypes().find((candidate) => candidate.uid === uid);
  if (!type?.field) throw new errors.ValidationError(`uid: "${uid}" has no CC signal field`);
  if (!ability?.can('plugin::content-manager.explorer.update', uid)) {
    throw new errors.ForbiddenError(`uid: your role may not update ${uid} entries`);
  }
  const ids = Array.isArray(body.documentIds) ? body.documentIds.filter((id): id is string => typeof id === 'string') : [];
  if (ids.length === 0) throw new errors.ValidationError('documentIds: expected a list of document ids');
  const documents = strapi.documents(uid as DocumentsUid);
  const locale = typeof body.locale === 'string' ? { locale: body.locale } : {};
  for (const documentId of ids) {
    await documents.update({ documentId, ...locale, data: { [type.field]: body.value ?? null } } as never);
  }
  return ids.length;
}

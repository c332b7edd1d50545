import { presets } from '@cc-signals/core';
import { Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, t } from '../pluginId';

interface Props {
  documents: { documentId: string; locale?: string | null }[];
  model: string;
}

const SET_SIGNAL = [{ action: `plugin::${PLUGIN_ID}.entries.set-signal`, subject: null }];

/** The list view's bulk action: set one preset on the selected entries' drafts. */
export function BulkSetSignal({ documents, model }: Props) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  // useRBAC names each result after the action's last segment: entries.set-signal → canSetSignal.
  const { allowedActions } = useRBAC(SET_SIGNAL);
  const [preset, setPreset] = useState('inherit');
  if (!allowedActions.canSetSignal) return null;
  const apply = async () => {
    const value = preset === 'inherit' ? null : preset;
    const locale = documents[0]?.locale ?? undefined;
    const { data } = await post<{ updated: number }>(`/${PLUGIN_ID}/entries/signal`, {
      uid: model,
      documentIds: documents.map((document) => document.documentId),
      value,
      ...(locale ? { locale } : {}),
    });
    toggleNotification({
      type: 'success',
      message: formatMessage({ id: t('bulk.done'), defaultMessage: 'AI usage set on {count} entries (drafts: publish them to make it public)' }, { count: data.updated }),
    });
  };
  return {
    label: formatMessage({ id: t('bulk.label'), defaultMessage: 'Set AI usage' }),
    dialog: {
      type: 'dialog' as const,
      title: formatMessage({ id: t('bulk.title'), defaultMessage: 'Set AI usage on the selected entries' }),
      content: (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography>{formatMessage({ id: t('bulk.explain'), defaultMessage: 'Sets the drafts; publish them to make the change public.' })}</Typography>
          <SingleSelect aria-label="AI usage" value={preset} onChange={(value: string | number) => { setPreset(String(value)); }}>
            {presets.map((item) => (
              <SingleSelectOption key={item.id} value={item.id}>
                {item.title}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Flex>
      ),
      confirmLabel: formatMessage({ id: t('bulk.confirm'), defaultMessage: 'Set' }),
      onConfirm: apply,
    },
  };
}

import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ContentTypeInfo, Preview, Settings } from '../api';
import { PLUGIN_ID, t } from '../pluginId';
import { ContentTypeRow } from './ContentTypeRow';
import { OmittedEntries } from './OmittedEntries';
import { OutputsForm } from './OutputsForm';
import { PresetSelect } from './PresetSelect';

const UPDATE = [{ action: `plugin::${PLUGIN_ID}.settings.update`, subject: null }];

/** Live preview: what the unsaved settings would emit, computed by the server with core. */
function usePreview(settings: Settings | undefined): Preview | undefined {
  const { post } = useFetchClient();
  const [preview, setPreview] = useState<Preview>();
  useEffect(() => {
    if (!settings) return undefined;
    const timer = setTimeout(() => {
      post<Preview>(`/${PLUGIN_ID}/settings/preview`, settings)
        .then((response) => { setPreview(response.data); })
        .catch(() => undefined);
    }, 250);
    return () => { clearTimeout(timer); };
  }, [settings, post]);
  return preview;
}

/** The stored settings, the content types, and a save that reports the server's answer. */
function useSettings() {
  const { formatMessage } = useIntl();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [settings, setSettings] = useState<Settings>();
  const [types, setTypes] = useState<ContentTypeInfo[]>([]);
  const [vocabularies, setVocabularies] = useState<string[]>([]);
  useEffect(() => {
    get<{ settings: Settings; contentTypes: ContentTypeInfo[]; vocabularies: string[] }>(`/${PLUGIN_ID}/settings`)
      .then(({ data }) => {
        setSettings(data.settings);
        setTypes(data.contentTypes);
        setVocabularies(data.vocabularies);
      })
      .catch(() => undefined);
  }, [get]);
  const save = async () => {
    try {
      const { data } = await put<{ settings: Settings }>(`/${PLUGIN_ID}/settings`, settings);
      setSettings(data.settings);
      toggleNotification({ type: 'success', message: formatMessage({ id: t('settings.saved'), defaultMessage: 'Saved' }) });
    } catch (error) {
      const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
      toggleNotification({ type: 'danger', message: message ?? String(error) });
    }
  };
  return { settings, setSettings, types, vocabularies, save };
}

/** What the unsaved settings would emit, and the entries robots.txt would leave out. */
function PreviewBox({ preview }: { preview: Preview | undefined }) {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {/* Above the preview: a robots.txt near its size limit is long. */}
      <OmittedEntries entries={preview?.robotsOmitted} />
      <Box padding={4} background="neutral100" hasRadius>
        <Typography variant="delta" tag="h2">{formatMessage({ id: t('settings.preview'), defaultMessage: 'Preview' })}</Typography>
        <Typography tag="p" variant="pi">Content-Usage (site): </Typography>
        <Box tag="pre" data-testid="preview-header">{preview?.signals.site.headers['content-usage'] ?? '—'}</Box>
        <Typography tag="p" variant="pi">robots.txt</Typography>
        <Box tag="pre" data-testid="preview-robots" style={{ whiteSpace: 'pre-wrap' }}>{preview?.robotsTxt ?? ''}</Box>
      </Box>
    </Flex>
  );
}

/** Settings → CC signals: site default, content-type defaults, outputs, live preview. */
export function SettingsPage() {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(UPDATE);
  const { settings, setSettings, types, vocabularies, save } = useSettings();
  const preview = usePreview(settings);
  if (!settings) return <Page.Loading />;
  const title = formatMessage({ id: t('plugin.name'), defaultMessage: 'CC signals' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({ id: t('settings.subtitle'), defaultMessage: 'How AI systems may reuse your content, by default.' })}
        primaryAction={allowedActions.canUpdate ? <Button onClick={() => void save()}>{formatMessage({ id: t('settings.save'), defaultMessage: 'Save' })}</Button> : null}
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={4}>
              <PresetSelect
                name="siteDefault"
                label={formatMessage({ id: t('settings.siteDefault'), defaultMessage: 'Site default' })}
                value={settings.siteDefault}
                onChange={(siteDefault) => { setSettings({ ...settings, siteDefault }); }}
              />
              {types.map((type) => (
                <ContentTypeRow
                  key={type.uid}
                  type={type}
                  value={settings.contentTypes[type.uid]}
                  onChange={(value) => { setSettings({ ...settings, contentTypes: { ...settings.contentTypes, [type.uid]: value } }); }}
                />
              ))}
              <OutputsForm outputs={settings.outputs} vocabularies={vocabularies} onChange={(outputs) => { setSettings({ ...settings, outputs }); }} />
            </Flex>
          </Grid.Item>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
            <PreviewBox preview={preview} />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}

export default SettingsPage;

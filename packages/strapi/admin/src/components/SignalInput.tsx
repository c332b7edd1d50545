import {
  parseStoredIntent,
  currentVocabulary,
  presetOf,
  presets,
  signalByToken,
  signals,
  vocabularyById,
  type Intent,
  type Preset,
  type Vocabulary,
} from '@cc-signals/core';
import { Box, Field, Flex, Link, Radio, Typography } from '@strapi/design-system';
import { useFetchClient, useField, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Inherited } from '../api';
import { PLUGIN_ID, t } from '../pluginId';
import { CategoryChoices } from './CategoryChoices';

interface Props {
  name: string;
  hint?: string;
  label: string;
  required?: boolean;
  disabled?: boolean;
}

const CUSTOM = 'custom';
const SET_SIGNAL = [{ action: `plugin::${PLUGIN_ID}.entries.set-signal`, subject: null }];

/** For a role without "Set the CC signal of entries": the choice as text, no control. */
function ReadOnlyChoice({ intent }: { intent: Intent }) {
  const { formatMessage } = useIntl();
  const preset = presetOf(intent);
  const title =
    preset?.title ?? formatMessage({ id: t('field.custom'), defaultMessage: 'Custom choice' });
  return (
    <Typography data-testid="cc-signals-readonly">
      {title} —{' '}
      {formatMessage({ id: t('field.readOnly'), defaultMessage: 'your role may not change it' })}
    </Typography>
  );
}

function intentOf(value: unknown): Intent {
  try {
    return parseStoredIntent(value ?? {});
  } catch {
    return { categories: {} };
  }
}

/** The site's vocabulary, once the settings are loaded (core's default until then, or for an id core no longer ships). */
function vocabularyOf(id: string | undefined): Vocabulary {
  return (id === undefined ? undefined : vocabularyById(id)) ?? currentVocabulary;
}

/** The content type being edited, from the Content Manager's URL (…/collection-types/api::article.article/…). */
function contentTypeUid(): string {
  return /\/(?:collection|single)-types\/([^/]+)/.exec(window.location.pathname)?.[1] ?? '';
}

function useInherited(): Inherited | undefined {
  const { get } = useFetchClient();
  const [inherited, setInherited] = useState<Inherited>();
  useEffect(() => {
    get<Inherited>(`/${PLUGIN_ID}/inherited/${encodeURIComponent(contentTypeUid())}`)
      .then((response) => {
        setInherited(response.data);
      })
      .catch(() => undefined);
  }, [get]);
  return inherited;
}

/** "Inherits: Disallow except CC Credit (from the content type's default)". */
function InheritedNote({ inherited }: { inherited: Inherited | undefined }) {
  const { formatMessage } = useIntl();
  if (!inherited) return null;
  const statement =
    inherited.source === 'none'
      ? formatMessage({ id: t('field.inherit.nothing'), defaultMessage: 'no preference stated' })
      : (presetOf(inherited.intent)?.title ?? inherited.headers['content-usage'] ?? '');
  const source = formatMessage({
    id: t(inherited.source === 'contentType' ? 'field.inherit.contentType' : 'field.inherit.site'),
    defaultMessage:
      inherited.source === 'contentType' ? "the content type's default" : 'the site default',
  });
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="cc-signals-inherited">
      {formatMessage(
        { id: t('field.inherit.from'), defaultMessage: 'Inherits: {statement} (from {source})' },
        { statement, source },
      )}
    </Typography>
  );
}

function PresetLabel({ preset }: { preset: Preset }) {
  const { formatMessage } = useIntl();
  const token = Object.values(preset.intent.categories)[0]?.signal;
  const signal = token ? signalByToken(token) : undefined;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography fontWeight="semiBold">{preset.title}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {preset.description}{' '}
        {signal ? (
          <Link href={signal.url} isExternal>
            {formatMessage({ id: t('field.readSignal'), defaultMessage: "Read the signal's text" })}
          </Link>
        ) : null}
      </Typography>
    </Flex>
  );
}

/**
 * The "AI usage (CC signals)" control of the edit view: the presets (wording
 * from core's data), and the per-category view for custom choices. The value
 * is core's intent JSON; the server validates it again.
 */
export function SignalInput({ name, hint, label, required, disabled }: Props) {
  const field = useField(name);
  const inherited = useInherited();
  // useRBAC names each result after the action's last segment: entries.set-signal → canSetSignal.
  const { allowedActions, isLoading } = useRBAC(SET_SIGNAL);
  const intent = intentOf(field.value);
  const preset = presetOf(intent);
  const setIntent = (next: Intent | null) => {
    field.onChange(name, next);
  };
  const choose = (id: string) => {
    setIntent(id === 'inherit' ? null : (presets.find((item) => item.id === id)?.intent ?? null));
  };
  return (
    <Field.Root name={name} id={name} hint={hint} error={field.error} required={required}>
      <Field.Label>{label}</Field.Label>
      <InheritedNote inherited={inherited} />
      {isLoading ? null : !allowedActions.canSetSignal ? (
        <ReadOnlyChoice intent={intent} />
      ) : (
        <>
          <Radio.Group
            value={preset?.id ?? CUSTOM}
            onValueChange={choose}
            disabled={disabled}
            aria-label={label}
          >
            {presets.map((item) => (
              <Box key={item.id} paddingTop={1} paddingBottom={1}>
                <Radio.Item value={item.id}>
                  <PresetLabel preset={item} />
                </Radio.Item>
              </Box>
            ))}
          </Radio.Group>
          <CategoryChoices
            intent={intent}
            disabled={disabled}
            onChange={setIntent}
            signals={signals}
            vocabulary={vocabularyOf(inherited?.vocabulary)}
          />
        </>
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

import { englishMessages } from '@cc-signals/core';
import { Checkbox, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Outputs } from '../api';
import { t } from '../pluginId';

const FLAGS = ['headers', 'robots', 'feeds', 'contentSignal', 'tdmrep', 'noai'] as const;

/** Which outputs the plugin emits. */
export function OutputsForm({ outputs, onChange }: { outputs: Outputs; onChange: (outputs: Outputs) => void }) {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: t('settings.outputs'), defaultMessage: 'Outputs' })}
      </Typography>
      {FLAGS.map((flag) => (
        <Checkbox key={flag} name={`outputs.${flag}`} checked={outputs[flag]} onCheckedChange={(checked: boolean | 'indeterminate') => { onChange({ ...outputs, [flag]: checked === true }); }}>
          {formatMessage({ id: t(`settings.outputs.${flag}`), defaultMessage: flag })}
        </Checkbox>
      ))}
      {/* The opt-in's wording is core's (emit.anyAiTraining.*), shared with every CMS. */}
      <Field.Root name="outputs.anyAiTraining" hint={formatMessage({ id: t('settings.outputs.anyAiTraining.help'), defaultMessage: englishMessages['emit.anyAiTraining.help'] ?? '' })}>
        <Checkbox
          name="outputs.anyAiTraining"
          checked={outputs.anyAiTraining}
          onCheckedChange={(checked: boolean | 'indeterminate') => { onChange({ ...outputs, anyAiTraining: checked === true }); }}
        >
          {formatMessage({ id: t('settings.outputs.anyAiTraining'), defaultMessage: englishMessages['emit.anyAiTraining.label'] ?? '' })}
        </Checkbox>
        <Field.Hint />
      </Field.Root>
      <Field.Root name="outputs.rslLicenseUrl" hint={formatMessage({ id: t('settings.outputs.rslHint'), defaultMessage: 'Absolute URL of your RSL licence; empty for none.' })}>
        <Field.Label>{formatMessage({ id: t('settings.outputs.rslLicenseUrl'), defaultMessage: 'RSL licence URL' })}</Field.Label>
        <TextInput
          value={outputs.rslLicenseUrl ?? ''}
          onChange={(event: { target: { value: string } }) => { onChange({ ...outputs, rslLicenseUrl: event.target.value || undefined }); }}
        />
        <Field.Hint />
      </Field.Root>
    </Flex>
  );
}

import { englishMessages } from '@cc-signals/core';
import { Checkbox, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Outputs } from '../api';
import { t } from '../pluginId';
import { VocabularyFields } from './VocabularyFields';

const FLAGS = ['headers', 'robots', 'feeds', 'contentSignal', 'tdmrep', 'noai'] as const;

interface UrlFieldProps {
  name: 'contentLicenseUrl' | 'rslLicenseUrl';
  label: string;
  hint: string;
  outputs: Outputs;
  onChange: (outputs: Outputs) => void;
}

/** An optional absolute URL (empty: none); the server checks it and names the field when it is not one. */
function UrlField({ name, label, hint, outputs, onChange }: UrlFieldProps) {
  return (
    <Field.Root name={`outputs.${name}`} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type="url"
        value={outputs[name] ?? ''}
        onChange={(event: { target: { value: string } }) => { onChange({ ...outputs, [name]: event.target.value || null }); }}
      />
      <Field.Hint />
    </Field.Root>
  );
}

/** Which outputs the plugin emits. */
export function OutputsForm({ outputs, vocabularies, onChange }: { outputs: Outputs; vocabularies: string[]; onChange: (outputs: Outputs) => void }) {
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
      <UrlField name="contentLicenseUrl" outputs={outputs} onChange={onChange}
        label={formatMessage({ id: t('settings.outputs.contentLicenseUrl'), defaultMessage: 'Content licence URL' })}
        hint={formatMessage({ id: t('settings.outputs.contentLicenseUrl.help'), defaultMessage: englishMessages['emit.contentLicenseUrl.help'] ?? '' })} />
      <UrlField name="rslLicenseUrl" outputs={outputs} onChange={onChange}
        label={formatMessage({ id: t('settings.outputs.rslLicenseUrl'), defaultMessage: 'RSL licence URL' })}
        hint={formatMessage({ id: t('settings.outputs.rslHint'), defaultMessage: 'Absolute URL of your RSL licence; empty for none.' })} />
      <VocabularyFields outputs={outputs} vocabularies={vocabularies} onChange={onChange} />
    </Flex>
  );
}

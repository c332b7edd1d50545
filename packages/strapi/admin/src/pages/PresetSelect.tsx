import { presetById, presets, type Intent } from '@cc-signals/core';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { presetIdOf } from '../api';
import { t } from '../pluginId';

interface Props {
  name: string;
  label: string;
  value: Intent | null;
  onChange: (value: Intent | null) => void;
}

/** A default chosen among core's presets ("Inherit" is "no default"); a custom stored intent is kept until changed. */
export function PresetSelect({ name, label, value, onChange }: Props) {
  const { formatMessage } = useIntl();
  const current = presetIdOf(value);
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={current}
        onChange={(id: string | number) => { onChange(id === 'inherit' ? null : (presetById(String(id))?.intent ?? value)); }}
      >
        {presets.map((preset) => (
          <SingleSelectOption key={preset.id} value={preset.id}>
            {preset.title}
          </SingleSelectOption>
        ))}
        {current === 'custom' ? (
          <SingleSelectOption value="custom">{formatMessage({ id: t('field.custom'), defaultMessage: 'Custom choice' })}</SingleSelectOption>
        ) : null}
      </SingleSelect>
    </Field.Root>
  );
}

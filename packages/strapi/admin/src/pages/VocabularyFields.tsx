import { englishMessages } from '@cc-signals/core';
import { Checkbox, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Outputs } from '../api';
import { t } from '../pluginId';

interface Props {
  outputs: Outputs;
  /** The vocabulary ids core ships, as the server lists them. */
  vocabularies: string[];
  onChange: (outputs: Outputs) => void;
}

/** Which AI Preferences vocabulary draft the outputs are written in, and whether renamed labels are written twice. */
export function VocabularyFields({ outputs, vocabularies, onChange }: Props) {
  const { formatMessage } = useIntl();
  const ids = vocabularies.includes(outputs.vocabulary) ? vocabularies : [...vocabularies, outputs.vocabulary];
  return (
    <>
      <Field.Root name="outputs.vocabulary" hint={formatMessage({ id: t('settings.outputs.vocabulary.help'), defaultMessage: 'The draft of the IETF AI Preferences vocabulary your signals are written in.' })}>
        <Field.Label>{formatMessage({ id: t('settings.outputs.vocabulary'), defaultMessage: 'AI Preferences vocabulary' })}</Field.Label>
        <SingleSelect value={outputs.vocabulary} onChange={(id: string | number) => { onChange({ ...outputs, vocabulary: String(id) }); }}>
          {ids.map((id) => (
            <SingleSelectOption key={id} value={id}>
              {id}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
      </Field.Root>
      {/* The help text is core's (emit.transitionLabels.help), shared with every CMS. */}
      <Field.Root name="outputs.transitionLabels" hint={formatMessage({ id: t('settings.outputs.transitionLabels.help'), defaultMessage: englishMessages['emit.transitionLabels.help'] ?? '' })}>
        <Checkbox
          name="outputs.transitionLabels"
          checked={outputs.transitionLabels}
          onCheckedChange={(checked: boolean | 'indeterminate') => { onChange({ ...outputs, transitionLabels: checked === true }); }}
        >
          {formatMessage({ id: t('settings.outputs.transitionLabels'), defaultMessage: 'Also write renamed categories under their previous names' })}
        </Checkbox>
        <Field.Hint />
      </Field.Root>
    </>
  );
}

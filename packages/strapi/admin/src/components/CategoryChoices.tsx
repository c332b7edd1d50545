import {
  englishMessages,
  serializeIntent,
  type Category,
  type CategoryChoice,
  type Intent,
  type Signal,
  type Vocabulary,
} from '@cc-signals/core';
import { Accordion, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { t } from '../pluginId';

interface Props {
  intent: Intent;
  signals: readonly Signal[];
  /** The site's vocabulary (`outputs.vocabulary`): one choice per category of it. */
  vocabulary: Vocabulary;
  disabled?: boolean;
  onChange: (intent: Intent | null) => void;
}

/** One select value per category choice: inherit, allow, disallow, or disallow unless a signal's conditions are met. */
function valueOf(choice: CategoryChoice | undefined): string {
  if (!choice || choice.choice === 'inherit') return 'inherit';
  return choice.signal ? `disallow:${choice.signal}` : choice.choice;
}

function choiceOf(value: string, signals: readonly Signal[]): CategoryChoice {
  if (value === 'allow' || value === 'disallow' || value === 'inherit') return { choice: value };
  const signal = signals.find((item) => `disallow:${item.token}` === value);
  return signal ? { choice: 'disallow', signal: signal.token, signalVersion: signal.version } : { choice: 'inherit' };
}

/**
 * A category's name in core's messages: the draft's own (`category.<vocabulary id>.<id>`,
 * -08's "AI Training"), else the category's (`category.<id>`), else the vocabulary's title.
 */
function categoryTitle(category: Category, vocabulary: Vocabulary): string {
  const shared = englishMessages[`category.${category.id}`] ?? category.title;
  return (vocabulary.id === undefined ? undefined : englishMessages[`category.${vocabulary.id}.${category.id}`]) ?? shared;
}

interface CategorySelectProps {
  id: string;
  title: string;
  value: string;
  signals: readonly Signal[];
  disabled?: boolean | undefined;
  onChange: (value: string) => void;
}

/** One category's choice, a field of its own (inside the signal's field, a select would otherwise be named by the signal's label). */
function CategorySelect({ id, title, value, signals, disabled, onChange }: CategorySelectProps) {
  const { formatMessage } = useIntl();
  const label = (key: string, fallback: string, values?: Record<string, string>) =>
    formatMessage({ id: t(key), defaultMessage: fallback }, values);
  return (
    <Field.Root name={id} id={id}>
      <Field.Label>{title}</Field.Label>
      <SingleSelect disabled={disabled} value={value} onChange={(next: string | number) => { onChange(String(next)); }}>
        <SingleSelectOption value="inherit">{label('field.advanced.inherit', 'Inherit')}</SingleSelectOption>
        <SingleSelectOption value="allow">{label('field.advanced.allow', 'Allow')}</SingleSelectOption>
        <SingleSelectOption value="disallow">{label('field.advanced.disallow', 'Disallow')}</SingleSelectOption>
        {signals.map((signal) => (
          <SingleSelectOption key={signal.token} value={`disallow:${signal.token}`}>
            {label('field.advanced.disallow', 'Disallow')} — {label('field.advanced.signal', 'unless: {signal}', { signal: signal.title })}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}

/**
 * The advanced view: a choice for every usage category of the site's
 * vocabulary. Choices of categories it lacks (kept from another draft) are
 * not shown and stay in the value unchanged.
 */
export function CategoryChoices({ intent, signals, vocabulary, disabled, onChange }: Props) {
  const { formatMessage } = useIntl();
  const fieldId = useId();
  const label = (id: string, fallback: string, values?: Record<string, string>) =>
    formatMessage({ id: t(id), defaultMessage: fallback }, values);
  const update = (id: string, value: string) => {
    const next: Intent = { categories: { ...intent.categories, [id]: choiceOf(value, signals) } };
    onChange(serializeIntent(next) === '{"categories":{}}' ? null : next);
  };
  return (
    <Accordion.Root>
      <Accordion.Item value="advanced">
        <Accordion.Header>
          <Accordion.Trigger>{label('field.advanced', 'Per category (advanced)')}</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>
          <Flex direction="column" alignItems="stretch" gap={3} padding={4}>
            {vocabulary.categories.map((category) => (
              <CategorySelect
                key={category.id}
                id={`${fieldId}-${category.id}`}
                title={`${categoryTitle(category, vocabulary)} (${category.label})`}
                value={valueOf(intent.categories[category.id])}
                signals={signals}
                disabled={disabled}
                onChange={(value) => { update(category.id, value); }}
              />
            ))}
          </Flex>
        </Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
}

import {
  englishMessages,
  serializeIntent,
  type Category,
  type CategoryChoice,
  type Intent,
  type Signal,
  type Vocabulary,
} from '@cc-signals/core';
import { Accordion, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
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

/**
 * The advanced view: a choice for every usage category of the site's
 * vocabulary. Choices of categories it lacks (kept from another draft) are
 * not shown and stay in the value unchanged.
 */
export function CategoryChoices({ intent, signals, vocabulary, disabled, onChange }: Props) {
  const { formatMessage } = useIntl();
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
              <Flex key={category.id} direction="column" alignItems="stretch" gap={1}>
                <Typography variant="omega" fontWeight="semiBold">
                  {categoryTitle(category, vocabulary)} ({category.label})
                </Typography>
                <SingleSelect
                  aria-label={categoryTitle(category, vocabulary)}
                  disabled={disabled}
                  value={valueOf(intent.categories[category.id])}
                  onChange={(value: string | number) => { update(category.id, String(value)); }}
                >
                  <SingleSelectOption value="inherit">{label('field.advanced.inherit', 'Inherit')}</SingleSelectOption>
                  <SingleSelectOption value="allow">{label('field.advanced.allow', 'Allow')}</SingleSelectOption>
                  <SingleSelectOption value="disallow">{label('field.advanced.disallow', 'Disallow')}</SingleSelectOption>
                  {signals.map((signal) => (
                    <SingleSelectOption key={signal.token} value={`disallow:${signal.token}`}>
                      {label('field.advanced.disallow', 'Disallow')} — {label('field.advanced.signal', 'unless: {signal}', { signal: signal.title })}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Flex>
            ))}
          </Flex>
        </Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
}

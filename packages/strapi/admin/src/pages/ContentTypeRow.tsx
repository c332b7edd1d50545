import { Box, Checkbox, Flex, Link, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ContentTypeInfo, FeedMapping, Settings } from '../api';
import { t } from '../pluginId';
import { PresetSelect } from './PresetSelect';

type ContentTypeSettings = Settings['contentTypes'][string];

interface Props {
  type: ContentTypeInfo;
  value: ContentTypeSettings | undefined;
  onChange: (value: ContentTypeSettings) => void;
}

function AttributeSelect(props: { label: string; attributes: string[]; value: string | undefined; onChange: (value: string) => void }) {
  return (
    <SingleSelect aria-label={props.label} placeholder={props.label} value={props.value ?? ''} onChange={(value: string | number) => { props.onChange(String(value)); }}>
      {props.attributes.map((attribute) => (
        <SingleSelectOption key={attribute} value={attribute}>
          {attribute}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}

/** One content type: its default, whether it has the field, and its feed mapping. */
export function ContentTypeRow({ type, value, onChange }: Props) {
  const { formatMessage } = useIntl();
  const current: ContentTypeSettings = value ?? { default: null };
  const feedAttributes = [...type.attributes, 'publishedAt', 'updatedAt', 'createdAt'];
  const feed = current.feed;
  const setFeed = (next: FeedMapping | undefined) => { onChange({ default: current.default, ...(next ? { feed: next } : {}) }); };
  return (
    <Box padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega" fontWeight="bold">
          {type.displayName} <Typography textColor="neutral600">({type.uid})</Typography>
        </Typography>
        <PresetSelect
          name={`contentTypes.${type.uid}.default`}
          label={formatMessage({ id: t('settings.contentTypeDefault'), defaultMessage: 'Default for this content type' })}
          value={current.default}
          onChange={(intent) => { onChange({ ...current, default: intent }); }}
        />
        {type.field ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: t('settings.hasField'), defaultMessage: 'Editors choose per entry in the "{field}" field.' }, { field: type.field })}
          </Typography>
        ) : (
          <Typography variant="pi" textColor="warning600">
            {formatMessage({ id: t('settings.noField'), defaultMessage: 'No AI usage field: every entry follows this default.' })}{' '}
            <Link href={`/admin/plugins/content-type-builder/content-types/${type.uid}`}>
              {formatMessage({ id: t('settings.addField'), defaultMessage: 'Add the field in the Content-Type Builder' })}
            </Link>
          </Typography>
        )}
        <Checkbox
          checked={feed !== undefined}
          onCheckedChange={(checked: boolean | 'indeterminate') => { setFeed(checked === true ? { title: type.attributes[0] ?? '', date: 'publishedAt' } : undefined); }}
        >
          {formatMessage({ id: t('settings.feed'), defaultMessage: 'RSS, Atom and JSON feeds' })}
        </Checkbox>
        {feed ? (
          <Flex gap={2}>
            <AttributeSelect label="title" attributes={feedAttributes} value={feed.title} onChange={(title) => { setFeed({ ...feed, title }); }} />
            <AttributeSelect label="date" attributes={feedAttributes} value={feed.date} onChange={(date) => { setFeed({ ...feed, date }); }} />
            <AttributeSelect label="summary" attributes={feedAttributes} value={feed.summary} onChange={(summary) => { setFeed({ ...feed, summary }); }} />
          </Flex>
        ) : null}
      </Flex>
    </Box>
  );
}

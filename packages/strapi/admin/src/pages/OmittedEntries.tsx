import { Box, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { OmittedEntry } from '../api';
import { t } from '../pluginId';

const REASONS: Record<OmittedEntry['reason'], string> = {
  size: 'robots.txt would pass 500 KiB, the most crawlers read, so the oldest entries are left out.',
  duplicate: 'another entry already has a rule for the same address.',
  query: 'its address has a query string, which a robots.txt rule cannot single out.',
  'invalid-path': 'its address cannot be written in robots.txt.',
};

/**
 * The entries whose choice differs from their default but that robots.txt
 * has no rule for (core's `omitted`), each with why, in plain words; like
 * WordPress's Site Health note. Nothing is shown when none is left out.
 */
export function OmittedEntries({ entries }: { entries: OmittedEntry[] | undefined }) {
  const { formatMessage } = useIntl();
  if (!entries || entries.length === 0) return null;
  return (
    <Box padding={4} background="warning100" hasRadius data-testid="robots-omitted">
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: t('settings.omitted.title'), defaultMessage: 'Left out of robots.txt ({count})' }, { count: entries.length })}
      </Typography>
      <Typography tag="p">
        {formatMessage({ id: t('settings.omitted.explain'), defaultMessage: 'These entries chose differently from their default, but robots.txt has no rule of their own. Their Content-Usage header and the ccSignals data still state their choice:' })}
      </Typography>
      <Box tag="ul" paddingLeft={4}>
        {entries.slice(0, 50).map((entry) => (
          <li key={entry.id}>
            <Link href={`/admin/content-manager/collection-types/${entry.uid}/${entry.documentId}`}>{entry.path ?? entry.id}</Link>
            {' — '}
            {formatMessage({ id: t(`settings.omitted.${entry.reason}`), defaultMessage: REASONS[entry.reason] })}
          </li>
        ))}
      </Box>
      {entries.length > 50 ? (
        <Typography tag="p">{formatMessage({ id: t('settings.omitted.more'), defaultMessage: 'and {count} more.' }, { count: entries.length - 50 })}</Typography>
      ) : null}
    </Box>
  );
}

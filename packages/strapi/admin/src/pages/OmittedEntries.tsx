import { Box, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { OmittedEntry } from '../api';
import { t } from '../pluginId';

type Reason = OmittedEntry['reason'];

/** Why, in plain words (English defaults of the translations). */
const REASONS: Record<Reason, string> = {
  size: 'robots.txt would pass 500 KiB, the most crawlers read, so the oldest entries are left out:',
  duplicate: 'Another entry already has a rule for the same address:',
  query: 'Their address has a query string, which a robots.txt rule cannot single out:',
  'invalid-path': 'Their address cannot be written in robots.txt:',
};

/** At most this many entries are listed per reason. */
const SHOWN = 50;

/** The entries left out for one reason, each linked to its edit view. */
function ReasonGroup({ reason, entries }: { reason: Reason; entries: OmittedEntry[] }) {
  const { formatMessage } = useIntl();
  return (
    <Box paddingTop={2} data-testid={`robots-omitted-${reason}`}>
      <Typography tag="p">{formatMessage({ id: t(`settings.omitted.${reason}`), defaultMessage: REASONS[reason] })}</Typography>
      <Box tag="ul" paddingLeft={4}>
        {entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.id}>
            <Link href={`/admin/content-manager/collection-types/${entry.uid}/${entry.documentId}`}>{entry.path ?? entry.id}</Link>
          </li>
        ))}
      </Box>
      {entries.length > SHOWN ? (
        <Typography tag="p">{formatMessage({ id: t('settings.omitted.more'), defaultMessage: 'and {count} more.' }, { count: entries.length - SHOWN })}</Typography>
      ) : null}
    </Box>
  );
}

/**
 * The entries whose choice differs from their default but that robots.txt
 * has no rule for (core's `omitted`), grouped by why, in plain words; like
 * WordPress's Site Health note. Nothing is shown when none is left out.
 */
export function OmittedEntries({ entries }: { entries: OmittedEntry[] | undefined }) {
  const { formatMessage } = useIntl();
  if (!entries || entries.length === 0) return null;
  const reasons = (Object.keys(REASONS) as Reason[]).filter((reason) => entries.some((entry) => entry.reason === reason));
  return (
    <Box padding={4} background="warning100" hasRadius data-testid="robots-omitted">
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: t('settings.omitted.title'), defaultMessage: 'Left out of robots.txt ({count})' }, { count: entries.length })}
      </Typography>
      <Typography tag="p">
        {formatMessage({ id: t('settings.omitted.explain'), defaultMessage: 'These entries chose differently from their default, but robots.txt has no rule of their own. Their Content-Usage header and the ccSignals data still state their choice.' })}
      </Typography>
      {reasons.map((reason) => (
        <ReasonGroup key={reason} reason={reason} entries={entries.filter((entry) => entry.reason === reason)} />
      ))}
    </Box>
  );
}

import type { Migration } from 'kysely';
import * as foundation from './0001-foundation';
import * as providersAndKeys from './0002-providers-and-keys';
import * as certificates from './0003-certificates';
import * as online from './0004-online';
import * as integrity from './0005-integrity';
import * as listIndexes from './0006-list-indexes';
import * as periodAndFilterIndexes from './0007-period-and-filter-indexes';
import * as appendOnlyLogs from './0008-append-only-logs';

// Migrations are listed here, not discovered on disk, so they load the same way from source,
// from a bundle and from tests. Names sort in the order they run.
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-providers-and-keys': providersAndKeys,
  '0003-certificates': certificates,
  '0004-online': online,
  '0005-integrity': integrity,
  '0006-list-indexes': listIndexes,
  '0007-period-and-filter-indexes': periodAndFilterIndexes,
  '0008-append-only-logs': appendOnlyLogs,
};

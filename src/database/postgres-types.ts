import { defaults, types } from 'pg';

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * The portable `Date` columns are `timestamp` (without time zone) on PostgreSQL. We keep
 * UTC in them, whatever the time zone of the server or the app process.
 */
export function configurePostgresTypes(): void {
  defaults.parseInputDatesAsUTC = true;
  types.setTypeParser(TIMESTAMP_WITHOUT_TIME_ZONE, (value: string) => new Date(value.replace(' ', 'T') + 'Z'));
}

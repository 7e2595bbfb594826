import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Whether a record valid from `validFrom` to `validTo` (both days included; null: open) is in force on a date. */
export function isInForce(
  record: { validFrom: string | null; validTo: string | null },
  day: string,
): boolean {
  return (
    (record.validFrom === null || record.validFrom <= day) &&
    (record.validTo === null || record.validTo >= day)
  );
}

/** Today's date in Vietnam (UTC+7), which is what "today" means to the platform's users. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new TypeError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A calendar date without time or zone, exchanged as `YYYY-MM-DD` (as PostgreSQL's `date`).
 * Ours rather than graphql-scalars' `Date`: that one hands resolvers a JS `Date` at UTC midnight, which shifts a day
 * when formatted in Vietnam's time zone; a string stays the date the caller wrote.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), without time zone',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string literal YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

import { badInput } from '@cchc/kit';

/**
 * How a query-string parameter becomes a GraphQL variable: `text` and `list` as given (codes such as areaCodes
 * are case-sensitive), `enum` and `enumList` upper-cased (grain=year, kinds=limitation), numbers and booleans typed.
 */
export type ParameterKind = 'text' | 'list' | 'enum' | 'enumList' | 'integer' | 'boolean';

/** How the CSV itself is written. */
export interface CsvFormat {
  /** `comma`: numbers with a decimal comma and `;` between cells, as Vietnamese-locale Excel reads them. */
  decimal: 'point' | 'comma';
  /** `vi`: Vietnamese column headers for people; `code` (default): the stable names BI tools map columns by. */
  headers: 'code' | 'vi';
}

const FORMAT_CHOICES: { [K in keyof CsvFormat]: CsvFormat[K][] } = {
  decimal: ['point', 'comma'],
  headers: ['code', 'vi'],
};

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function variable(name: string, kind: ParameterKind, value: string): unknown {
  switch (kind) {
    case 'list':
      return list(value);
    case 'enumList':
      return list(value).map((item) => item.toUpperCase());
    case 'enum':
      return value.trim().toUpperCase();
    case 'integer':
      if (!/^-?\d+$/.test(value.trim()))
        throw badInput(name, `${name} must be a whole number, not "${value}"`);
      return Number(value);
    case 'boolean': {
      const flag = value.trim().toLowerCase();
      if (flag !== 'true' && flag !== 'false')
        throw badInput(name, `${name} must be true or false, not "${value}"`);
      return flag === 'true';
    }
    default:
      return value;
  }
}

/**
 * Reads an export's query string: the GraphQL filter's fields as variables, and the CSV format. An unknown
 * parameter is refused (BAD_USER_INPUT naming it) rather than silently exporting more than was asked for.
 */
export function readExportParameters(
  url: URL,
  parameters: Record<string, ParameterKind>,
): { variables: Record<string, unknown>; format: CsvFormat } {
  const variables: Record<string, unknown> = {};
  const format: CsvFormat = { decimal: 'point', headers: 'code' };
  for (const [name, value] of url.searchParams) {
    if (name in FORMAT_CHOICES) {
      const key = name as keyof CsvFormat;
      const choice = value.trim().toLowerCase();
      if (!(FORMAT_CHOICES[key] as string[]).includes(choice)) {
        throw badInput(name, `${name} must be ${FORMAT_CHOICES[key].join(' or ')}, not "${value}"`);
      }
      Object.assign(format, { [key]: choice });
      continue;
    }
    const kind = parameters[name];
    if (!kind) {
      const known = [...Object.keys(parameters), ...Object.keys(FORMAT_CHOICES)].join(', ');
      throw badInput(name, `Unknown parameter ${name}; this export takes ${known}`);
    }
    variables[name] = variable(name, kind, value);
  }
  return { variables, format };
}

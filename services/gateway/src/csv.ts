import { type Stringifier, stringify } from 'csv-stringify';

/**
 * How numbers and cells are separated: `point` is the default (`,` between cells); `comma` writes 0,975 with `;`
 * between cells, as Excel reads CSV under a Vietnamese (or most European) locale.
 */
export type DecimalMark = 'point' | 'comma';

/**
 * A CSV stream of records (arrays of cells) for Excel: UTF-8 with the byte-order mark Excel needs, CRLF line
 * ends, numbers as they are, null left empty. Text is quoted when it holds a quote, a line break or either
 * separator (it then reads the same whichever one Excel assumes), and a cell a spreadsheet would run as a
 * formula ("=cmd|…", "+1+2", "-3 hồ sơ", "@SUM(…)", or one starting with a tab or CR) is written as text with
 * a leading `'` (csv-stringify's `escape_formulas`, which leaves negative numbers alone).
 */
export function csvStream(decimal: DecimalMark = 'point'): Stringifier {
  const comma = decimal === 'comma';
  return stringify({
    bom: true,
    record_delimiter: 'windows',
    delimiter: comma ? ';' : ',',
    quoted_match: comma ? ',' : ';',
    escape_formulas: true,
    cast: {
      boolean: String,
      // The decimal comma is the separator the cell must not be quoted for: quoting is turned off for it alone.
      number: comma ? (value) => ({ value: String(value).replace('.', ','), quoted_match: null }) : String,
    },
  });
}

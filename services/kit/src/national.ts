import { z } from 'zod';

/** "2021-2025" (a range) or "2021,2023" (a list). */
const years = z
  .string()
  .default('2021-2025')
  .transform((text, context) => {
    const range = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(text);
    const list = range
      ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
      : text.split(',').map((year) => Number(year.trim()));
    if (list.length === 0 || list.some((year) => !Number.isInteger(year) || year < 1900 || year > 2100)) {
      context.addIssue({
        code: 'custom',
        message: `"${text}" is neither a range of years (2021-2025) nor a list (2021,2023)`,
      });
      return z.NEVER;
    }
    return list;
  });

/** What `npm run data:national` adds to a service's own environment when it runs the service's generator. */
export const nationalEnvironment = z.object({
  NATIONAL_SEED: z.string().min(1).default('cchc-national'),
  NATIONAL_YEARS: years,
  /** Share of the inspections' full size. */
  NATIONAL_SCALE: z.coerce.number().positive().default(1),
  /** Province codes, e.g. "91,92": only their units (a smaller run). */
  NATIONAL_PROVINCES: z
    .string()
    .optional()
    .transform(
      (text) =>
        text
          ?.split(',')
          .map((code) => code.trim())
          .filter(Boolean) ?? [],
    ),
});

interface UnitInTree {
  id: string;
  code: string;
  level: string;
  parentId: string | null;
}

/** The provinces with these codes (before and after 2025) and every unit whose parent chain leads to one; all when none. */
export function withinProvinces<Unit extends UnitInTree>(units: Unit[], codes: string[]): Unit[] {
  if (codes.length === 0) return units;
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const provinceOf = (unit: Unit) => {
    let top = unit;
    for (let parent = byId.get(top.parentId ?? ''); parent; parent = byId.get(top.parentId ?? ''))
      top = parent;
    return top;
  };
  const wanted = new Set(codes);
  return units.filter((unit) => {
    const province = provinceOf(unit);
    return province.level === 'PROVINCE' && wanted.has(province.code);
  });
}

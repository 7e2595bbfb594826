import { expect } from 'vitest';
import type { TestPlatform } from '../testkit/platform.js';

/** What the findings application's browser tests read of the demo through the API (as the admin), and how its screens write it. */

export interface Indicator {
  code: string;
  nameVi: string;
  valueUnit: string;
  areaCode: string;
}

export async function indicatorCatalog(platform: TestPlatform): Promise<Indicator[]> {
  const { data, errors } = await platform.query<{ indicatorCatalog: Indicator[] }>(
    '{ indicatorCatalog { code nameVi valueUnit areaCode } }',
  );
  expect(errors).toBeUndefined();
  return data!.indicatorCatalog;
}

/** The demo's plans whose inspection team has thanhtra's login. */
export async function plansWithThanhtra(
  platform: TestPlatform,
): Promise<{ id: string; periodFrom: string }[]> {
  const { data, errors } = await platform.query<{
    inspectionPlans: { nodes: { id: string; periodFrom: string; team: { username: string | null }[] }[] };
  }>('{ inspectionPlans(first: 100) { nodes { id periodFrom team { username } } } }');
  expect(errors).toBeUndefined();
  return data!.inspectionPlans.nodes.filter((plan) =>
    plan.team.some((member) => member.username === 'thanhtra'),
  );
}

/** The 2020 Kiên Giang plan, whose team has thanhtra's login, with `fields`. */
export async function thanhtraPlan2020<T>(platform: TestPlatform, fields: string): Promise<T> {
  const { id } = (await plansWithThanhtra(platform)).find((plan) => plan.periodFrom.startsWith('2020'))!;
  const { data } = await platform.query<{ inspectionPlan: T }>(
    `query($id: ID!) { inspectionPlan(id: $id) { ${fields} } }`,
    { id },
  );
  return data!.inspectionPlan;
}

/** A unit's findings under a plan, with `fields`. */
export async function findingsOfUnit<T>(
  platform: TestPlatform,
  planId: string,
  unitId: string,
  fields: string,
): Promise<T[]> {
  const { data, errors } = await platform.query<{ findings: { nodes: T[] } }>(
    `query($filter: FindingFilter!) { findings(filter: $filter, first: 500) { nodes { ${fields} } } }`,
    { filter: { planId, unitIds: [unitId] } },
  );
  expect(errors).toBeUndefined();
  return data!.findings.nodes;
}

/** The twelve whole months before a day, counted here on the calendar: 2020-10-19 → 2019-10..2020-09. */
export function monthsBefore(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const at = (back: number) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  return `${at(12)}..${at(1)}`;
}

/** A ratio as the screens show it, counted here: 0.97893 → "97,9%". */
export const asPercent = (value: number) =>
  `${(Math.round(value * 1000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

export const VERDICT_WORDS: Record<string, string> = {
  CONSISTENT: 'Khớp số liệu',
  CONTRADICTED: 'Mâu thuẫn với số liệu',
  REVISED: 'Số liệu đã thay đổi',
  NOT_MEASURED: 'Không có số liệu đo',
};

/** Markup typed as a finding's text, which must stay text. */
export const XSS = '<img src=x onerror=alert(1)>';

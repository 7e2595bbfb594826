import { isInForce } from '@cchc/kit';
import { type UnitDescription, type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { v5 as uuidV5 } from 'uuid';
import { type BulkFigures, insertFiguresInBulk } from '../db/figures-bulk.js';
import type { MonthlyValues } from '../domain/measures.js';
import { firstDayOf } from '../domain/period.js';
import { SubmissionStatus } from '../domain/submission.js';

const NAMESPACE = '0b3f8a52-6c1e-4d8e-9a3c-5e7f1d2b4c6a';
const GENERATOR = 'demo-generator';
const FIRST_YEAR = 2019;
/** From this month on the units are those of the merged An Giang (code 91 again); before it, Kiên Giang's of 2020. */
const REFORM_MONTH = '2025-07-01';

/*
 * The units below carry a finding of the 2020 inspection (services/inspection/data/demo-inspections.json):
 * their figures are shaped so that each finding's indicator shows what the team found, over the twelve
 * months before the visit (Oct 2019 – Sep/Oct 2020). Change them together with that file.
 */
/** Late dossiers mostly without an apology letter: the units with a finding on apology letters. */
const FEW_APOLOGIES = new Set(['91-STNMT', '899', '902', '30754', '30985', '30808']);
/** Communes where the 3-in-1 joint procedures are rarely done (the seed: "nhiều nơi chưa thực hiện nghiêm túc"). */
const WEAK_3IN1 = new Set(['30994', '30808', '30823', '30784', '30817', '30742']);
/** Websites not kept up to date until the end of 2020: posts only in January, April, July and October, early in the month. */
const STALE_WEBSITE = new Set(['91-SKHDT', '91-SLDTBXH', '908', '900', '903']);
const STALE_UNTIL = '2020-12-01';
const QUARTER_MONTHS = new Set(['01', '04', '07', '10']);
/** Units with a well-rated desk (a satisfaction finding): at least 95 % satisfied every month. */
const WELL_RATED = new Set(['91-SKHDT', '91-STNMT', '899', '908', '902', '900', '903']);
/** Officials disciplined in 2020 (violation findings): the months of the cases. */
const DISCIPLINED = new Map([
  ['91-STNMT', ['2020-05-01']],
  ['903', ['2020-03-01', '2020-08-01']],
  ['30784', ['2020-06-01']],
]);

/** A small seeded generator (mulberry32): the same unit and month always get the same figures. */
function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let state = (h << 13) | (h >>> 19);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plausible figures of one unit-month, matching the seed's picture of Kiên Giang in 2019–2021; online
 * services, digitisation and online payment keep growing after that, up to sensible ceilings. A `seed` gives
 * another draw of the same picture (the national data); without one the demo's figures stay what they were.
 */
export function demoValues(
  unit: Pick<UnitDescription, 'code' | 'level'>,
  period: string,
  seed = '',
): MonthlyValues {
  const key = seed ? `${seed}|${unit.code}|${period}` : `${unit.code}|${period}`;
  const rnd = random(key);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const int = (lo: number, hi: number) => Math.round(between(lo, hi));
  const share = (total: number, lo: number, hi: number) =>
    Math.min(total, Math.round(total * between(lo, hi)));
  const year = Number(period.slice(0, 4));
  const later = year - FIRST_YEAR; // online services grow year by year
  const grown = (base: number, perYear: number, ceiling: number) => Math.min(ceiling, base + perYear * later);
  const commune = unit.level === 'COMMUNE';
  const department = unit.code.includes('-');

  const received = commune ? int(40, 220) : department ? int(120, 600) : int(300, 1200);
  const receivedOnline = share(received, grown(0.01, 0.03, 0.45), grown(0.05, 0.06, 0.6));
  const receivedPostal = share(received - receivedOnline, 0.003, 0.025);
  const resolved = Math.round(received * between(0.9, 1.02));
  const resolvedLate = share(resolved, 0, commune ? 0.02 : 0.07);
  const resolvedEarly = share(resolved - resolvedLate, 0.1, 0.4);
  const resolvedOnTime = resolved - resolvedLate - resolvedEarly;
  const apology = FEW_APOLOGIES.has(unit.code) ? [0, 0.15] : [0.6, 1];
  const proceduresTotal = commune ? int(100, 130) : department ? int(60, 180) : int(200, 290);
  const proceduresFullOnline = share(proceduresTotal, grown(0.02, 0.08, 0.55), grown(0.06, 0.12, 0.75));
  const proceduresAnnounced = int(0, 6);
  const dossiersWithFees = share(received, 0.3, 0.6);
  const surveyResponses = share(received, 0.2, 0.5);
  const complaintsReceived = int(0, 4);
  const jointBirthsTotal = commune ? int(4, 30) : 0;
  const jointDeathsTotal = commune ? int(1, 12) : 0;
  const joint = WEAK_3IN1.has(unit.code) ? [0.2, 0.55] : [0.9, 1];
  const stale = STALE_WEBSITE.has(unit.code) && period <= STALE_UNTIL;
  const drawnPosts = commune ? int(-2, 4) : department ? int(2, 15) : int(1, 10);
  const websitePosts = stale && !QUARTER_MONTHS.has(period.slice(5, 7)) ? 0 : drawnPosts;
  const values: MonthlyValues = {
    receivedDirect: received - receivedOnline - receivedPostal,
    receivedOnline,
    receivedPostal,
    resolved,
    resolvedEarly,
    resolvedOnTime,
    resolvedLate,
    pending: int(0, Math.max(1, Math.round(received * 0.15))),
    lateWithApology: share(resolvedLate, apology[0]!, apology[1]!),
    notUpdatedOneStop: share(received, 0, commune ? 0.06 : 0.02),
    proceduresAnnounced,
    proceduresPublishedDesk: share(proceduresAnnounced, 0.7, 1),
    proceduresPublishedWebsite: share(proceduresAnnounced, 0.5, 1),
    proceduresTotal,
    proceduresFullOnline,
    proceduresPartialOnline: share(proceduresTotal - proceduresFullOnline, 0.2, 0.4),
    dossiersWithFees,
    onlinePayments: share(dossiersWithFees, grown(0, 0.005, 0.05), grown(0.02, 0.06, 0.45)),
    dossiersDigitised: share(received, grown(0.02, 0.08, 0.6), grown(0.08, 0.15, 0.9)),
    surveyResponses,
    surveySatisfied: share(surveyResponses, WELL_RATED.has(unit.code) ? 0.955 : 0.92, 0.995),
    complaintsReceived,
    complaintsHandledOnTime: share(complaintsReceived, 0.75, 1),
    websitePosts: Math.max(0, websitePosts),
    jointBirthsDone: share(jointBirthsTotal, joint[0]!, joint[1]!),
    jointBirthsTotal,
    jointDeathsDone: share(jointDeathsTotal, joint[0]!, joint[1]!),
    jointDeathsTotal,
    websiteLastUpdate: null,
    receivedOfOnlineProcedures: 0, // set by laterMeasures
    disciplineCases: 0,
  };
  if (values.websitePosts > 0)
    values.websiteLastUpdate = `${period.slice(0, 8)}${String(int(1, stale ? 10 : 28)).padStart(2, '0')}`;
  return { ...values, ...laterMeasures(key, unit, period, values) };
}

/** Chance that a unit-month has an official disciplined: about one unit in six has a case in a year. */
const DISCIPLINE_CHANCE = 0.015;

/**
 * The measures added after the first ones, drawn from a generator of their own so that the figures above
 * stay what they were: dossiers of procedures offered online (at least the online dossiers, a growing share
 * of the rest as more procedures go online) and officials disciplined (rarely one in a month).
 */
function laterMeasures(
  key: string,
  unit: Pick<UnitDescription, 'code'>,
  period: string,
  values: MonthlyValues,
): Pick<MonthlyValues, 'receivedOfOnlineProcedures' | 'disciplineCases'> {
  const rnd = random(`${key}|later`);
  const later = Number(period.slice(0, 4)) - FIRST_YEAR;
  const offline = values.receivedDirect + values.receivedPostal;
  const offeredShare = Math.min(0.9, 0.25 + 0.08 * later + 0.15 * rnd());
  return {
    receivedOfOnlineProcedures: values.receivedOnline + Math.round(offline * offeredShare),
    disciplineCases: rnd() < DISCIPLINE_CHANCE || DISCIPLINED.get(unit.code)?.includes(period) ? 1 : 0,
  };
}

/** Every month from January 2019 to the last complete month before `today`, as first days. */
export function demoMonths(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: (year - FIRST_YEAR) * 12 + month - 1 }, (_, i) =>
    firstDayOf(FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1),
  );
}

/** Past years locked, this year approved, the latest month still submitted (awaiting the province). */
export function demoStatus(period: string, months: string[]): SubmissionStatus {
  if (period === months.at(-1)) return SubmissionStatus.SUBMITTED;
  return period.slice(0, 4) < months.at(-1)!.slice(0, 4)
    ? SubmissionStatus.LOCKED
    : SubmissionStatus.APPROVED;
}

/**
 * The units of each month: Kiên Giang's of 2020 until June 2025, then those under the merged An Giang in
 * force on the month's first day (one registry request for every unit it ever had, filtered by validity,
 * rather than one request per month).
 */
async function unitsByMonth(units: UnitRegistryClient, months: string[]) {
  const kienGiang = await units.idByCode('91', '2020-10-19');
  if (!kienGiang) throw new Error('Kiên Giang (91) is not in the unit registry: import the units first');
  const before = await units.list({ descendantsOf: kienGiang, asOf: '2020-10-19' });
  if (months.every((m) => m < REFORM_MONTH)) return () => before;
  const anGiang = await units.idByCode('91', REFORM_MONTH);
  if (!anGiang)
    throw new Error('An Giang (91 from 2025-07-01) is not in the unit registry: import the units first');
  const ever = await units.list({ descendantsOf: anGiang });
  return (month: string) => (month < REFORM_MONTH ? before : ever.filter((unit) => isInForce(unit, month)));
}

/**
 * Monthly figures from January 2019 to the last complete month before `today`, generated deterministically:
 * Kiên Giang's departments, districts and communes of 2020 until June 2025, then the merged An Giang's
 * departments, agencies, communes and wards in force each month. Statuses as `demoStatus` says.
 */
export async function loadDemoFigures(dataSource: DataSource, units: UnitRegistryClient, today: string) {
  const started = Date.now();
  const months = demoMonths(today);
  const unitsOf = await unitsByMonth(units, months);
  const rows = months.flatMap((period) =>
    unitsOf(period).map(
      (unit): BulkFigures => ({
        id: uuidV5(`${unit.id}|${period}`, NAMESPACE),
        unitId: unit.id,
        period,
        status: demoStatus(period, months),
        values: demoValues(unit, period),
      }),
    ),
  );
  await insertFiguresInBulk(dataSource, rows, GENERATOR);
  return {
    rows: rows.length,
    from: months[0]?.slice(0, 7),
    to: months.at(-1)?.slice(0, 7),
    milliseconds: Date.now() - started,
  };
}

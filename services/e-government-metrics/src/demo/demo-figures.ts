import type { UnitDescription, UnitRegistryClient } from '@cchc/kit';
import type { DataSource } from 'typeorm';
import { v5 as uuidV5 } from 'uuid';
import { MEASURE_KEYS, MEASURES, type MonthlyValues } from '../domain/measures.js';

const NAMESPACE = '0b3f8a52-6c1e-4d8e-9a3c-5e7f1d2b4c6a';
const GENERATOR = 'demo-generator';
const FIRST_YEAR = 2019;
const LAST_YEAR = 2021;

/** Units whose late dossiers mostly go without an apology letter, as the seed reports for "some units". */
const FEW_APOLOGIES = new Set(['91-STNMT', '91-SLDTBXH', '902', '908']);
/** Communes where the 3-in-1 joint procedures are rarely done (the seed: "nhiều nơi chưa thực hiện nghiêm túc"). */
const WEAK_3IN1 = new Set(['30994', '30808', '30823', '30784']);

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

/** Plausible figures of one unit-month, matching the seed's picture of Kiên Giang in 2019–2021. */
export function demoValues(unit: Pick<UnitDescription, 'code' | 'level'>, period: string): MonthlyValues {
  const rnd = random(`${unit.code}|${period}`);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const int = (lo: number, hi: number) => Math.round(between(lo, hi));
  const share = (total: number, lo: number, hi: number) =>
    Math.min(total, Math.round(total * between(lo, hi)));
  const year = Number(period.slice(0, 4));
  const later = year - FIRST_YEAR; // online services grow year by year
  const commune = unit.level === 'COMMUNE';
  const department = unit.code.includes('-');

  const received = commune ? int(40, 220) : department ? int(120, 600) : int(300, 1200);
  const receivedOnline = share(received, 0.01 + 0.03 * later, 0.05 + 0.06 * later);
  const receivedPostal = share(received - receivedOnline, 0.003, 0.025);
  const resolved = Math.round(received * between(0.9, 1.02));
  const resolvedLate = share(resolved, 0, commune ? 0.02 : 0.07);
  const resolvedEarly = share(resolved - resolvedLate, 0.1, 0.4);
  const resolvedOnTime = resolved - resolvedLate - resolvedEarly;
  const apology = FEW_APOLOGIES.has(unit.code) ? [0, 0.15] : [0.6, 1];
  const proceduresTotal = commune ? int(100, 130) : department ? int(60, 180) : int(200, 290);
  const proceduresFullOnline = share(proceduresTotal, 0.02 + 0.08 * later, 0.06 + 0.12 * later);
  const proceduresAnnounced = int(0, 6);
  const dossiersWithFees = share(received, 0.3, 0.6);
  const surveyResponses = share(received, 0.2, 0.5);
  const complaintsReceived = int(0, 4);
  const jointBirthsTotal = commune ? int(4, 30) : 0;
  const jointDeathsTotal = commune ? int(1, 12) : 0;
  const joint = WEAK_3IN1.has(unit.code) ? [0.2, 0.55] : [0.9, 1];
  const websitePosts = commune ? int(-2, 4) : department ? int(2, 15) : int(1, 10);
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
    onlinePayments: share(dossiersWithFees, 0.005 * later, 0.02 + 0.06 * later),
    dossiersDigitised: share(received, 0.02 + 0.08 * later, 0.08 + 0.15 * later),
    surveyResponses,
    surveySatisfied: share(surveyResponses, 0.92, 0.995),
    complaintsReceived,
    complaintsHandledOnTime: share(complaintsReceived, 0.75, 1),
    websitePosts: Math.max(0, websitePosts),
    jointBirthsDone: share(jointBirthsTotal, joint[0]!, joint[1]!),
    jointBirthsTotal,
    jointDeathsDone: share(jointDeathsTotal, joint[0]!, joint[1]!),
    jointDeathsTotal,
    websiteLastUpdate: null,
  };
  if (values.websitePosts > 0)
    values.websiteLastUpdate = `${period.slice(0, 8)}${String(int(1, 28)).padStart(2, '0')}`;
  return values;
}

const months = () =>
  Array.from({ length: (LAST_YEAR - FIRST_YEAR + 1) * 12 }, (_, i) => {
    const year = FIRST_YEAR + Math.floor(i / 12);
    return `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`;
  });

/**
 * Monthly figures 2019–2021 for every unit under Kiên Giang in 2020 (its departments and agencies,
 * districts and communes), generated deterministically: 2019–2020 locked, 2021 approved.
 */
export async function loadDemoFigures(dataSource: DataSource, units: UnitRegistryClient) {
  const province = await units.idByCode('91', '2020-10-19');
  if (!province) throw new Error('Kiên Giang (91) is not in the unit registry: import the units first');
  const all = await units.list({ descendantsOf: province, asOf: '2020-10-19' });
  const rows = all.flatMap((unit) =>
    months().map((period) => {
      const values = demoValues(unit, period);
      return {
        id: uuidV5(`${unit.id}|${period}`, NAMESPACE),
        unit_id: unit.id,
        period,
        status: period < `${LAST_YEAR}-01-01` ? 'LOCKED' : 'APPROVED',
        website_last_update: values.websiteLastUpdate,
        ...Object.fromEntries(MEASURE_KEYS.map((key) => [MEASURES[key].column, values[key]])),
      };
    }),
  );
  const columns = [
    'id',
    'unit_id',
    'period',
    'status',
    'website_last_update',
    ...MEASURE_KEYS.map((k) => MEASURES[k].column),
  ];
  const types = ['uuid', 'uuid', 'date', 'text', 'date', ...MEASURE_KEYS.map(() => 'integer')];
  await dataSource.query(
    `INSERT INTO monthly_figures (${columns.join(', ')}, updated_by)
     SELECT ${columns.join(', ')}, '${GENERATOR}' FROM jsonb_to_recordset($1::jsonb)
       AS r(${columns.map((c, i) => `${c} ${types[i]}`).join(', ')})
     ON CONFLICT (unit_id, period) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  return { units: all.length, rows: rows.length };
}

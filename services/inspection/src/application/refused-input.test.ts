import { Role } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FindingRepository } from '../db/finding.repository.js';
import {
  FindingKind,
  PlanStatus,
  RecommendationAddressee,
  Severity,
  TeamRole,
  VisitStatus,
} from '../domain/enums.js';
import {
  openTestDatabase,
  SEEDED,
  seedFindingAndAction,
  seedPlan,
  testCaller,
} from '../testing/inspection-database.js';
import { AlertService } from './alert.service.js';
import { CatalogService } from './catalog.service.js';
import type { Figures } from './figures.js';
import { FindingService } from './finding.service.js';
import { FindingQueryService } from './finding-query.service.js';
import { NoticeService } from './notice.service.js';
import { PlanService } from './plan.service.js';

/**
 * Input the services must refuse (OPS-1, "Hostile input"), on a real database: each refusal is BAD_USER_INPUT
 * naming the field's path in the request, and nothing is written.
 */
let dataSource: DataSource;
let close: () => Promise<void>;

/** A unit id nobody holds: the registry below knows every unit but this one. */
const unknownUnit = '10000000-0000-4000-8000-00000000dead';
const registry = {
  unknownIds: async (ids: string[]) => ids.filter((id) => id === unknownUnit),
} as unknown as UnitRegistryClient;
/** No write below names an indicator, so the figures are never asked. */
const noFigures = {} as Figures;

const admin = testCaller('admin', [Role.ADMIN]);
const officer = testCaller('kienluong', [Role.UNIT_OFFICER], [SEEDED.targetUnit]);
const limitation = {
  areaCode: 'TTHC',
  kind: FindingKind.LIMITATION,
  severity: Severity.MEDIUM,
  text: 'Hồ sơ trễ hẹn',
};
const plan = {
  year: 2020,
  title: 'Kiểm tra CCHC 2020',
  periodFrom: '2020-10-19',
  periodTo: '2020-11-02',
  leadUnitId: SEEDED.leadUnit,
};
/** Spaces of several kinds, and nothing else. */
const blank = ' \t\n\u00a0 ';

let findings: FindingService;
let plans: PlanService;
let catalog: CatalogService;
let alerts: AlertService;
let notices: NoticeService;
let queries: FindingQueryService;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDatabase('inspection_refused_input'));
  findings = new FindingService(dataSource, registry);
  plans = new PlanService(dataSource, registry);
  catalog = new CatalogService(dataSource);
  alerts = new AlertService(dataSource);
  notices = new NoticeService(dataSource);
  queries = new FindingQueryService(new FindingRepository(dataSource.manager), registry);
});

afterAll(() => close?.());

async function reset(status: PlanStatus): Promise<void> {
  await dataSource.query('TRUNCATE criteria_catalogs, inspection_plans, audit_log CASCADE');
  await seedPlan(dataSource, status);
  await seedFindingAndAction(dataSource);
}

const TABLES = [
  'inspection_plans',
  'team_members',
  'visits',
  'conclusions',
  'recommendations',
  'criteria',
  'findings',
  'corrective_actions',
  'action_reports',
  'alert_dismissals',
  'conclusion_notices',
  'audit_log',
];

/** What a refused write must leave as it was: every table's row count, the plan's version, the seeded finding. */
async function stored() {
  const counts = await Promise.all(
    TABLES.map(async (table) => [
      table,
      (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
    ]),
  );
  const [{ version }] = await dataSource.query('SELECT version FROM inspection_plans WHERE id = $1', [
    SEEDED.plan,
  ]);
  const [finding] = await dataSource.query('SELECT text, evidence, version FROM findings WHERE id = $1', [
    SEEDED.finding,
  ]);
  return { counts: Object.fromEntries(counts), planVersion: version, finding };
}

async function expectRefused(write: () => Promise<unknown>, field: string): Promise<void> {
  const before = await stored();
  await expect(write()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
  expect(await stored()).toEqual(before);
}

describe('a corrective action for a unit the registry does not know', () => {
  beforeEach(() => reset(PlanStatus.IN_PROGRESS));

  it('is refused, naming action.responsibleUnitId, and nothing is written', async () => {
    const action = {
      requiredAction: 'Niêm yết TTHC',
      deadline: '2099-12-31',
      responsibleUnitId: unknownUnit,
    };
    await expectRefused(
      () => findings.createAction(SEEDED.finding, action, admin),
      'action.responsibleUnitId',
    );
  });

  it('is written when the unit named is known', async () => {
    const action = {
      requiredAction: 'Niêm yết TTHC',
      deadline: '2099-12-31',
      responsibleUnitId: SEEDED.leadUnit,
    };
    const written = await findings.createAction(SEEDED.finding, action, admin);
    const [row] = await dataSource.query('SELECT responsible_unit_id FROM corrective_actions WHERE id = $1', [
      written.id,
    ]);
    expect(row).toEqual({ responsible_unit_id: SEEDED.leadUnit });
  });
});

/** Written from the rule: a text the record needs is refused when it holds nothing but spaces. */
describe('a required text of spaces only', () => {
  const cases: [string, PlanStatus, string, () => Promise<unknown>][] = [
    [
      'recordFinding',
      PlanStatus.IN_PROGRESS,
      'finding.text',
      () => findings.record(SEEDED.target, { ...limitation, text: blank }, admin, noFigures),
    ],
    [
      'updateFinding',
      PlanStatus.IN_PROGRESS,
      'finding.text',
      () => findings.update(SEEDED.finding, 1, { ...limitation, text: blank }, admin, noFigures),
    ],
    [
      'recordFinding (an evidence label)',
      PlanStatus.IN_PROGRESS,
      'finding.evidence.0.label',
      () =>
        findings.record(
          SEEDED.target,
          { ...limitation, evidence: [{ label: blank, value: 7, unit: 'hồ sơ', indicatorCode: null }] },
          admin,
          noFigures,
        ),
    ],
    [
      'createCorrectiveAction',
      PlanStatus.IN_PROGRESS,
      'action.requiredAction',
      () => findings.createAction(SEEDED.finding, { requiredAction: blank, deadline: '2099-12-31' }, admin),
    ],
    [
      'reportOnCorrectiveAction',
      PlanStatus.CONCLUDED,
      'report.text',
      () => findings.report(SEEDED.action, 1, { reportedOn: '2020-12-01', text: blank }, officer),
    ],
    [
      'createInspectionPlan',
      PlanStatus.DRAFT,
      'input.title',
      () => plans.create({ ...plan, title: blank }, admin.username),
    ],
    [
      'updateInspectionPlan',
      PlanStatus.DRAFT,
      'input.title',
      () => plans.update(SEEDED.plan, 1, { ...plan, title: blank }, admin.username),
    ],
    [
      'addTeamMember',
      PlanStatus.DRAFT,
      'member.fullName',
      () => plans.addTeamMember(SEEDED.plan, 1, { fullName: blank, role: TeamRole.MEMBER }, admin.username),
    ],
    [
      'recordVisit (an attendee)',
      PlanStatus.IN_PROGRESS,
      'visit.attendees.1',
      () =>
        plans.recordVisit(
          SEEDED.target,
          0,
          { attendees: ['Ông Nguyễn Văn An', blank], status: VisitStatus.DONE },
          admin,
        ),
    ],
    [
      'setConclusion',
      PlanStatus.IN_PROGRESS,
      'conclusion.summary',
      () => plans.setConclusion(SEEDED.plan, 1, { summary: blank, recommendations: [] }, admin.username),
    ],
    [
      'setConclusion (a recommendation)',
      PlanStatus.IN_PROGRESS,
      'conclusion.recommendations.0.text',
      () =>
        plans.setConclusion(
          SEEDED.plan,
          1,
          {
            summary: 'Kết luận',
            recommendations: [{ addressee: RecommendationAddressee.UNITS, text: blank }],
          },
          admin.username,
        ),
    ],
    [
      'saveCriterion',
      PlanStatus.DRAFT,
      'criterion.nameVi',
      () =>
        catalog.saveCriterion(
          2020,
          { areaCode: 'TTHC', code: 'TTHC.1', nameVi: blank, nameEn: 'Publication' },
          admin.username,
          noFigures,
        ),
    ],
    [
      'dismissAlert',
      PlanStatus.IN_PROGRESS,
      'reason',
      () =>
        alerts.dismiss(
          { planId: SEEDED.plan, unitId: SEEDED.targetUnit, indicatorCode: 'ON_TIME_RATE', reason: blank },
          admin,
          noFigures,
        ),
    ],
    [
      'issueNotice',
      PlanStatus.IN_PROGRESS,
      'input.number',
      () => notices.issue(SEEDED.target, 0, { number: blank, issuedOn: '2020-11-20' }, admin),
    ],
  ];

  it.each(cases)(
    'is refused by %s (a %s plan), naming %s, and nothing is written',
    async (_, status, field, write) => {
      await reset(status);
      await expectRefused(write, field);
    },
  );
});

describe('required texts around spaces', () => {
  beforeEach(() => reset(PlanStatus.IN_PROGRESS));

  it('are kept trimmed, and the finding is found by its words', async () => {
    const written = await findings.record(
      SEEDED.target,
      { ...limitation, text: '  Còn 7 hồ sơ trễ hẹn \n' },
      admin,
      noFigures,
    );
    const [row] = await dataSource.query('SELECT text, search_text FROM findings WHERE id = $1', [
      written.id,
    ]);
    expect(row).toEqual({ text: 'Còn 7 hồ sơ trễ hẹn', search_text: 'con 7 ho so tre hen' });
  });
});

describe('an explicit null filter', () => {
  beforeAll(() => reset(PlanStatus.CONCLUDED));
  const reader = { caller: admin, today: '2026-11-30', figures: noFigures };

  it('selects what no filter selects, for findings, their counts, actions and their timeliness', async () => {
    const found = await queries.find(null, 'NEWEST', 0, 10, reader);
    expect(found.nodes.map((f) => f.id)).toEqual([SEEDED.finding]);
    expect(await queries.stats(['KIND'], null, reader)).toMatchObject([{ kind: 'LIMITATION', count: 1 }]);
    const actions = await queries.findActions(null, 0, 10, reader);
    expect(actions.nodes.map((a) => a.id)).toEqual([SEEDED.action]);
    // The seeded action is open, due 2099-12-31.
    expect(await queries.actionTimeliness(null, reader)).toEqual([{ timeliness: 'IN_PROGRESS', count: 1 }]);
  });
});

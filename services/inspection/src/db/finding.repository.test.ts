import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanStatus } from '../domain/enums.js';
import { openTestDatabase, SEEDED, seedPlan } from '../testing/inspection-database.js';
import { FindingRepository } from './finding.repository.js';

/** A unit's open corrective actions, as `Unit.openCorrectiveActions` lists them, on a real database. */
let dataSource: DataSource;
let close: () => Promise<void>;
let repository: FindingRepository;

const finding = '20000000-0000-4000-8000-0000000000f1';
const otherUnit = '20000000-0000-4000-8000-0000000000c1';
const action = {
  overdue: '20000000-0000-4000-8000-0000000000a1',
  open: '20000000-0000-4000-8000-0000000000a2',
  reported: '20000000-0000-4000-8000-0000000000a3',
  verified: '20000000-0000-4000-8000-0000000000a4',
  elsewhere: '20000000-0000-4000-8000-0000000000a5',
};

beforeAll(async () => {
  ({ dataSource, close } = await openTestDatabase('inspection_open_actions'));
  repository = new FindingRepository(dataSource.manager);
  await seedPlan(dataSource, PlanStatus.CONCLUDED);
  await dataSource.query(
    `INSERT INTO findings (id, plan_id, target_id, unit_id, area_id, kind, severity, text, search_text, status)
     VALUES ($1, $2, $3, $4, $5, 'VIOLATION', 'HIGH', 'Hồ sơ trễ hẹn', 'ho so tre hen', 'OPEN')`,
    [finding, SEEDED.plan, SEEDED.target, SEEDED.targetUnit, SEEDED.area],
  );
  const rows: [string, string, string, string][] = [
    [action.overdue, SEEDED.targetUnit, '2021-03-31', 'OPEN'],
    [action.open, SEEDED.targetUnit, '2099-12-31', 'OPEN'],
    [action.reported, SEEDED.targetUnit, '2021-06-30', 'REPORTED'],
    [action.verified, SEEDED.targetUnit, '2021-01-31', 'VERIFIED'],
    [action.elsewhere, otherUnit, '2021-02-28', 'OPEN'],
  ];
  for (const [id, unit, deadline, status] of rows) {
    await dataSource.query(
      `INSERT INTO corrective_actions (id, finding_id, responsible_unit_id, required_action, deadline, status)
       VALUES ($1, $2, $3, 'Khắc phục', $4, $5)`,
      [id, finding, unit, deadline, status],
    );
  }
});

afterAll(() => close?.());

describe("a unit's open corrective actions", () => {
  it('are those not verified yet (open, overdue or reported), earliest deadline first, of that unit only', async () => {
    const open = await repository.openActionsOfUnits([SEEDED.targetUnit]);
    expect(open.map((a) => a.id)).toEqual([action.overdue, action.reported, action.open]);
  });

  it("are none outside the caller's scope", async () => {
    expect(await repository.openActionsOfUnits([SEEDED.targetUnit], [otherUnit])).toEqual([]);
    const scoped = await repository.openActionsOfUnits([SEEDED.targetUnit, otherUnit], [otherUnit]);
    expect(scoped.map((a) => a.id)).toEqual([action.elsewhere]);
  });
});

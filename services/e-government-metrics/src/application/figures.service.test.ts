import { type Caller, callerOf, type Identity, Role } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures } from '../domain/test-figures.js';
import { openFiguresService, refusal } from '../testing/figures-database.js';
import { FiguresService } from './figures.service.js';

// A district (with one commune under it) and another district; the officer acts for the first.
const DISTRICT = '00000000-0000-4000-8000-000000000001';
const COMMUNE = '00000000-0000-4000-8000-000000000002';
const OTHER_DISTRICT = '00000000-0000-4000-8000-000000000003';
const TODAY = '2020-12-15';
const OUTSIDE = 'This unit is outside your unit and the units under it';

const identity = (roles: Role[], unitId: string | null = null): Identity => ({
  subject: roles.join(','),
  username: roles.join(',').toLowerCase(),
  roles,
  unitId,
});

let dataSource: DataSource;
let service: FiguresService;
let close: () => Promise<void>;
/** Set by a test to see what another connection can do while the registry is asked about the tree. */
let duringTreeLookup: (() => Promise<void>) | null = null;

/** The registry as the service sees it: the tree above, every unit known. */
const registry = {
  descendantsOf: async (ids: string[]) => {
    await duringTreeLookup?.();
    return ids.includes(DISTRICT) ? [COMMUNE] : [];
  },
  unknownIds: async () => [],
} as unknown as UnitRegistryClient;

/** A caller per request, as the service gets one (its unit scope is asked once per caller). */
const officer = () => callerOf(identity([Role.UNIT_OFFICER], DISTRICT), registry);
const admin = () => callerOf(identity([Role.ADMIN]), registry);

const rowsOf = (unitId: string): Promise<{ status: string; version: number }[]> =>
  dataSource.query('SELECT status, version FROM monthly_figures WHERE unit_id = $1 ORDER BY period', [
    unitId,
  ]);
const save = (caller: Caller, unitId: string, period: string, values = figures({ resolved: 10 })) =>
  service.save(caller, unitId, period, 0, values, TODAY);

beforeAll(async () => {
  ({ dataSource, service, close } = await openFiguresService('metrics_figures_service', registry));
});

afterAll(() => close?.());

describe('a unit officer writing figures', () => {
  it('saves its own unit and the units under it, as DRAFTs of the month of the day given', async () => {
    const saved = await save(officer(), COMMUNE, '2020-03-17');
    expect(saved).toMatchObject({
      period: '2020-03-01',
      status: 'DRAFT',
      version: 1,
      updatedBy: 'unit_officer',
    });
    expect(await rowsOf(COMMUNE)).toEqual([{ status: 'DRAFT', version: 1 }]);
  });

  it("is refused another district's month, and nothing is written", async () => {
    expect(await refusal(save(officer(), OTHER_DISTRICT, '2020-03-01'))).toEqual({
      code: 'FORBIDDEN',
      message: OUTSIDE,
    });
    expect(await rowsOf(OTHER_DISTRICT)).toEqual([]);
  });

  it("is refused submitting another district's figures, checked while the row is locked for the write", async () => {
    const other = await save(admin(), OTHER_DISTRICT, '2020-04-01');
    let lockedMeanwhile: boolean | null = null;
    duringTreeLookup = async () => {
      lockedMeanwhile = await dataSource
        .query('SELECT id FROM monthly_figures WHERE id = $1 FOR UPDATE NOWAIT', [other.id])
        .then(
          () => false,
          () => true,
        );
    };
    try {
      expect(await refusal(service.step(officer(), other.id, 1, 'SUBMIT'))).toEqual({
        code: 'FORBIDDEN',
        message: OUTSIDE,
      });
    } finally {
      duringTreeLookup = null;
    }
    expect(lockedMeanwhile).toBe(true);
    expect(await rowsOf(OTHER_DISTRICT)).toEqual([{ status: 'DRAFT', version: 1 }]);
  });
});

describe('locking a month', () => {
  it('locks its APPROVED unit-months only, one version up, each with its revision', async () => {
    const values = figures({ resolved: 12, resolvedOnTime: 12, websiteLastUpdate: '2020-05-20' });
    const approved = await save(admin(), DISTRICT, '2020-05-01', values);
    await service.step(admin(), approved.id, 1, 'SUBMIT');
    await service.step(admin(), approved.id, 2, 'APPROVE');
    const submitted = await save(admin(), COMMUNE, '2020-05-01');
    await service.step(admin(), submitted.id, 1, 'SUBMIT');

    expect(await service.lockMonth(admin(), '2020-05-31')).toBe(1);

    expect(await rowsOf(DISTRICT)).toEqual([{ status: 'LOCKED', version: 4 }]);
    expect((await rowsOf(COMMUNE)).at(-1)).toEqual({ status: 'SUBMITTED', version: 2 });
    const [revision] = await dataSource.query(
      'SELECT status, version, values, actor FROM figure_revisions WHERE figures_id = $1 AND version = 4',
      [approved.id],
    );
    expect(revision).toEqual({ status: 'LOCKED', version: 4, values, actor: 'admin' });
  });
});

import { createLogger, type DomainError, openDatabase } from '@cchc/kit';
import { createTestDatabase } from '@cchc/kit/testing';
import type { UnitRegistryClient } from '@cchc/unit-registry-client';
import type { DataSource } from 'typeorm';
import { FiguresService } from '../application/figures.service.js';
import { FiguresRepository } from '../db/figures.repository.js';
import { migrations } from '../db/schema.js';

/** For the package's tests on a real database (not exported by the package). */
export interface FiguresTestDatabase {
  dataSource: DataSource;
  service: FiguresService;
  close(): Promise<void>;
}

/** A migrated database of one test file's own, and the figures service over it, asking the registry given. */
export async function openFiguresService(
  label: string,
  registry: UnitRegistryClient,
): Promise<FiguresTestDatabase> {
  const database = await createTestDatabase(label);
  const dataSource = await openDatabase({
    url: database.url,
    entities: [],
    migrations,
    logger: createLogger('metrics-test', 'error'),
  });
  return {
    dataSource,
    service: new FiguresService(dataSource, new FiguresRepository(dataSource), registry),
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** What a promise was refused with (code and message), or null when it was kept. */
export const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: DomainError) => ({ code: error.code, message: error.message }),
  );

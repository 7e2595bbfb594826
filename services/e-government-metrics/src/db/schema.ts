import { CreateMonthlyFigures1764200000000 } from './migrations/1764200000000-create-monthly-figures.js';
import { AddOnlineProcedureDossiersAndDiscipline1764900000000 } from './migrations/1764900000000-add-online-procedure-dossiers-and-discipline.js';
import { FiguresChanges1765000000000 } from './migrations/1765000000000-figures-changes.js';

/** No TypeORM entities: the figures' measure columns follow the measure catalogue and are read in SQL. */
export const entities = [];
export const migrations = [
  CreateMonthlyFigures1764200000000,
  AddOnlineProcedureDossiersAndDiscipline1764900000000,
  FiguresChanges1765000000000,
];

import type { RequestContext, UnitRegistryClient } from '@cchc/kit';
import type { FiguresService } from '../application/figures.service.js';
import type { IndicatorService } from '../application/indicator.service.js';
import type { FiguresRepository } from '../db/figures.repository.js';
import type { SubmissionStatus } from '../domain/submission.js';
import type { Loaders } from './loaders.js';

export interface MetricsContext extends RequestContext {
  /** The logged-in username, recorded in audit logs and revisions. */
  actor: string;
  today: string;
  figuresService: FiguresService;
  figures: FiguresRepository;
  indicators: IndicatorService;
  units: UnitRegistryClient;
  loaders: Loaders;
  /** The submission statuses this caller's indicators count: approved months only for a partner agency. */
  counted: readonly SubmissionStatus[];
}

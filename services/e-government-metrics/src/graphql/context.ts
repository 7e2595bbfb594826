import type { RequestContext } from '@cchc/kit';
import { type Caller } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type { FiguresService } from '../application/figures.service.js';
import type { IndicatorService } from '../application/indicator.service.js';
import type { RecentFacts } from '../application/recent-facts.js';
import type { SubmissionStatus } from '../domain/submission.js';
import type { Loaders } from './loaders.js';

export interface MetricsContext extends RequestContext {
  /** Who calls: the services check its unit scope with what it reads or writes. */
  caller: Caller;
  today: string;
  figuresService: FiguresService;
  indicatorService: IndicatorService;
  /** The facts of recent filters, while the figures stay as they were (BI tools page through them). */
  recentFacts: RecentFacts;
  units: UnitRegistryClient;
  loaders: Loaders;
  /** The submission statuses this caller's indicators count: approved months only for a partner agency. */
  counted: readonly SubmissionStatus[];
}

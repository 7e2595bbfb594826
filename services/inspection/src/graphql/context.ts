import type { RequestContext, UnitRegistryClient } from '@cchc/kit';
import type { AlertService } from '../application/alert.service.js';
import type { AssessmentService } from '../application/assessment.service.js';
import type { CatalogService } from '../application/catalog.service.js';
import type { Figures } from '../application/figures.js';
import type { FindingService } from '../application/finding.service.js';
import type { NoticeService } from '../application/notice.service.js';
import type { PlanService } from '../application/plan.service.js';
import type { FindingRepository } from '../db/finding.repository.js';
import type { PlanRepository } from '../db/plan.repository.js';
import type { AssessmentLoaders } from './assessment.loaders.js';
import type { Loaders } from './loaders.js';

export interface InspectionContext extends RequestContext {
  /** The logged-in username, recorded in audit logs and revisions. */
  actor: string;
  today: string;
  plans: PlanService;
  findingService: FindingService;
  catalogs: CatalogService;
  findings: FindingRepository;
  planQueries: PlanRepository;
  units: UnitRegistryClient;
  loaders: Loaders;
  /** e-government-metrics, asked with the caller's token. */
  figures: Figures;
  alerts: AlertService;
  assessments: AssessmentService;
  notices: NoticeService;
  assessmentLoaders: AssessmentLoaders;
  /** The units the caller may see (a unit officer's tree), fetched once per request; all when undefined. */
  scope(): Promise<string[] | undefined>;
  /** A partner agency's caller: findings of concluded plans only. */
  publishedOnly: boolean;
}

import type { RequestContext } from '@cchc/kit';
import { type Caller } from '@cchc/kit';
import type { AlertService } from '../application/alert.service.js';
import type { AssessmentService } from '../application/assessment.service.js';
import type { CatalogService } from '../application/catalog.service.js';
import type { Figures } from '../application/figures.js';
import type { FindingService } from '../application/finding.service.js';
import type { FindingQueryService } from '../application/finding-query.service.js';
import type { NoticeService } from '../application/notice.service.js';
import type { PlanService } from '../application/plan.service.js';
import type { PlanRepository } from '../db/plan.repository.js';
import type { AssessmentLoaders } from './assessment.loaders.js';
import type { Loaders } from './loaders.js';

/** Services (writes, and reads that need more than SQL), the one repository read directly, and the request. */
export interface InspectionContext extends RequestContext {
  /** Who calls: the services check it inside their transactions; reads apply its scope. */
  caller: Caller;
  today: string;
  planService: PlanService;
  findingService: FindingService;
  findingQueryService: FindingQueryService;
  catalogService: CatalogService;
  alertService: AlertService;
  assessmentService: AssessmentService;
  noticeService: NoticeService;
  planRepository: PlanRepository;
  loaders: Loaders;
  /** e-government-metrics, asked with the caller's token. */
  figures: Figures;
  assessmentLoaders: AssessmentLoaders;
}

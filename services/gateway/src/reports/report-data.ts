import { DomainError, ErrorCode } from '@cchc/kit';

/**
 * What the documents are written from, read through the gateway's own GraphQL with the caller's context (so
 * roles and scope apply as they do to any query), and the queries that read it. Findings are paged: one query
 * for a plan's 135 findings with their evidence and actions would pass the cost limit with little room.
 */

/** Runs one GraphQL operation as the caller; a refusal is thrown as a DomainError with GraphQL's code. */
export type RunQuery = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export interface UnitName {
  id: string;
  code: string;
  name: string;
  fullName: string;
  kind: string;
  level: string;
}

export interface PlanHeader {
  id: string;
  year: number;
  title: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  periodFrom: string;
  periodTo: string;
  status: string;
  leadUnit: UnitName & { parent: UnitName | null };
  catalog: {
    areas: { code: string; position: number; nameVi: string }[];
    classificationThresholds: { classification: string; nameVi: string }[];
  };
}

export interface Assessment {
  total: number;
  maxTotal: number;
  classification: string | null;
  rank: number | null;
}

export interface ReportTarget {
  id: string;
  unit: UnitName;
  parentTarget: { id: string } | null;
  assessment: Assessment;
}

export interface Recommendation {
  addressee: 'UNITS' | 'PROVINCE';
  text: string;
}

export interface Indicator {
  code: string;
  nameVi: string;
  valueUnit: string;
}

export interface ReportFinding {
  id: string;
  kind: 'STRENGTH' | 'LIMITATION' | 'VIOLATION';
  severity: string;
  status: string;
  text: string;
  unit: UnitName;
  area: { code: string };
  criterion: { code: string; nameVi: string } | null;
  evidence: { label: string; value: number; unit: string | null; indicatorCode: string | null }[];
  evidenceReading: { indicatorCode: string; from: string; to: string; value: number | null } | null;
  actions: { requiredAction: string; deadline: string; status: string }[];
}

/** A plan with its targets, conclusion and findings: what the report and the findings workbook are written from. */
export interface PlanReport {
  plan: PlanHeader & {
    targets: ReportTarget[];
    conclusion: { number: string | null; issuedOn: string | null; recommendations: Recommendation[] } | null;
  };
  findings: ReportFinding[];
  indicators: Indicator[];
}

export interface NoticeAction {
  requiredAction: string;
  deadline: string;
  responsibleRole: string;
  responsibleUnit: UnitName;
}

export interface Notice {
  number: string;
  issuedOn: string;
  strengths: string[];
  limitations: string[];
  classification: string | null;
  total: number;
  maxTotal: number;
  actions: NoticeAction[];
}

/** The plan a notice concludes, as the notice's readers (the inspected unit's officers too) may read it. */
export type NoticePlan = Omit<PlanHeader, 'id' | 'catalog'> & {
  classificationThresholds: PlanHeader['catalog']['classificationThresholds'];
};

/** One unit's conclusion notice, with the plan it concludes. */
export interface NoticeReport {
  plan: NoticePlan;
  unit: UnitName;
  rank: number | null;
  /** Of all the plan's scored units. */
  ranked: number;
  notice: Notice;
}

const UNIT_NAME = 'fragment UnitName on Unit { id code name fullName kind level }';

const FRAGMENTS = `
  ${UNIT_NAME}
  fragment PlanHeader on InspectionPlan {
    id year title decisionNumber decisionDate periodFrom periodTo status
    leadUnit { ...UnitName parent { ...UnitName } }
    catalog { areas { code position nameVi } classificationThresholds { classification nameVi } }
  }`;

const REPORT_QUERY = `query PlanReport($planId: ID!) {
    inspectionPlan(id: $planId) {
      ...PlanHeader
      targets { id unit { ...UnitName } parentTarget { id } assessment { total maxTotal classification rank } }
      conclusion { number issuedOn recommendations { addressee text } }
    }
    indicatorCatalog { code nameVi valueUnit }
  }
  ${FRAGMENTS}`;

const FINDINGS_QUERY = `query PlanFindings($planId: ID!, $after: String) {
  findings(filter: { planId: $planId }, orderBy: AREA, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind severity status text unit { id code name fullName kind level } area { code } criterion { code nameVi }
      evidence { label value unit indicatorCode }
      evidenceReading { indicatorCode from to value }
      actions { requiredAction deadline status }
    }
  }
}`;

const NOTICE_QUERY = `query UnitNotice($planId: ID!, $unitId: ID!) {
    conclusionNotices(planId: $planId, unitIds: [$unitId]) {
      number issuedOn strengths limitations classification total maxTotal
      actions { requiredAction deadline responsibleRole responsibleUnit { ...UnitName } }
      unit { ...UnitName }
      plan {
        year title decisionNumber decisionDate periodFrom periodTo status
        leadUnit { ...UnitName parent { ...UnitName } }
        classificationThresholds { classification nameVi }
        rank rankedUnits
      }
    }
  }
  ${UNIT_NAME}`;

/** Whether a plan exists and inspects a unit, asked as the plan's readers ask (FORBIDDEN for anyone else). */
const PLAN_TARGETS_QUERY = `query PlanTargets($planId: ID!) {
    inspectionPlan(id: $planId) { targets { unit { id } } }
  }`;

/** A plan is concluded once its conclusion is recorded (and stays so when closed); before, its report is a draft. */
export const isConcluded = (plan: { status: string }) =>
  plan.status === 'CONCLUDED' || plan.status === 'CLOSED';

const planNotFound = (planId: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `Inspection plan ${planId} was not found`, { id: planId });

async function planFindings(run: RunQuery, planId: string): Promise<ReportFinding[]> {
  const findings: ReportFinding[] = [];
  let after: string | null = null;
  do {
    const {
      findings: page,
    }: {
      findings: { nodes: ReportFinding[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await run(FINDINGS_QUERY, { planId, after });
    findings.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return findings;
}

/** A plan, its targets, conclusion and every finding; NOT_FOUND for a plan that does not exist. */
export async function loadPlanReport(run: RunQuery, planId: string): Promise<PlanReport> {
  const [report, findings] = await Promise.all([
    run<{ inspectionPlan: PlanReport['plan'] | null; indicatorCatalog: Indicator[] }>(REPORT_QUERY, {
      planId,
    }),
    planFindings(run, planId),
  ]);
  if (!report.inspectionPlan) throw planNotFound(planId);
  return { plan: report.inspectionPlan, findings, indicators: report.indicatorCatalog };
}

/**
 * A unit's conclusion notice, for whoever may read it (the unit's own officers too). When there is none to read,
 * the plan's readers are told why (unknown plan, unit not inspected, not issued yet: NOT_FOUND) and anyone else
 * that the plan is not theirs (FORBIDDEN), as GraphQL tells them.
 */
export async function loadNoticeReport(run: RunQuery, planId: string, unitId: string): Promise<NoticeReport> {
  const { conclusionNotices } = await run<{
    conclusionNotices: (Notice & {
      unit: UnitName;
      plan: NoticePlan & { rank: number | null; rankedUnits: number };
    })[];
  }>(NOTICE_QUERY, { planId, unitId });
  const found = conclusionNotices[0];
  if (found) {
    const { unit, plan: withRank, ...notice } = found;
    const { rank, rankedUnits, ...plan } = withRank;
    return { plan, unit, rank, ranked: rankedUnits, notice };
  }
  const { inspectionPlan } = await run<{ inspectionPlan: { targets: { unit: { id: string } }[] } | null }>(
    PLAN_TARGETS_QUERY,
    { planId },
  );
  if (!inspectionPlan) throw planNotFound(planId);
  if (!inspectionPlan.targets.some((t) => t.unit.id === unitId))
    throw new DomainError(ErrorCode.NOT_FOUND, `Unit ${unitId} is not inspected under plan ${planId}`, {
      id: unitId,
    });
  throw new DomainError(ErrorCode.NOT_FOUND, `No conclusion notice has been issued to unit ${unitId} yet`, {
    id: unitId,
  });
}

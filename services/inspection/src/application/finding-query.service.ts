import type { Page } from '@cchc/kit';
import { type Caller } from '@cchc/kit';
import { type UnitRegistryClient } from '@cchc/unit-registry-client';
import type {
  ActionQuery,
  FindingDimension,
  FindingOrder,
  FindingQuery,
  FindingRepository,
  FindingStatRow,
} from '../db/finding.repository.js';
import type { ActionStatus, FindingKind, FindingStatus } from '../domain/enums.js';
import type { EvidenceVerdict } from '../domain/evidence.js';
import type { CorrectiveActionEntity, FindingEntity } from '../domain/finding.entity.js';
import { searchWords } from '../domain/finding-search.js';
import type { InspectionTargetEntity } from '../domain/plan.entity.js';
import { findingIdsWithVerdicts } from './evidence-verdicts.js';
import type { Figures } from './figures.js';
import { selectedUnitIds } from './unit-selection.js';

/** The units a filter names, by id or by code on a date, with their descendants or predecessors when asked. */
interface UnitFilterFields {
  asOf?: string;
  includeDescendants?: boolean;
  throughLineage?: boolean;
}

/** What the GraphQL `FindingFilter` carries. */
export interface FindingFilterFields extends UnitFilterFields {
  ids?: string[];
  planId?: string;
  unitIds?: string[];
  unitCodes?: string[];
  areaCodes?: string[];
  kinds?: FindingKind[];
  statuses?: FindingStatus[];
  year?: number;
  verdicts?: EvidenceVerdict[];
  search?: string;
}

/** What the GraphQL `ActionFilter` carries. */
export interface ActionFilterFields extends UnitFilterFields {
  planId?: string;
  year?: number;
  responsibleUnitIds?: string[];
  responsibleUnitCodes?: string[];
  statuses?: ActionStatus[];
}

/** A filter sent as an explicit `null` reads as one left out. */
type Given<Filter> = Filter | null | undefined;

const unitOptions = (filter: Given<UnitFilterFields>) => ({
  asOf: filter?.asOf,
  includeDescendants: filter?.includeDescendants,
  throughLineage: filter?.throughLineage,
});

/** Who reads, and on what day (OVERDUE and unit codes depend on it). */
export interface Reader {
  caller: Caller;
  today: string;
  /** e-government-metrics, asked with the reader's token (for verdicts). */
  figures: Figures;
}

/** A target inspected before, with the limitations and violations found at its unit in earlier years. */
export interface FollowUpItem {
  target: InspectionTargetEntity;
  earlierFindings: FindingEntity[];
}

/**
 * Findings and corrective actions as filters select them: units expanded through the registry, verdicts
 * asked of metrics, the reader's scope and partners' rule applied; then one SQL statement in the repository.
 */
export class FindingQueryService {
  constructor(
    private readonly findings: FindingRepository,
    private readonly units: UnitRegistryClient,
  ) {}

  async find(
    filter: Given<FindingFilterFields>,
    order: FindingOrder,
    offset: number,
    limit: number,
    reader: Reader,
  ): Promise<Page<FindingEntity>> {
    return this.findings.find({ ...(await this.findingQuery(filter, reader)), order }, offset, limit);
  }

  async stats(
    dimensions: FindingDimension[],
    filter: Given<FindingFilterFields>,
    reader: Reader,
  ): Promise<FindingStatRow[]> {
    return this.findings.stats(dimensions, await this.findingQuery(filter, reader));
  }

  async findActions(
    filter: Given<ActionFilterFields>,
    offset: number,
    limit: number,
    reader: Reader,
  ): Promise<Page<CorrectiveActionEntity>> {
    return this.findings.findActions(await this.actionQuery(filter, reader), offset, limit);
  }

  async actionTimeliness(filter: Given<ActionFilterFields>, reader: Reader) {
    return this.findings.actionTimeliness(await this.actionQuery(filter, reader));
  }

  /** For each target of a plan inspected in earlier years: the limitations and violations found then. */
  async followUp(targets: InspectionTargetEntity[], year: number): Promise<FollowUpItem[]> {
    const earlier = await this.findings.earlierFindings(
      targets.map((t) => t.unitId),
      year,
    );
    return targets
      .map((target) => ({ target, earlierFindings: earlier.filter((f) => f.unitId === target.unitId) }))
      .filter((item) => item.earlierFindings.length > 0);
  }

  /** The query of a filter, narrowed to the findings of the verdicts asked (one request to the figures). */
  private async findingQuery(
    filter: Given<FindingFilterFields>,
    reader: Reader,
  ): Promise<Omit<FindingQuery, 'order'>> {
    const query: Omit<FindingQuery, 'order'> = {
      ids: filter?.ids,
      planId: filter?.planId,
      unitIds: await selectedUnitIds(
        this.units,
        { ...unitOptions(filter), ids: filter?.unitIds, codes: filter?.unitCodes, codesField: 'unitCodes' },
        reader.today,
      ),
      areaCodes: filter?.areaCodes,
      kinds: filter?.kinds,
      statuses: filter?.statuses,
      year: filter?.year,
      words: searchWords(filter?.search),
      scope: await reader.caller.unitScope(),
      publishedOnly: reader.caller.publishedOnly,
    };
    if (!filter?.verdicts?.length) return query;
    const candidates = await this.findings.evidenceOf(query);
    return { ...query, ids: await findingIdsWithVerdicts(candidates, filter.verdicts, reader.figures) };
  }

  /** The actions a filter selects, within the reader's scope. */
  private async actionQuery(filter: Given<ActionFilterFields>, reader: Reader): Promise<ActionQuery> {
    return {
      planId: filter?.planId,
      year: filter?.year,
      responsibleUnitIds: await selectedUnitIds(
        this.units,
        {
          ...unitOptions(filter),
          ids: filter?.responsibleUnitIds,
          codes: filter?.responsibleUnitCodes,
          codesField: 'responsibleUnitCodes',
        },
        reader.today,
      ),
      statuses: filter?.statuses,
      today: reader.today,
      scope: await reader.caller.unitScope(),
    };
  }
}

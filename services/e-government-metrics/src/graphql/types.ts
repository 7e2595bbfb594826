import { DateScalar, entityById } from '@cchc/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type * as application from '../application/facts.js';
import type * as imports from '../application/figures.service.js';
import type * as indicators from '../domain/indicators.js';
import type * as score from '../domain/score-766.js';
import { SubmissionStatus } from '../domain/submission.js';
import type * as suggestions from '../domain/suggestions.js';
import { MeasureValues } from './measure-fields.js';

export enum IndicatorStatus {
  GOOD = 'GOOD',
  WARNING = 'WARNING',
  ALERT = 'ALERT',
  NO_DATA = 'NO_DATA',
}
export enum Grain {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Against the target and warning thresholds',
});
registerEnumType(Grain, { name: 'Grain' });
registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description:
    'DRAFT → SUBMITTED → APPROVED → LOCKED (a province may return SUBMITTED or APPROVED figures to DRAFT)',
});

const COVERAGE = {
  description:
    'Độ phủ: số đơn vị trong phạm vi có báo cáo số liệu cho kỳ ÷ số đơn vị trong phạm vi (0–1); dưới 1 là thiếu báo cáo. ' +
    'Coverage: units in scope that reported figures for the period ÷ units in scope (0–1); below 1, some reported nothing. ' +
    'A province counts only if it reported figures of its own (its departments, districts and communes report for it).',
};

/** A unit of unit-registry; this subgraph adds its e-government fields. */
export const Unit = entityById('Unit');
export type Unit = InstanceType<typeof Unit>;

@ObjectType({ description: 'An indicator of the catalogue: a ratio of summed measures' })
export class IndicatorDefinition implements indicators.IndicatorDefinition {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => [String], { description: 'Measures (or derived terms) summed in the numerator' })
  numerator!: indicators.Term[];

  @Field(() => [String])
  denominator!: indicators.Term[];

  @Field(() => String, { description: 'HIGHER_IS_BETTER or LOWER_IS_BETTER' })
  direction!: indicators.Direction;

  @Field(() => String, {
    description:
      'Đơn vị của giá trị / what the value is: RATIO (0–1), DAYS, or PER_UNIT_MONTH (cases per reporting unit-month)',
  })
  valueUnit!: indicators.ValueUnit;

  @Field(() => Float)
  target!: number;

  @Field(() => Float)
  warning!: number;

  @Field(() => [String], { nullable: true, description: 'Tiers it is meant for; all when null' })
  levels!: indicators.Level[] | null;

  @Field(() => String, { description: 'Inspection content area of the suggested findings' })
  areaCode!: string;

  @Field(() => String)
  source!: string;
}

@ObjectType({ description: "An indicator's value for a unit (and everything under it) over a period" })
export class IndicatorValue implements indicators.IndicatorValue {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The period or bucket: 2020, 2020-Q3, 2020-10, or a range' })
  period!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "numerator / denominator, in the indicator's valueUnit (a ratio 0–1 for most); null without data",
  })
  value!: number | null;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float)
  denominator!: number;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => Boolean, { description: 'Includes units only partly inside this one (2025 reorganisation)' })
  approximate!: boolean;

  @Field(() => Float, COVERAGE)
  coverage!: number;
}

@ObjectType({ description: 'A flat row for BI tools: one unit, one period, one indicator' })
export class IndicatorFact implements application.Fact {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  unitCode!: string;

  @Field(() => String)
  unitName!: string;

  @Field(() => String)
  unitLevel!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period' })
  periodStart!: string;

  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String, { description: 'Tên chỉ số (tiếng Việt) / indicator name in Vietnamese' })
  indicatorName!: string;

  @Field(() => String, { description: 'Tên chỉ số tiếng Anh / indicator name in English' })
  indicatorNameEn!: string;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float)
  denominator!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => Boolean)
  approximate!: boolean;

  @Field(() => Float, COVERAGE)
  coverage!: number;
}

@ObjectType({
  description: 'An indicator past its warning threshold, worded as a finding for the next inspection',
})
export class SuggestedFinding implements suggestions.SuggestedFinding {
  @Field(() => String)
  indicatorCode!: string;

  @Field(() => String, { description: 'Inspection content area, e.g. TTHC' })
  areaCode!: string;

  @Field(() => String, { description: 'LIMITATION' })
  kind!: suggestions.SuggestedFinding['kind'];

  @Field(() => String, { description: 'MEDIUM or HIGH' })
  severity!: suggestions.SuggestedFinding['severity'];

  @Field(() => String)
  text!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  numerator!: number;

  @Field(() => Float)
  denominator!: number;
}

@ObjectType({ description: 'A revision of a unit-month: who, when, what' })
export class FiguresRevision {
  @Field(() => Int)
  version!: number;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;

  @Field(() => String)
  actor!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: "A unit's figures for one month" })
export class MonthlyFigures {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: 'First day of the month' })
  period!: string;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => MeasureValues)
  values!: MeasureValues;

  @Field(() => String)
  updatedBy!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ImportError implements imports.ImportError {
  @Field(() => Int, { description: 'Row in the file (the header is row 1)' })
  row!: number;

  @Field(() => String, { description: "The column's header; empty for the whole file" })
  column!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'What an import did: applied only when no row had an error' })
export class ImportReport implements imports.ImportReport {
  @Field(() => Boolean)
  applied!: boolean;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [ImportError])
  errors!: ImportError[];
}

@ObjectType()
export class TemplateColumn {
  @Field(() => String)
  column!: string;

  @Field(() => String)
  vi!: string;

  @Field(() => String)
  en!: string;
}

@ObjectType({ description: 'The layout of the monthly import file, and a CSV to start from' })
export class FiguresTemplate {
  @Field(() => String, { description: 'CSV (UTF-8): the header and one example row' })
  csv!: string;

  @Field(() => [TemplateColumn])
  columns!: TemplateColumn[];
}

/** What a group and a sub-indicator of the score both show (declared once, the fields in this order). */
@ObjectType()
abstract class ScoredItem {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => Float)
  points!: number;
}

@ObjectType({ description: 'A sub-indicator of the Decision 766/QĐ-TTg score' })
export class ScoreComponent extends ScoredItem implements score.ScoreComponent {
  @Field(() => String)
  formula!: string;

  @Field(() => Boolean, {
    description: 'False when scored by the documented rule for data the platform lacks',
  })
  measurable!: boolean;
}

@ObjectType({ description: 'A group of the Decision 766/QĐ-TTg score' })
export class ScoreGroup extends ScoredItem implements score.ScoreGroup {
  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];
}

@ObjectType({
  description: 'The Decision 766/QĐ-TTg score out of 100, from the summed figures (see docs/decision-766.md)',
})
export class Score766 implements score.Score766 {
  @Field(() => String)
  period!: string;

  @Field(() => Float)
  total!: number;

  @Field(() => Float)
  maxTotal!: number;

  @Field(() => [ScoreGroup])
  groups!: ScoreGroup[];

  @Field(() => Boolean, { description: 'Some sub-indicators are approximated or not measurable here' })
  approximate!: boolean;
}

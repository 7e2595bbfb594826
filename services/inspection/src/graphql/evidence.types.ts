import { IndicatorReadingFields, registerDescribedEnum } from '@cchc/kit';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceVerdict, IndicatorStatus } from '../domain/evidence.js';
import { InspectionTarget } from './plan.types.js';
import { Unit } from './unit.types.js';

registerDescribedEnum(EvidenceVerdict, {
  name: 'EvidenceVerdict',
  description: "What the unit's figures say of a finding",
  values: {
    CONSISTENT: 'Khớp số liệu: the figures bear the finding out',
    CONTRADICTED: 'Trái số liệu: the figures say otherwise',
    REVISED: 'Số liệu đã sửa: the figures changed since the finding was written',
    NOT_MEASURED: 'Không đo: the finding names no indicator',
  },
});
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus' });

@ObjectType({
  description:
    "An indicator over the finding's unit and period, copied from e-government-metrics when the finding was written",
})
export class EvidenceReading extends IndicatorReadingFields {
  @Field(() => Float, { nullable: true, description: 'null without data' })
  value!: number | null;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => Date, { description: 'When the figures were copied' })
  takenAt!: Date;
}

@ObjectType({ description: 'Why a team decided an alert needs no finding' })
export class AlertDismissal {
  @Field(() => ID, { description: 'Its changes are in auditLog(objectId)' })
  id!: string;

  @Field(() => String, { description: 'Who dismissed it' })
  by!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: "An indicator past its target at a target's unit, that no finding names" })
export class UnitAlert {
  @Field(() => InspectionTarget)
  target!: InspectionTarget;

  @Field(() => Unit)
  unit!: Unit;

  @Field(() => String)
  indicatorCode!: string;

  @Field(() => IndicatorStatus, { description: 'WARNING or ALERT' })
  status!: IndicatorStatus;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => AlertDismissal, { nullable: true, description: 'Set when the team dismissed the alert' })
  dismissal!: AlertDismissal | null;
}

import { DateScalar } from '@cchc/kit';
import { Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MEASURE_KEYS, MEASURES } from '../domain/measures.js';

/** Declares one Int field per measure on a class, described from the catalogue (no hand-kept copy). */
function declareMeasures(target: object, input: boolean): void {
  for (const key of MEASURE_KEYS) {
    Field(() => Int, { description: `${MEASURES[key].vi} — ${MEASURES[key].en}` })(target, key);
    if (input) Min(0)(target, key);
  }
  Field(() => DateScalar, {
    nullable: true,
    description: 'Ngày cập nhật gần nhất của Trang thông tin điện tử',
  })(target, 'websiteLastUpdate');
}

@ObjectType({ description: "One unit-month's measures" })
export class MeasureValues {
  [measure: string]: unknown;
}
declareMeasures(MeasureValues.prototype, false);

@InputType({ description: "One unit-month's measures: every one required, 0 when zero" })
export class MeasureValuesInput {
  [measure: string]: unknown;
}
declareMeasures(MeasureValuesInput.prototype, true);

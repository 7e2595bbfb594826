import { DateScalar } from '@cchc/kit';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { UnitKind, UnitLevel } from '../domain/unit-kind.js';
import { MAX_SEARCH_LENGTH } from '../domain/unit-search.js';

@InputType({ description: 'Filters combine with AND' })
export class UnitFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Name or code; accents and case are ignored ("hon dat" finds "Hòn Đất"), prefixes work',
  })
  @MaxLength(MAX_SEARCH_LENGTH)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'All units below this one, at any depth' })
  descendantsOf?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Units this one was formed from through reorganisations, at any depth (a 2025 commune: the communes merged into it; An Giang from 2025: Kiên Giang and the former An Giang)',
  })
  predecessorsOf?: string;

  @Field(() => [UnitLevel], { nullable: true })
  @ArrayMaxSize(3)
  levels?: UnitLevel[];

  @Field(() => [UnitKind], { nullable: true })
  @ArrayMaxSize(12)
  kinds?: UnitKind[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only units in force on this date; every period when absent',
  })
  asOf?: string;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Lĩnh vực: a content area of CCHC inspection' })
export class ContentArea {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'CDDH, TC, TTHC, TCBM, CBCCVC, TCC or HDH' })
  code!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Guidance for inspectors' })
  guidance!: string | null;
}

@ObjectType({ description: 'Tiêu chí (or a sub-criterion)' })
export class Criterion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameVi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  guidance!: string | null;
}

@ObjectType({ description: 'The criteria of one year' })
export class CriteriaCatalog {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;
}

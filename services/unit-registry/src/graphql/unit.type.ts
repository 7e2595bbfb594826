import { connection, DateScalar } from '@cchc/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LineageKind, UnitKind, UnitLevel } from '../domain/unit-kind.js';
import './enums.js';

@ObjectType({
  description:
    'An administrative unit (tỉnh, huyện, xã...) or provincial agency (sở, ban, ngành) during one validity period',
})
@Directive('@key(fields: "id")')
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'Official GSO code (reused across reforms: resolve it with a date), or <province>-<abbr> for agencies',
  })
  code!: string;

  @Field(() => String, { description: 'Short name, e.g. "Hòn Đất"' })
  name!: string;

  @Field(() => String, { description: 'Full official name, e.g. "Huyện Hòn Đất"' })
  fullName!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => String, { nullable: true })
  fullNameEn!: string | null;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => UnitLevel)
  level!: UnitLevel;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day in force; null when it predates the data',
  })
  validFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day in force (inclusive); null while in force',
  })
  validTo!: string | null;
}

@ObjectType({ description: 'A lineage step between two units, seen from one of them' })
export class UnitLink {
  @Field(() => LineageKind)
  kind!: LineageKind;

  @Field(() => Unit, { description: 'The unit at the other end of the link' })
  unit!: Unit;

  @Field(() => Boolean, { description: 'Only part of the predecessor’s area is concerned' })
  partial!: boolean;

  @Field(() => DateScalar)
  effectiveDate!: string;

  @Field(() => String, { nullable: true, description: 'The legal act, when known' })
  legalAct!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

export const UnitConnection = connection('Unit', () => Unit);

import { entityById } from '@cchc/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type * as domain from '../domain/staffing.js';

/** A unit of unit-registry; this subgraph adds its staffing. */
export const Unit = entityById('Unit');
export type Unit = InstanceType<typeof Unit>;

@ObjectType({ description: 'Biên chế: the civil-service posts assigned to a unit for a year (Sở Nội vụ)' })
export class UnitStaffing implements domain.UnitStaffing {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Biên chế được giao' })
  approvedPosts!: number;

  @Field(() => Int, { description: 'Số có mặt' })
  staffInPost!: number;

  @Field(() => Int, { description: 'Hợp đồng lao động' })
  contractStaff!: number;

  @Field(() => Int, { description: 'Approved posts not filled' })
  vacancies!: number;

  @Field(() => Float, { description: 'Staff in post over approved posts (0–1)' })
  fillRate!: number;
}

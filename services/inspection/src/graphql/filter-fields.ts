import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, type FieldOptions, ID } from 'type-graphql';

/** Several property decorators applied as one. */
function allOf(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (prototype, property) => {
    for (const decorate of decorators) decorate(prototype, property);
  };
}

/** A filter's optional list of ids: at most 500, each a UUID. */
export const IdListField = (options: FieldOptions = {}) =>
  allOf(
    Field(() => [ID], { nullable: true, ...options }),
    IsOptional(),
    ArrayMaxSize(500),
    IsUUID('all', { each: true }),
  );

/** A filter's optional list of content area codes (e.g. "TTHC"): at most 20. */
export const AreaCodeListField = () =>
  allOf(
    Field(() => [String], { nullable: true }),
    IsOptional(),
    ArrayMaxSize(20),
    MaxLength(10, { each: true }),
  );

/** A filter's optional list of unit codes (e.g. "902"): at most 500. */
export const UnitCodeListField = (options: FieldOptions) =>
  allOf(
    Field(() => [String], { nullable: true, ...options }),
    IsOptional(),
    ArrayMaxSize(500),
    MaxLength(30, { each: true }),
  );

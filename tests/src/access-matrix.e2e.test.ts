import { METRICS_ACCESS } from '@cchc/e-government-metrics';
import { INSPECTION_ACCESS } from '@cchc/inspection';
import { STAFFING_ACCESS } from '@cchc/partner-staffing';
import { UNIT_REGISTRY_ACCESS } from '@cchc/unit-registry';
import {
  buildClientSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/** Every operation's allowed roles, as each subgraph declares them; PUBLIC: anyone, [] any logged-in user. */
const RULES: Record<string, readonly string[] | 'PUBLIC'> = {
  ...UNIT_REGISTRY_ACCESS,
  ...INSPECTION_ACCESS,
  ...METRICS_ACCESS,
  ...STAFFING_ACCESS,
};
/** Who calls: a demo user of each role, and nobody. */
const CALLERS = {
  ADMIN: 'admin',
  INSPECTOR: 'thanhtra',
  UNIT_OFFICER: 'hondat',
  ANALYST: 'phantich',
  PARTNER: 'doitac',
} as const;
type Caller = keyof typeof CALLERS | 'ANONYMOUS';

let platform: TestPlatform;
let schema: GraphQLSchema;
/** Hòn Đất, the demo unit officer's own unit: unit-scoped operations are called on it. */
let hondat = '';
const tokens = new Map<Caller, string | null>([['ANONYMOUS', null]]);

beforeAll(async () => {
  // With the partner agency's subgraph: its rules are checked like the platform's own.
  platform = await startPlatform('e2e_access', { withPartners: true });
  const { data } = await platform.query(getIntrospectionQuery());
  schema = buildClientSchema(data as never);
  for (const [role, username] of Object.entries(CALLERS))
    tokens.set(role as Caller, await platform.login(username));
  const unit = await platform.query<{ unitByCode: { id: string } }>(
    `{ unitByCode(code: "903", asOf: "2020-10-19") { id } }`,
  );
  hondat = unit.data!.unitByCode.id;
});
afterAll(() => platform?.stop());

/** A value of an input type that passes GraphQL validation (the resolver may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        // A unit inside the unit officer's own tree, as for operations taking a unitId argument.
        .map((f) => [f.name, f.name === 'unitId' ? hondat : sample(f.type)]),
    );
  }
  const scalar = isScalarType(type) ? type.name : '';
  const values: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    Int: 1,
    Float: 1,
    Boolean: false,
    Date: '2020-01-01',
    JSONObject: {},
  };
  return scalar in values ? values[scalar] : 'x';
}

const required = (args: readonly GraphQLArgument[]) => args.filter((a) => isNonNullType(a.type));
const declare = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type}`).join(', ');
const pass = (args: readonly GraphQLArgument[]) => args.map((a) => `${a.name}: $${a.name}`).join(', ');
const selection = (field: GraphQLField<unknown, unknown>) =>
  isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : '{ __typename }';

/** The request that calls one operation (or one field this platform adds to Unit) with sample arguments. */
function call(operation: string) {
  const [parent, name] = operation.split('.') as [string, string];
  const type =
    parent === 'Unit'
      ? schema.getType('Unit')
      : parent === 'Query'
        ? schema.getQueryType()
        : schema.getMutationType();
  const field = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name]!;
  const args = required(field.args);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a.name === 'unitId' ? hondat : sample(a.type)]),
  );
  const head = args.length ? `(${declare(args)})` : '';
  const invocation = `${name}${args.length ? `(${pass(args)})` : ''} ${selection(field)}`;
  const query =
    parent === 'Unit'
      ? `query${head} { unitByCode(code: "903", asOf: "2020-10-19") { ${invocation} } }`
      : `${parent === 'Query' ? 'query' : 'mutation'}${head} { ${invocation} }`;
  return { query, variables };
}

function operationsOf(typeName: 'Query' | 'Mutation') {
  const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.keys(type?.getFields() ?? {})
    .filter((name) => !name.startsWith('_'))
    .map((name) => `${typeName}.${name}`);
}

describe('the role × operation matrix', () => {
  it('has a rule for every query and mutation of the supergraph (a new operation without one fails here)', () => {
    const operations = [...operationsOf('Query'), ...operationsOf('Mutation')];
    expect(operations.filter((op) => !(op in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((op) => !op.startsWith('Unit.') && !operations.includes(op))).toEqual(
      [],
    );
  });

  it('lets each role do exactly what its rules allow, and no more', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const operation of Object.keys(RULES).sort()) {
      const rule = RULES[operation]!;
      const { query, variables } = call(operation);
      for (const [caller, token] of tokens) {
        cells += 1;
        const response = await platform.queryAs(token, query, variables);
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        const refusal = codes.find((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED');
        const allowed =
          rule === 'PUBLIC' || (caller !== 'ANONYMOUS' && (rule.length === 0 || rule.includes(caller)));
        const expected = allowed ? undefined : caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (refusal !== expected)
          mismatches.push(
            `${operation} as ${caller}: expected ${expected ?? 'allowed'}, got ${refusal ?? (codes.join(',') || 'ok')} (${response.errors?.[0]?.message ?? ''})`,
          );
      }
    }
    console.log(
      `access matrix: ${Object.keys(RULES).length} operations × ${tokens.size} callers = ${cells} cells checked`,
    );
    expect(mismatches).toEqual([]);
  });
});

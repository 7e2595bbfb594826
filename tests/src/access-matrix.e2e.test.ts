import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from './testkit/platform.js';

/** The reviewed matrix: what each caller may do, written by hand (see the file's introduction). */
const MATRIX_FILE = new URL('../../docs/access-matrix.md', import.meta.url);
/** The SDL of the subgraph that owns Unit: its fields are public reference data; the others' are rows of the matrix. */
const REGISTRY_SDL = new URL('../../schema/subgraphs/unit-registry.graphql', import.meta.url);

/** Who calls: a demo user of each role, and nobody. */
const CALLERS = {
  ADMIN: 'admin',
  INSPECTOR: 'thanhtra',
  UNIT_OFFICER: 'hondat',
  ANALYST: 'phantich',
  PARTNER: 'doitac',
  ANONYMOUS: null,
} as const;
type Caller = keyof typeof CALLERS;
const COLUMNS = Object.keys(CALLERS) as Caller[];

const ALLOWED = '✓';
const REFUSED = '✗';
const OWN_UNITS_ONLY = 'scope';
const CELLS = [ALLOWED, REFUSED, OWN_UNITS_ONLY];

/** Hòn Đất, the unit officer's own district, and Kiên Lương, a neighbouring one outside its tree (as of the 2020 visits). */
const OWN_UNIT = { code: '903', id: '' };
const OTHER_UNIT = { code: '902', id: '' };
const AS_OF = '2020-10-19';
type TestUnit = typeof OWN_UNIT;

type Matrix = Map<string, Record<Caller, string>>;

/** The rows of the file's table, each cell checked to be one the file's introduction defines. */
function readMatrix(markdown: string): Matrix {
  const cellsOf = (line: string) =>
    line
      .slice(1, line.lastIndexOf('|'))
      .split('|')
      .map((cell) => cell.trim().replaceAll('`', ''));
  const [header, , ...rows] = markdown.split('\n').filter((line) => line.startsWith('|'));
  const columns = cellsOf(header ?? '');
  expect(columns, `the header of ${MATRIX_FILE.pathname}`).toEqual(['operation', ...COLUMNS]);
  const matrix: Matrix = new Map();
  for (const row of rows) {
    const [operation = '', ...cells] = cellsOf(row);
    expect(
      cells.filter((cell) => !CELLS.includes(cell)),
      `the cells of ${operation}`,
    ).toEqual([]);
    expect(matrix.has(operation), `${operation} appears once`).toBe(false);
    matrix.set(
      operation,
      Object.fromEntries(COLUMNS.map((caller, i) => [caller, cells[i]])) as Record<Caller, string>,
    );
  }
  return matrix;
}

/** The matrix as the file writes it (columns padded as the formatter pads them), to compare a failing run with the file. */
function formatMatrix(matrix: Matrix): string {
  const rows = [
    ['operation', ...COLUMNS],
    ...[...matrix].map(([operation, cells]) => [operation, ...COLUMNS.map((caller) => cells[caller])]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header!), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

let platform: TestPlatform;
let schema: GraphQLSchema;
const tokens = new Map<Caller, string | null>();

beforeAll(async () => {
  // With the partner agency's subgraph: its rules are checked like the platform's own.
  platform = await startPlatform('e2e_access', { withPartners: true });
  const { data } = await platform.query(getIntrospectionQuery());
  schema = buildClientSchema(data as never);
  for (const [caller, username] of Object.entries(CALLERS))
    tokens.set(caller as Caller, username && (await platform.login(username)));
  for (const unit of [OWN_UNIT, OTHER_UNIT]) {
    const answer = await platform.query<{ unitByCode: { id: string } }>(
      `query($code: String!, $asOf: Date) { unitByCode(code: $code, asOf: $asOf) { id } }`,
      { code: unit.code, asOf: AS_OF },
    );
    unit.id = answer.data!.unitByCode.id;
  }
});
afterAll(() => platform?.stop());

/** A value of an input type that passes GraphQL validation (the resolver may still refuse it), on the given unit. */
function sample(type: GraphQLInputType, unit: TestUnit): unknown {
  if (isNonNullType(type)) return sample(type.ofType, unit);
  if (isListType(type)) return [sample(type.ofType, unit)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, f.name === 'unitId' ? unit.id : sample(f.type, unit)]),
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

/** The request that calls one operation (or one field added to Unit) with sample arguments, on the given unit. */
function call(operation: string, unit: TestUnit) {
  const [parent, name] = operation.split('.') as [string, string];
  const type = schema.getType(parent) as { getFields(): Record<string, GraphQLField<unknown, unknown>> };
  const field = type.getFields()[name]!;
  const args = required(field.args);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a.name === 'unitId' ? unit.id : sample(a.type, unit)]),
  );
  const head = args.length ? `(${declare(args)})` : '';
  const invocation = `${name}${args.length ? `(${pass(args)})` : ''} ${selection(field)}`;
  const query =
    parent === 'Unit'
      ? `query${head} { unitByCode(code: "${unit.code}", asOf: "${AS_OF}") { ${invocation} } }`
      : `${parent === 'Query' ? 'query' : 'mutation'}${head} { ${invocation} }`;
  return { query, variables };
}

/** Every query and mutation of the supergraph, and every field that a subgraph other than the registry adds to Unit. */
function supergraphOperations(): string[] {
  const registryUnit = parse(readFileSync(REGISTRY_SDL, 'utf8')).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Unit',
  );
  const registryFields = new Set(registryUnit?.fields?.map((f) => f.name.value));
  const fieldsOf = (typeName: 'Query' | 'Mutation' | 'Unit') =>
    Object.keys((schema.getType(typeName) as { getFields(): object }).getFields())
      .filter((name) => !name.startsWith('_') && !(typeName === 'Unit' && registryFields.has(name)))
      .map((name) => `${typeName}.${name}`);
  return [...fieldsOf('Query'), ...fieldsOf('Mutation'), ...fieldsOf('Unit')].sort();
}

/** What the platform answers one caller on one unit: allowed, or the code of its refusal, with its message. */
async function attempt(operation: string, caller: Caller, unit: TestUnit) {
  const { query, variables } = call(operation, unit);
  const response = await platform.queryAs(tokens.get(caller) ?? null, query, variables);
  const refusal = response.errors?.find((e) =>
    ['FORBIDDEN', 'UNAUTHENTICATED'].includes(e.extensions?.code ?? ''),
  );
  return { refused: Boolean(refusal), code: refusal?.extensions?.code, message: refusal?.message ?? '' };
}

/** One cell of the live matrix: the operation called on the caller's own unit and, when it takes a unit, on another. */
async function probe(operation: string, caller: Caller) {
  const own = await attempt(operation, caller, OWN_UNIT);
  const takesUnit = JSON.stringify(call(operation, OWN_UNIT)) !== JSON.stringify(call(operation, OTHER_UNIT));
  const other = takesUnit ? await attempt(operation, caller, OTHER_UNIT) : own;
  const cell = !own.refused
    ? other.refused
      ? OWN_UNITS_ONLY
      : ALLOWED
    : other.refused
      ? REFUSED
      : 'refused on its own unit, allowed on another';
  // A refusal says why: no token is UNAUTHENTICATED, a token without the right is FORBIDDEN.
  const expectedCode = caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  const wrongCode = [own, other].find((answer) => answer.refused && answer.code !== expectedCode);
  return {
    cell,
    detail: [own, other].find((answer) => answer.refused)?.message ?? '',
    wrongCode: wrongCode && `refused with ${wrongCode.code}, not ${expectedCode} (${wrongCode.message})`,
  };
}

describe('the role × operation matrix (docs/access-matrix.md)', () => {
  it('has a row for every query, mutation and contributed Unit field of the supergraph, and no other', () => {
    const documented = [...readMatrix(readFileSync(MATRIX_FILE, 'utf8')).keys()];
    const operations = supergraphOperations();
    expect(
      operations.filter((op) => !documented.includes(op)),
      'operations without a row',
    ).toEqual([]);
    expect(
      documented.filter((op) => !operations.includes(op)),
      'rows for no operation',
    ).toEqual([]);
  });

  it('lets each caller do exactly what its cells say, refusing with UNAUTHENTICATED or FORBIDDEN', async () => {
    const documented = readMatrix(readFileSync(MATRIX_FILE, 'utf8'));
    const live: Matrix = new Map();
    const mismatches: string[] = [];
    for (const operation of supergraphOperations()) {
      const cells = {} as Record<Caller, string>;
      for (const caller of COLUMNS) {
        const { cell, detail, wrongCode } = await probe(operation, caller);
        cells[caller] = cell;
        const expected = documented.get(operation)?.[caller];
        if (expected && cell !== expected)
          mismatches.push(
            `${operation} as ${caller}: the file says ${expected}, the platform ${cell}${detail && ` (${detail})`}`,
          );
        if (wrongCode) mismatches.push(`${operation} as ${caller}: ${wrongCode}`);
      }
      live.set(operation, cells);
      if (!documented.has(operation)) mismatches.push(`${operation}: no row in the file`);
    }
    if (mismatches.length) {
      const liveFile = join(tmpdir(), 'access-matrix.live.md');
      writeFileSync(liveFile, `${formatMatrix(live)}\n`);
      mismatches.push(`the platform's whole matrix, in the file's format: ${liveFile}`);
    }
    expect(mismatches).toEqual([]);
  });
});

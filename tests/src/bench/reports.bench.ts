import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startPlatform, type TestPlatform } from '../testkit/platform.js';

/**
 * The documents of the 2020 demo campaign (21 targets, 135 findings), downloaded from the gateway as a client
 * does, against a baseline in the same run: the GraphQL page of findings with their evidence and actions that
 * the documents are written from (the rest is the writing and the other queries).
 */
let platform: TestPlatform;
let planId = '';
let honDat = '';

beforeAll(async () => {
  platform = await startPlatform('bench_reports');
  const { data } = await platform.query<{
    inspectionPlans: { nodes: { id: string; targets: { unit: { id: string; code: string } }[] }[] };
  }>('{ inspectionPlans(filter: { year: 2020 }) { nodes { id targets { unit { id code } } } } }');
  const plan = data!.inspectionPlans.nodes[0]!;
  planId = plan.id;
  honDat = plan.targets.find((target) => target.unit.code === '903')!.unit.id;
}, 240_000);
afterAll(() => platform?.stop());

async function download(path: string): Promise<void> {
  const response = await fetch(`${platform.gateway.url}${path}`, {
    headers: { authorization: `Bearer ${platform.adminToken}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

const options = { time: 4000, warmupTime: 500 };

describe('the documents of the 2020 campaign', () => {
  bench(
    'baseline: the first 100 findings with evidence and actions (GraphQL)',
    async () => {
      const response = await platform.query(
        `query($id: ID!) { findings(filter: { planId: $id }, orderBy: AREA, first: 100) {
            nodes { id text unit { name } evidence { label value } evidenceReading { value } actions { deadline status } } } }`,
        { id: planId },
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    },
    options,
  );
  bench(
    'report of results (report.docx)',
    () => download(`/reports/inspection-plans/${planId}/report.docx`),
    options,
  );
  bench(
    'findings workbook (findings.xlsx)',
    () => download(`/reports/inspection-plans/${planId}/findings.xlsx`),
    options,
  );
  bench(
    'Hòn Đất’s conclusion notice (.docx)',
    () => download(`/reports/inspection-plans/${planId}/notices/${honDat}.docx`),
    options,
  );
});

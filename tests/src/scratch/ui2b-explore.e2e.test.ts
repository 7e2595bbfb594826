import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { startPlatform } from '../testkit/platform.js';

it('explore', async () => {
  const p = await startPlatform('explore_ui2b');
  try {
    const docs = JSON.parse(readFileSync('../frontends/shared/src/generated/persisted-documents.json', 'utf8'));
    const doc = Object.values(docs).find((d: any) => d.includes('query PrintFindings')) as string;
    const plans = await p.query<any>('{ inspectionPlans(first: 100) { nodes { id periodFrom targets { unit { id name } } } } }');
    const plan = plans.data.inspectionPlans.nodes.find((n: any) => n.periodFrom.startsWith('2020'));
    const unit = plan.targets.find((x: any) => x.unit.name === 'Thuận Yên').unit;
    const r = await p.query<any>(doc, { planId: plan.id, unitId: unit.id });
    console.log(JSON.stringify(r.errors ?? r.data.findings.totalCount));
  } finally {
    await p.stop();
  }
}, 300_000);

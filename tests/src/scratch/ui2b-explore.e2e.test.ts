import { it } from 'vitest';
import { startPlatform } from '../testkit/platform.js';

it('explore', async () => {
  const p = await startPlatform('explore_ui2b');
  try {
    const plans = await p.query<any>('{ inspectionPlans(first: 100) { nodes { id periodFrom } } }');
    const plan = plans.data.inspectionPlans.nodes.find((n: any) => n.periodFrom.startsWith('2020'));
    for (const first of [50, 100, 150, 200]) {
      const r = await p.query<any>(`query($planId: ID!) { findings(filter: { planId: $planId }, orderBy: AREA, first: ${first}) { totalCount nodes { id version kind severity text area { id code nameVi nameEn } criterion { id code nameVi nameEn } evidenceReading { indicatorCode value numerator denominator from to takenAt } evidence { label value unit } actions { id requiredAction deadline status version verifiedOn verificationNote responsibleUnit { id name } reports { id reportedOn text author attachments { fileName } } } } } }`, { planId: plan.id });
      console.log(first, JSON.stringify(r.errors ?? 'ok'));
    }
  } finally {
    await p.stop();
  }
}, 300_000);

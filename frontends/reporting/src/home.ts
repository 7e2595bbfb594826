interface PlanOfHome {
  year: number;
  status: string;
  leadUnit: { code: string; ancestors: { code: string }[] };
}

const CONCLUDED = new Set(['CONCLUDED', 'CLOSED']);

/**
 * Where the dashboard opens for users who see every unit: the year of the newest concluded campaign (the newest
 * plan's when none is concluded) and the province of its lead agency, by code (codes outlive the 2025 reform, so
 * the code finds the province on any date). Null without any plan.
 */
export function homeOf(plans: readonly PlanOfHome[]): { year: number; provinceCode: string } | null {
  const newestFirst = [...plans].sort((a, b) => b.year - a.year);
  const plan = newestFirst.find((candidate) => CONCLUDED.has(candidate.status)) ?? newestFirst[0];
  if (!plan) return null;
  // Ancestors run from the province down: the province is the first one, or the unit itself.
  return { year: plan.year, provinceCode: (plan.leadUnit.ancestors[0] ?? plan.leadUnit).code };
}

import type { SessionUser } from '@cchc/web-shared';

interface PlanWithTeam {
  team: { username?: string | null }[];
}

export const isOnTeam = (plan: PlanWithTeam, username: string) =>
  plan.team.some((member) => member.username === username);

/**
 * The plans a user records findings on: an inspector's own (their login is on the team); an administrator
 * sees every plan, their own first.
 */
export function plansOf<Plan extends PlanWithTeam>(plans: Plan[], user: SessionUser): Plan[] {
  const own = plans.filter((plan) => isOnTeam(plan, user.username));
  if (!user.roles.includes('ADMIN')) return own;
  return [...own, ...plans.filter((plan) => !isOnTeam(plan, user.username))];
}

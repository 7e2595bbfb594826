import type { SessionUser } from '@cchc/web-shared';
import { describe, expect, it } from 'vitest';
import { plansOf } from './plans.js';

const user = (username: string, roles: SessionUser['roles']): SessionUser => ({
  username,
  name: username,
  roles,
  unitId: null,
  expiresAt: 0,
});
const plans = [
  { id: 'other', team: [{ username: 'someone' }, { username: null }] },
  { id: 'mine', team: [{ username: 'thanhtra' }] },
  { id: 'empty', team: [] },
];

describe('the plans a user records findings on', () => {
  it('are an inspector’s own only', () => {
    expect(plansOf(plans, user('thanhtra', ['INSPECTOR'])).map((plan) => plan.id)).toEqual(['mine']);
    expect(plansOf(plans, user('nobody', ['INSPECTOR']))).toEqual([]);
  });

  it('are every plan for an administrator, their own first', () => {
    expect(plansOf(plans, user('thanhtra', ['ADMIN'])).map((plan) => plan.id)).toEqual([
      'mine',
      'other',
      'empty',
    ]);
  });
});

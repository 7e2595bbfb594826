import { describe, expect, it } from 'vitest';
import { SessionStore, userOfToken } from './session.js';

const base64url = (value: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const tokenWith = (claims: object) => `${base64url({ alg: 'ES256' })}.${base64url(claims)}.signature`;
const inAnHour = Math.floor(Date.now() / 1000) + 3600;

describe('the session', () => {
  it("reads the user, roles and unit scope from the token's claims, Vietnamese names included", () => {
    const token = tokenWith({
      preferred_username: 'hondat',
      name: 'Cán bộ Hòn Đất',
      roles: ['UNIT_OFFICER'],
      unit_id: 'u-903',
      exp: inAnHour,
    });
    expect(userOfToken(token)).toEqual({
      username: 'hondat',
      name: 'Cán bộ Hòn Đất',
      roles: ['UNIT_OFFICER'],
      unitId: 'u-903',
      expiresAt: inAnHour,
    });
  });

  it('refuses an expired token and ends the session when the platform refuses the token', () => {
    expect(userOfToken(tokenWith({ preferred_username: 'admin', exp: 1 }))).toBeNull();
    sessionStorage.setItem(
      'cchc.token',
      tokenWith({ preferred_username: 'admin', roles: ['ADMIN'], exp: inAnHour }),
    );
    const store = new SessionStore(sessionStorage);
    expect(store.hasRole('ADMIN')).toBe(true);
    store.expire();
    expect(store.getState()).toEqual({ token: null, user: null, endedBecause: 'expired' });
    expect(sessionStorage.getItem('cchc.token')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ownFirst } from './unit-notices.js';

const notice = (unitId: string, number: string) =>
  ({ number, unit: { id: unitId, fullName: unitId } }) as Parameters<typeof ownFirst>[0][number];

describe("a unit officer's notices", () => {
  it("come with the officer's own unit's first, then those of the units under it in the server's order", () => {
    const notices = [notice('commune', '14/TB'), notice('district', '03/TB'), notice('town', '15/TB')];
    expect(ownFirst(notices, 'district').map((n) => n.number)).toEqual(['03/TB', '14/TB', '15/TB']);
    expect(ownFirst(notices, 'elsewhere').map((n) => n.number)).toEqual(['14/TB', '03/TB', '15/TB']);
  });
});

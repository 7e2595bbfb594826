import { describeMigrationRoundTrip } from '@cchc/kit/testing';
import { migrations } from './schema.js';

describeMigrationRoundTrip('partner-staffing', {
  migrations,
  seeds: {
    CreateStaffing1764400000000: `
      INSERT INTO staffing (unit_id, year, approved_posts, staff_in_post, contract_staff)
      VALUES ('00000000-0000-4000-8000-0000000000a1', 2025, 42, 39, 3);`,
  },
  downsThatLoseData: ['CreateStaffing1764400000000'],
});

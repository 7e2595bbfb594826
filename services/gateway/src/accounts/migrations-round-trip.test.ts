import { describeMigrationRoundTrip } from '@cchc/kit/testing';
import { accountsMigrations } from './accounts-database.js';

describeMigrationRoundTrip('gateway-accounts', {
  migrations: accountsMigrations,
  seeds: {
    CreateAccounts1764300000000: `
      INSERT INTO users (username, name, roles, unit_code, unit_as_of, password_hash)
      VALUES ('can-bo.ha-tien', 'Nguyễn Văn An', '{UNIT_OFFICER}', '908', '2025-01-01', '$2b$10$notarealhash');
      INSERT INTO api_tokens (id, name, secret_sha256, roles, unit_id, created_by, expires_at, revoked_at, revoked_by,
        last_used_at)
      VALUES ('00000000-0000-4000-8000-0000000000c1', 'Power BI', '\\x00ff', '{ANALYST}', '908', 'admin',
        '2026-01-01', '2025-06-01', 'admin', '2025-05-31');`,
    LoginFailures1764400000000: `
      INSERT INTO login_failures (username, failures, last_failure_at, locked_until)
      VALUES ('can-bo.ha-tien', 6, '2025-05-31T08:00:00Z', '2025-05-31T08:15:00Z');`,
  },
  downsThatLoseData: ['CreateAccounts1764300000000', 'LoginFailures1764400000000'],
});

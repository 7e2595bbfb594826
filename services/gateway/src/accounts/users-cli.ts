import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { createLogger, databaseEnvironment, Role, readEnvironment } from '@cchc/kit';
import { z } from 'zod';
import { accountsDatabaseUrl, openAccountsDatabase } from './accounts-database.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHashing } from './password-hashing.js';
import { UserStore } from './user-store.js';

const USAGE = `Users of the built-in login (kept in the gateway's database: DATABASE_URL or GATEWAY_DATABASE_URL).
  npm run users -w @cchc/gateway -- set <username> --name "<full name>" --roles INSPECTOR[,ANALYST…]
        [--unit <official code> --as-of <YYYY-MM-DD>]      password from CCHC_PASSWORD, else from standard input
  npm run users -w @cchc/gateway -- disable <username>
  npm run users -w @cchc/gateway -- unlock <username>      after repeated failed logins (GET /auth/users/locked lists them)
Roles: ${Object.values(Role).join(', ')}. A UNIT_OFFICER needs --unit (and --as-of, the date its code is read at).`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      roles: { type: 'string' },
      unit: { type: 'string' },
      'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
    },
  });
  const [command, username] = positionals;
  if (!username || !['set', 'disable', 'unlock'].includes(command ?? '')) throw new Error(USAGE);
  const env = readEnvironment(z.object(databaseEnvironment('GATEWAY')), process.env);
  const database = await openAccountsDatabase(accountsDatabaseUrl(env), createLogger('users', 'warn'));
  try {
    const users = new UserStore(database);
    if (command === 'disable') {
      console.log((await users.disable(username)) ? `${username} disabled` : `no user ${username}`);
      return;
    }
    if (command === 'unlock') {
      const unlocked = await new LoginThrottle(database).unlock(username);
      console.log(unlocked ? `${username} unlocked` : `${username} had no failed logins`);
      return;
    }
    const password = process.env.CCHC_PASSWORD ?? (await text(process.stdin)).trim();
    if (password.length < 10) throw new Error('The password needs at least 10 characters');
    await users.save({
      username,
      name: values.name ?? '',
      roles: (values.roles ?? '').split(',').filter(Boolean) as Role[],
      unit: values.unit ? { code: values.unit, asOf: values['as-of'] } : null,
      passwordHash: await new PasswordHashing(1).hash(password),
    });
    console.log(`${username} saved`);
  } finally {
    await database.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error.message);
  process.exit(1);
});

import { useSyncExternalStore } from 'react';

export type Role = 'ADMIN' | 'INSPECTOR' | 'UNIT_OFFICER' | 'ANALYST' | 'PARTNER';

/** Who is logged in, read from the platform token's claims. */
export interface SessionUser {
  username: string;
  name: string;
  roles: Role[];
  /** A UNIT_OFFICER's unit: everything they see is that unit's tree. */
  unitId: string | null;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export interface SessionState {
  token: string | null;
  user: SessionUser | null;
  /** Why the user is on the login page again, when the platform sent them there. */
  endedBecause: 'expired' | null;
}

/** sessionStorage: the token goes away with the tab, and every application of the page shares it. */
const TOKEN_KEY = 'cchc.token';

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** The user a token names, or null for a token that cannot be read or has expired. */
export function userOfToken(token: string, nowSeconds = Date.now() / 1000): SessionUser | null {
  try {
    const claims = decodeClaims(token);
    const expiresAt = Number(claims.exp);
    if (!Number.isFinite(expiresAt) || expiresAt <= nowSeconds) return null;
    const username = String(claims.preferred_username ?? claims.sub ?? '');
    return {
      username,
      name: String(claims.name ?? username),
      roles: Array.isArray(claims.roles) ? (claims.roles as Role[]) : [],
      unitId: typeof claims.unit_id === 'string' ? claims.unit_id : null,
      expiresAt,
    };
  } catch {
    return null;
  }
}

export class LoginError extends Error {
  constructor(readonly reason: 'credentials' | 'network') {
    super(reason === 'credentials' ? 'Wrong username or password' : 'The platform cannot be reached');
  }
}

/** The page's one session: the shell logs in and out, every application reads it. */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly loginUrl = '/auth/token',
  ) {
    const token = storage.getItem(TOKEN_KEY);
    const user = token ? userOfToken(token) : null;
    this.state = { token: user ? token : null, user, endedBecause: null };
    if (!user) storage.removeItem(TOKEN_KEY);
    this.scheduleExpiry();
  }

  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  hasRole(...roles: Role[]): boolean {
    return roles.some((role) => this.state.user?.roles.includes(role));
  }

  async login(username: string, password: string): Promise<SessionUser> {
    let response: Response;
    try {
      response = await fetch(this.loginUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      throw new LoginError('network');
    }
    if (response.status === 401 || response.status === 400) throw new LoginError('credentials');
    if (!response.ok) throw new LoginError('network');
    const { access_token: token } = (await response.json()) as { access_token: string };
    const user = userOfToken(token);
    if (!user) throw new LoginError('credentials');
    this.storage.setItem(TOKEN_KEY, token);
    this.update({ token, user, endedBecause: null });
    return user;
  }

  logout(): void {
    this.end(null);
  }

  /** The platform refused the token (expired, revoked): back to the login page, saying why. */
  expire(): void {
    if (this.state.token) this.end('expired');
  }

  private end(reason: SessionState['endedBecause']): void {
    this.storage.removeItem(TOKEN_KEY);
    this.update({ token: null, user: null, endedBecause: reason });
  }

  private update(state: SessionState): void {
    this.state = state;
    this.scheduleExpiry();
    for (const listener of this.listeners) listener();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    const expiresAt = this.state.user?.expiresAt;
    if (!expiresAt) return;
    // setTimeout holds at most about 24.8 days; tokens last hours.
    const delay = Math.min(expiresAt * 1000 - Date.now(), 2 ** 31 - 1);
    this.expiryTimer = setTimeout(() => this.expire(), Math.max(delay, 0));
  }
}

export const session = new SessionStore(globalThis.sessionStorage);

/** The current session, re-rendering when it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}

import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '@/config';
import type { AccessToken, Account } from '@/lib/api/types';

export type Session = { token: string; expiresAt: number; account: Account };

const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEYS.session);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function emit() {
  listeners.forEach((l) => l());
}

export const sessionStore = {
  get: () => current,
  set(session: Session | null) {
    current = session;
    if (session) localStorage.setItem(STORAGE_KEYS.session, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEYS.session);
    emit();
  },
  /** A session from a token the API just issued (login, password change). */
  start(token: AccessToken) {
    this.set({ token: token.accessToken, expiresAt: Date.now() + token.expiresIn * 1000, account: token.account });
  },
  updateAccount(account: Account) {
    if (current) this.set({ ...current, account });
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Re-reads the storage (tests start each case from a clean one). */
  reload() {
    current = read();
    emit();
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

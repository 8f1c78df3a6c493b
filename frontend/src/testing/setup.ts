import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { sessionStore } from '@/lib/auth/session';

beforeEach(async () => {
  localStorage.clear();
  sessionStore.reload();
  await i18n.changeLanguage('fr');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});

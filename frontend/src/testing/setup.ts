import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { sessionStore } from '@/lib/auth/session';

// findBy*/waitFor give a slow, shared machine time to render (they return as soon as the element is there).
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  sessionStore.reload();
  await i18n.changeLanguage('fr');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});

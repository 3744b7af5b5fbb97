import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { applyLanguage } from '../../client/src/i18n';
import { setCsrfToken } from '../../client/src/lib/http';

// Route pages are lazy chunks; the first import of one is transformed on demand.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
  await applyLanguage('en');
  localStorage.clear();
});

import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { api } from './client';

describe('the API client', () => {
  it('asks every answer in the interface language (Accept-Language), following a change of language', async () => {
    const { fetchMock } = mockApi({ 'GET /api/editions/current': {}, 'GET /api/editions': [] });
    const sent = () => (fetchMock.mock.calls.at(-1)![0] as Request).headers.get('Accept-Language');

    await api.GET('/api/editions/current');
    expect(sent()).toBe('fr');
    await i18n.changeLanguage('ar');
    await api.GET('/api/editions/current');
    expect(sent()).toBe('ar');
    await i18n.changeLanguage('en');
    await api.GET('/api/editions', {});
    expect(sent()).toBe('en');
  });
});

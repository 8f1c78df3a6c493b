import i18n from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download, filenameFromDisposition } from './download';

/** The header the API sends (ma.innovatice.common.web.ContentDisposition): an ASCII fallback, then the exact name. */
const header = (name: string, fallback: string) => `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

describe('the file name of a download', () => {
  it('takes the UTF-8 name over the ASCII fallback, so an Arabic name comes back whole', () => {
    const arabic = 'مشروع القسم (نسخة 2).pdf';
    expect(filenameFromDisposition(header(arabic, '_____ _____ (____ 2).pdf'))).toBe(arabic);
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent('plan de séance.pdf')}; filename="plan de seance.pdf"`))
      .toBe('plan de séance.pdf');
  });

  it('reads a language tag, any letter case and an ISO-8859-1 name', () => {
    expect(filenameFromDisposition("ATTACHMENT; FILENAME*=utf-8'ar'%D8%B4%D9%87%D8%A7%D8%AF%D8%A9.pdf")).toBe('شهادة.pdf');
    expect(filenameFromDisposition("attachment; filename*=iso-8859-1''s%E9ance.csv")).toBe('séance.csv');
  });

  it('falls back to the plain name, unquoted, when there is no readable UTF-8 name', () => {
    expect(filenameFromDisposition('attachment; filename="rapport \\"final\\".pdf"')).toBe('rapport "final".pdf');
    expect(filenameFromDisposition('attachment; filename=ranking-edition-3.csv')).toBe('ranking-edition-3.csv');
    expect(filenameFromDisposition("attachment; filename=\"a.pdf\"; filename*=UTF-8''%E0%A4%A")).toBe('a.pdf');
    expect(filenameFromDisposition('attachment; name="x"; filename=";.pdf"')).toBe(';.pdf');
  });

  it('gives nothing when the header names no file', () => {
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition('attachment; filename=""')).toBeNull();
  });
});

describe('download', () => {
  const created = vi.fn((_blob: Blob) => 'blob:saved');
  beforeEach(() => {
    // jsdom has no object URLs
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('saves the Blob under the Arabic name the server sent', async () => {
    const arabic = 'صورة الفصل.png';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Uint8Array([1, 2, 3]), {
      headers: { 'Content-Type': 'image/png', 'Content-Disposition': header(arabic, '____ _____.png') },
    })));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await download('/api/submissions/5/attachments/9', 'fichier');
    expect(saved).toEqual([arabic]);
    expect(created.mock.calls[0][0].size).toBe(3);
  });

  it('keeps the fallback name when the server gives none', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('a;b', { headers: { 'Content-Type': 'text/csv' } })));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await i18n.changeLanguage('ar');
    await download('/api/submissions/export?editionId=3', 'projets-3.csv');
    expect(saved).toEqual(['projets-3.csv']);
    // The export's titles come in the interface's language.
    const init = (fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls[0][1];
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('ar');
    await i18n.changeLanguage('fr');
  });
});

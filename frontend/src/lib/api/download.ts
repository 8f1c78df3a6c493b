import i18n from 'i18next';
import { sessionStore } from '@/lib/auth/session';
import { toApiError } from './problem';

/** `name=value` parameters after the disposition type; a value is a token or a quoted string. */
const PARAMETER = /;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;

/** The value of an RFC 8187 extended parameter (`UTF-8'lang'%E2%82%AC`), or null when it cannot be read. */
function extendedValue(value: string): string | null {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value.trim());
  if (!match) return null;
  const [, charset, encoded] = match;
  try {
    if (/^utf-8$/i.test(charset)) return decodeURIComponent(encoded);
    if (/^iso-8859-1$/i.test(charset)) return encoded.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    // a broken percent sequence: fall back to the plain `filename`
  }
  return null;
}

/**
 * The file name a Content-Disposition header gives (RFC 6266): `filename*` (any language, UTF-8)
 * first, then the plain `filename` (an ASCII fallback for old clients); null when it gives none.
 */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  let plain: string | null = null;
  let extended: string | null = null;
  for (const [, rawName, rawValue] of header.matchAll(PARAMETER)) {
    const name = rawName.toLowerCase();
    const value = rawValue.trim();
    if (name === 'filename*' && extended === null) {
      extended = extendedValue(value);
    } else if (name === 'filename' && plain === null) {
      plain = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
    }
  }
  const chosen = extended ?? plain;
  return chosen && chosen.trim() ? chosen : null;
}

/** Saves a Blob under a name, through a temporary link (the way a browser saves a download). */
export function saveBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Downloads a binary answer (CSV, PDF, evidence) with the bearer token and saves it under the name
 * its Content-Disposition gives, else `fallbackName`; asks for the interface's language. Every download of the client goes through here.
 */
export async function download(url: string, fallbackName: string): Promise<void> {
  const session = sessionStore.get();
  // An export's column titles and yes/no cells are in the language asked: the interface's.
  const headers: Record<string, string> = { 'Accept-Language': i18n.language || 'fr' };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  const response = await fetch(url, { headers });
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  saveBlob(blob, filenameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName);
}

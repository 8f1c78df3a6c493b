/**
 * The client's copy of the server's matching (IdentityScanner), for the administrator's preview:
 * words are runs of letters and digits, compared without case, accents or other marks; a term is
 * a sequence of whole words. Used on texts an administrator is editing (at most 20000 characters).
 */
export type Piece = { text: string; mark: boolean };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

const fold = (word: string) => word.normalize('NFKD').replace(/[\p{M}\u0640]/gu, '').toLowerCase();

type Word = { folded: string; start: number; end: number };

const words = (text: string): Word[] =>
  Array.from(text.matchAll(WORD), (m) => ({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((w) => w.folded.length > 0);

/** Where the terms appear in the text: [start, end) ranges, in order, without overlap (the longest term wins). */
export function ranges(text: string, terms: string[]): [number, number][] {
  const wanted = terms.map((t) => words(t).map((w) => w.folded)).filter((t) => t.length > 0);
  const found: [number, number][] = [];
  const ws = words(text);
  let i = 0;
  while (i < ws.length) {
    let best = 0;
    for (const term of wanted) {
      if (term.length > best && i + term.length <= ws.length && term.every((w, k) => ws[i + k].folded === w)) best = term.length;
    }
    if (best === 0) {
      i += 1;
    } else {
      found.push([ws[i].start, ws[i + best - 1].end]);
      i += best;
    }
  }
  return found;
}

/** The text cut into marked (a term) and unmarked pieces. */
export function highlight(text: string, terms: string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of ranges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** The text with every term replaced by `mask`. */
export function maskAll(text: string, terms: string[], mask: string): string {
  return highlight(text, terms).map((p) => (p.mark ? mask : p.text)).join('');
}

/**
 * A sort key whose plain binary order ("C" collation) equals Hungarian alphabetical order
 * (Intl.Collator('hu')): cs, dz, dzs, gy, ly, ny, sz, ty, zs are letters of their own, ö/ő come
 * after o/ó, ü/ű after u/ú, and long vowels differ from short ones only when all else is equal.
 * Why: PGlite has no Hungarian ICU tailoring, and lists must page in the database on both engines.
 * Doubled digraphs (ssz = sz + sz, ggy = gy + gy, …) are expanded as in the Hungarian rules.
 */
const letters = [
  'a', 'b', 'c', 'cs', 'd', 'dz', 'dzs', 'e', 'f', 'g', 'gy', 'h', 'i', 'j', 'k', 'l', 'ly', 'm', 'n', 'ny',
  'o', 'ö', 'p', 'q', 'r', 's', 'sz', 't', 'ty', 'u', 'ü', 'v', 'w', 'x', 'y', 'z', 'zs',
];
/** Base letter and accent rank for every accented vowel (secondary level). */
const vowelFolds: Record<string, [string, number]> = {
  á: ['a', 1], é: ['e', 1], í: ['i', 1], ó: ['o', 1], ő: ['ö', 1], ú: ['u', 1], ű: ['ü', 1],
  à: ['a', 2], â: ['a', 2], ä: ['a', 3], è: ['e', 2], ê: ['e', 2], ë: ['e', 3], ô: ['o', 2], õ: ['o', 2], ù: ['u', 2], û: ['u', 2],
};
const digraphs = ['dzs', 'cs', 'dz', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs'];
const primaryOf = new Map<string, number>(letters.map((l, i) => [l, i]));

// Code points: 0x21.. for punctuation/space classes, digits next, then letters; all single-byte ASCII.
const SPACE = 0x21;
const PUNCT = 0x22;
const DIGIT0 = 0x23;
const LETTER0 = DIGIT0 + 10;
const OTHER = 0x7e;

type Unit = { primary: number; secondary: number; tertiary: number };

function units(input: string): Unit[] {
  const s = input.normalize('NFC');
  const out: Unit[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    const lower = ch.toLowerCase();
    const upper = ch !== lower ? 1 : 0;
    // Doubled digraph: "ssz" → sz + sz, "ddzs" → dzs + dzs.
    let matched = false;
    for (const d of digraphs) {
      const first = d[0] as string;
      const slice = s.slice(i, i + d.length).toLowerCase();
      if (slice === d) {
        const code = LETTER0 + (primaryOf.get(d) as number);
        out.push({ primary: code, secondary: 0, tertiary: upper });
        i += d.length;
        matched = true;
        break;
      }
      const doubled = s.slice(i, i + d.length + 1).toLowerCase();
      if (doubled === first + d) {
        const code = LETTER0 + (primaryOf.get(d) as number);
        out.push({ primary: code, secondary: 0, tertiary: upper }, { primary: code, secondary: 0, tertiary: 0 });
        i += d.length + 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    i += 1;
    const fold = vowelFolds[lower];
    const base = fold ? fold[0] : lower;
    const secondary = fold ? fold[1] : 0;
    const letter = primaryOf.get(base);
    if (letter !== undefined) out.push({ primary: LETTER0 + letter, secondary, tertiary: upper });
    else if (/\d/.test(base)) out.push({ primary: DIGIT0 + Number(base), secondary: 0, tertiary: 0 });
    else if (/\s/.test(base)) out.push({ primary: SPACE, secondary: 0, tertiary: 0 });
    else if (/[\p{P}\p{S}]/u.test(base)) out.push({ primary: PUNCT, secondary: 0, tertiary: 0 });
    else {
      // Letters outside the Hungarian alphabet: strip the accent and sort as the base letter.
      const stripped = base.normalize('NFD').replace(/\p{M}/gu, '');
      const idx = primaryOf.get(stripped);
      out.push({ primary: idx !== undefined ? LETTER0 + idx : OTHER, secondary: idx !== undefined ? 4 : 0, tertiary: upper });
    }
  }
  return out;
}

export function hungarianSortKey(input: string): string {
  const u = units(input.trim());
  const level = (pick: (x: Unit) => number, offset: number) =>
    String.fromCharCode(...u.map((x) => offset + pick(x)));
  // Levels separated by a byte lower than any unit, so "abc" sorts before "abcd".
  return `${level((x) => x.primary, 0)}\u0001${level((x) => x.secondary, 0x21)}\u0001${level((x) => x.tertiary, 0x21)}`;
}

export function compareHungarian(a: string, b: string): number {
  const ka = hungarianSortKey(a);
  const kb = hungarianSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

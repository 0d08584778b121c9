/**
 * A sort key whose plain binary order ("C" collation) equals Hungarian alphabetical order
 * (Intl.Collator('hu')): cs, dz, dzs, gy, ly, ny, sz, ty, zs are letters of their own, ö/ő come
 * after o/ó, ü/ű after u/ú, and long vowels differ from short ones only when all else is equal.
 * Why: PGlite has no Hungarian ICU tailoring, and lists must page in the database on both engines.
 * Doubled digraphs (ssz = sz + sz, ggy = gy + gy, …) are expanded as in the Hungarian rules; like
 * CLDR's `&sz<<<ssz/sz`, the doubled spelling sorts just after the digraph written twice.
 */
const letters = [
  'a',
  'b',
  'c',
  'cs',
  'd',
  'dz',
  'dzs',
  'e',
  'f',
  'g',
  'gy',
  'h',
  'i',
  'j',
  'k',
  'l',
  'ly',
  'm',
  'n',
  'ny',
  'o',
  'ö',
  'p',
  'q',
  'r',
  's',
  'sz',
  't',
  'ty',
  'u',
  'ü',
  'v',
  'w',
  'x',
  'y',
  'z',
  'zs',
];
/** Base letter and accent rank for every accented vowel (secondary level). */
const vowelFolds: Record<string, [string, number]> = {
  á: ['a', 1],
  é: ['e', 1],
  í: ['i', 1],
  ó: ['o', 1],
  ő: ['ö', 1],
  ú: ['u', 1],
  ű: ['ü', 1],
  à: ['a', 2],
  â: ['a', 2],
  ä: ['a', 3],
  è: ['e', 2],
  ê: ['e', 2],
  ë: ['e', 3],
  ô: ['o', 2],
  õ: ['o', 2],
  ù: ['u', 2],
  û: ['u', 2],
};
/** Longest first, so "dzs" wins over "dz". */
const digraphs = ['dzs', 'cs', 'dz', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs'];
const primaryOf = new Map<string, number>(letters.map((l, i) => [l, i]));

/**
 * Spaces, punctuation and symbols in the order Intl.Collator('hu') gives them (CLDR root,
 * "non-ignorable"): all before digits, each with its own weight. Anything else that is neither a
 * letter nor a digit sorts after these.
 */
const punctuationOrder = '\t\n _-–—,;:!?.\'"«»()[]{}§@*/\\&#%`^°+×<=>|~$€';
const punctuationOf = new Map<string, number>([...punctuationOrder].map((ch, i) => [ch, i]));
/** Typographic variants weigh as their plain mark and differ only at the case level, as in ICU. */
const punctuationVariants: Record<string, { base: string; tertiary: number }> = {
  '\u00a0': { base: ' ', tertiary: 1 },
  '‘': { base: "'", tertiary: 1 },
  '’': { base: "'", tertiary: 2 },
  '“': { base: '"', tertiary: 1 },
  '”': { base: '"', tertiary: 2 },
  '„': { base: '"', tertiary: 3 },
};

// Primary code points: punctuation from 0x21, digits next, then letters; all single-byte ASCII.
const PUNCT0 = 0x21;
const OTHER_PUNCT = PUNCT0 + punctuationOrder.length;
const DIGIT0 = OTHER_PUNCT + 1;
const LETTER0 = DIGIT0 + 10;
const OTHER = LETTER0 + letters.length;

/**
 * Tertiary (case) weights. A digraph has three spellings (cs, Cs, CS); mixed ones such as "cS" are
 * two letters. The doubled spelling (ccs, Ccs, CCS) sorts right after the matching single one.
 */
const LOWER = 0;
const UPPER = 2;
const caseOfDigraph = { lower: 0, capital: 2, allCaps: 4 } as const;

type Unit = { primary: number; secondary: number; tertiary: number };

function spellingOf(surface: string, lower: string): keyof typeof caseOfDigraph | undefined {
  if (surface === lower) return 'lower';
  if (surface === lower.toUpperCase()) return 'allCaps';
  if (surface === (lower[0] as string).toUpperCase() + lower.slice(1)) return 'capital';
  return undefined;
}

/** A digraph (or a doubled digraph) starting at i, as ICU's Hungarian contractions read it. */
function digraphAt(s: string, i: number): { units: Unit[]; length: number } | undefined {
  for (const d of digraphs) {
    const primary = LETTER0 + (primaryOf.get(d) as number);
    const doubled = s.slice(i, i + d.length + 1);
    const doubledSpelling = spellingOf(doubled, (d[0] as string) + d);
    if (doubled.length === d.length + 1 && doubledSpelling) {
      // "ssz" = sz + sz; "SSZ" = SZ + SZ; "Ssz" = Sz + sz.
      const second = doubledSpelling === 'allCaps' ? caseOfDigraph.allCaps : caseOfDigraph.lower;
      return {
        units: [
          { primary, secondary: 0, tertiary: caseOfDigraph[doubledSpelling] + 1 },
          { primary, secondary: 0, tertiary: second },
        ],
        length: d.length + 1,
      };
    }
    const spelling = spellingOf(s.slice(i, i + d.length), d);
    if (spelling) return { units: [{ primary, secondary: 0, tertiary: caseOfDigraph[spelling] }], length: d.length };
  }
  return undefined;
}

function units(input: string): Unit[] {
  const s = input.normalize('NFC');
  const out: Unit[] = [];
  let i = 0;
  while (i < s.length) {
    const digraph = digraphAt(s, i);
    if (digraph) {
      out.push(...digraph.units);
      i += digraph.length;
      continue;
    }
    const ch = s[i] as string;
    i += 1;
    const lower = ch.toLowerCase();
    const tertiary = ch !== lower ? UPPER : LOWER;
    const fold = vowelFolds[lower];
    const base = fold ? fold[0] : lower;
    const secondary = fold ? fold[1] : 0;
    const letter = primaryOf.get(base);
    const variant = punctuationVariants[ch];
    const punctuation = punctuationOf.get(variant ? variant.base : ch);
    if (ch === '…') {
      // The ellipsis weighs as three full stops.
      const dot = PUNCT0 + (punctuationOf.get('.') as number);
      out.push(...[1, 2, 3].map(() => ({ primary: dot, secondary: 0, tertiary: 1 })));
    } else if (letter !== undefined) out.push({ primary: LETTER0 + letter, secondary, tertiary });
    else if (/\d/.test(base)) out.push({ primary: DIGIT0 + Number(base), secondary: 0, tertiary: 0 });
    else if (punctuation !== undefined) out.push({ primary: PUNCT0 + punctuation, secondary: 0, tertiary: variant?.tertiary ?? 0 });
    else if (/[\s\p{P}\p{S}]/u.test(base)) out.push({ primary: OTHER_PUNCT, secondary: 0, tertiary: 0 });
    else {
      // Letters outside the Hungarian alphabet: strip the accent and sort as the base letter.
      const stripped = base.normalize('NFD').replace(/\p{M}/gu, '');
      const idx = primaryOf.get(stripped);
      out.push({ primary: idx !== undefined ? LETTER0 + idx : OTHER, secondary: idx !== undefined ? 4 : 0, tertiary });
    }
  }
  return out;
}

export function hungarianSortKey(input: string): string {
  // No trimming: the collator does not ignore leading spaces either; callers store trimmed names.
  const u = units(input);
  const level = (pick: (x: Unit) => number, offset: number) => String.fromCharCode(...u.map((x) => offset + pick(x)));
  // Levels separated by a byte lower than any unit, so "abc" sorts before "abcd".
  return `${level((x) => x.primary, 0)}\u0001${level((x) => x.secondary, 0x21)}\u0001${level((x) => x.tertiary, 0x21)}`;
}

export function compareHungarian(a: string, b: string): number {
  const ka = hungarianSortKey(a);
  const kb = hungarianSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

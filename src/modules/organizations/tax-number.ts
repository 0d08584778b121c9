/**
 * Hungarian tax number (adószám) of an organization: "12345678-1-12".
 * - 8 digits: the törzsszám, whose 8th digit is a check digit: the first seven digits weighted
 *   9, 7, 3, 1, 9, 7, 3; the check digit is (10 − sum mod 10) mod 10 (e.g. 10773381, 10625790).
 * - 1 digit: the VAT code (áfakód), 1–5.
 * - 2 digits: the tax authority's regional code: 02–20 (counties), 22 (Budapest), 41–44
 *   (Budapest and large taxpayers' directorates), 51 (priority cases).
 * Spaces are allowed and the hyphens may be left out when typing; we store the hyphenated form.
 */
const weights = [9, 7, 3, 1, 9, 7, 3];
const regionalCodes = new Set([...Array.from({ length: 19 }, (_, i) => String(i + 2).padStart(2, '0')), '22', '41', '42', '43', '44', '51']);

export function normaliseTaxNumber(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const formatted = `${digits.slice(0, 8)}-${digits.slice(8, 9)}-${digits.slice(9)}`;
  // Only the canonical layouts: "12345678-1-12" or all eleven digits in a row.
  if (!/^\d{8}-?\d-?\d{2}$/.test(text.replace(/\s/g, ''))) return null;
  return isValidTaxNumber(formatted) ? formatted : null;
}

export function isValidTaxNumber(formatted: string): boolean {
  const m = /^(\d{8})-([1-5])-(\d{2})$/.exec(formatted);
  if (!m) return false;
  const base = m[1] as string;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
  if ((10 - (sum % 10)) % 10 !== Number(base[7])) return false;
  return regionalCodes.has(m[3] as string);
}

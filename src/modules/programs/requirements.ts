/**
 * A thematic program's own eligibility rules, added to the common ones (ADR 025). They are turned
 * into requirements the common eligibility check already reads on every path (apply, referral,
 * invitation, matching, team sign-up, ward roster): a minimum age, and for a hospital program three
 * required qualifications of each of its opportunities:
 * - the induction training's qualification (granted by the trainings module on completion, with its expiry);
 * - the signed confidentiality declaration (granted when staff record the signing day, no expiry);
 * - the health-fitness check (granted when staff record a "fit" status and its day, valid for
 *   `health_valid_months`; status and date only, never the document: HUNGARY.md §4).
 * Köt. 4. § (2): where an activity needs health fitness or a qualification, the volunteer must meet it.
 */

export type ProgramRules = {
  kind: string;
  /** The program's slug: fixed once created, so the qualification names below stay stable. */
  slug: string;
  minAge: number | null;
  inductionQualification: string | null;
  healthValidMonths: number | null;
};

/** The qualification a signed confidentiality declaration of this program grants. */
export function confidentialityQualificationName(slug: string): string {
  return `Titoktartási nyilatkozat (${slug})`;
}

/** The qualification a recorded health-fitness check for this program grants. */
export function healthFitnessQualificationName(slug: string): string {
  return `Egészségügyi alkalmasság (${slug})`;
}

/** The requirements a program adds to each of its opportunities. */
export function programRequirements(program: ProgramRules): { minAge: number | null; qualifications: string[] } {
  const qualifications: string[] = [];
  if (program.kind === 'hospital') {
    const induction = program.inductionQualification?.trim();
    if (induction) qualifications.push(induction);
    qualifications.push(confidentialityQualificationName(program.slug));
    qualifications.push(healthFitnessQualificationName(program.slug));
  }
  return { minAge: program.minAge, qualifications };
}

/**
 * The day a health-fitness check recorded on `checkedOn` stops being valid (its last valid day), or
 * null when the program sets no validity (then it does not expire).
 */
export function healthFitnessValidUntil(checkedOn: string, validMonths: number | null): string | null {
  if (validMonths == null) return null;
  const [y, m, d] = checkedOn.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + validMonths, d));
  // 2026-01-31 + 1 month: JavaScript rolls to 03-03; the check is valid to the month's last day instead.
  if (end.getUTCDate() !== d) end.setUTCDate(0);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/**
 * The opportunity's required qualifications after its programs' rules: its own ones (what it required
 * minus what programs had added before), plus every program's. Returns the new list and, per program,
 * what that program added (kept on program_opportunities.added_qualifications).
 */
export function withProgramQualifications(
  required: readonly string[],
  previouslyAdded: readonly string[],
  programs: readonly { programId: string; rules: ProgramRules }[],
): { required: string[]; addedByProgram: Map<string, string[]> } {
  const added = new Set(previouslyAdded);
  const own = required.filter((q) => !added.has(q));
  const result = [...own];
  const addedByProgram = new Map<string, string[]>();
  for (const p of programs) {
    const mine: string[] = [];
    for (const q of programRequirements(p.rules).qualifications) {
      if (own.includes(q)) continue;
      mine.push(q);
      if (!result.includes(q)) result.push(q);
    }
    addedByProgram.set(p.programId, mine);
  }
  return { required: result, addedByProgram };
}

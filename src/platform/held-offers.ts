import type { Database, Tx } from '../db/database.js';

/*
 * What every waitlist whose freed seat is offered and held for a while shares (a shift's in
 * placements, a training session's in trainings): how long the hold lasts, and the background step
 * that lets lapsed offers go and passes their seats on. The modules keep what is their own (which
 * rows, the mails, the audit entries).
 */

/** An offer holds the seat for `holdHours`, but never past the start of what the seat is for. */
export function offerHoldEnd(now: Date, startsAt: Date, holdHours: number): Date {
  return new Date(Math.min(now.getTime() + holdHours * 3_600_000, startsAt.getTime()));
}

/** One waitlist's rows, as the expiry step needs them (`parent`: the shift or session holding the seats). */
export type LapsedOfferSteps = {
  /** The parents with an offer whose hold ended, a batch at a time. */
  dueParents(): Promise<string[]>;
  /** Locks the parent FOR UPDATE SKIP LOCKED; false when another process or a sign-up holds it. */
  claimParent(tx: Tx, parentId: string): Promise<boolean>;
  /** The parent's lapsed offers, read again (and locked) under the parent's lock. */
  lapsedOffers(tx: Tx, parentId: string): Promise<string[]>;
  /** One offer lapses: its seat is freed and the person told. */
  lapse(tx: Tx, offerId: string, parentId: string): Promise<void>;
  /** The freed seats go to the next on the waitlist. */
  offerFreeSeats(tx: Tx, parentId: string): Promise<unknown>;
};

/**
 * The background job's step: every offer whose hold ended lapses and its seat is offered to the next
 * on the waitlist. Safe in several processes: each parent is claimed SKIP LOCKED in its own
 * transaction (one another process or a sign-up holds is left for the next tick), and the lapsed
 * offers are read again under that lock, so a second run finds nothing to do. Returns how many lapsed.
 */
export async function expireLapsedOffers(db: Database, steps: LapsedOfferSteps): Promise<number> {
  let expired = 0;
  for (const parentId of await steps.dueParents()) {
    expired += await db.transaction(async (tx) => {
      if (!(await steps.claimParent(tx, parentId))) return 0;
      const lapsed = await steps.lapsedOffers(tx, parentId);
      for (const offerId of lapsed) await steps.lapse(tx, offerId, parentId);
      await steps.offerFreeSeats(tx, parentId);
      return lapsed.length;
    });
  }
  return expired;
}

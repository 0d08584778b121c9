import type { Queryable } from '../../db/database.js';
import { buildPublishedIndex, type PublishedIndex, putOpportunity, removeOpportunity } from './published-index.js';
import {
  findAllEntries,
  findChangedEntries,
  findLatestSearchChangeSeqs,
  findSearchChanges,
  pruneSearchChanges,
  type SearchChangeRow,
} from './published-index-repo.js';

/**
 * The in-process index of published opportunities, one per database handle, kept in step with the
 * database through the change log (migration 0018, ADR 021).
 *
 * Before a search is answered from the index, the index reads the changes logged since its last
 * read (one small query, shared by every search that arrived while the previous read was running):
 * a search sees every write committed before it arrived, in this process and in every other. A
 * change number skipped by a transaction still running is a gap, asked for again until it appears
 * or for a minute. While the index is built (at the first search, after a bulk change, or after a
 * long idle spell) the SQL answers.
 */
type Holder = {
  index?: PublishedIndex;
  building?: Promise<void>;
  lastSeq: number;
  gaps: Map<number, number>;
  lastSyncAt: number;
  lastPruneAt: number;
  /** How many syncs have started; a search waits for one that started after it arrived. */
  started: number;
  syncing?: { number: number; done: Promise<void> };
  next?: Promise<void>;
};

const holders = new WeakMap<Queryable, Holder>();

/** Most changes read at once; more means a bulk change, and the index is built again. */
const maxChanges = 2000;
const gapMs = 60_000;
const maxGaps = 1000;
/** After this long without a sync the log may have been pruned past us: build again. */
const staleMs = 6 * 3_600_000;
const pruneEveryMs = 10 * 60_000;
const keepHours = 24;
/** Change numbers this far back from the newest are checked for gaps when the index is built. */
const buildGapWindow = 100;

function holderOf(db: Queryable): Holder {
  let holder = holders.get(db);
  if (!holder) {
    holder = { lastSeq: 0, gaps: new Map(), lastSyncAt: 0, lastPruneAt: Date.now(), started: 0 };
    holders.set(db, holder);
  }
  return holder;
}

async function build(db: Queryable, holder: Holder): Promise<void> {
  const startedAt = Date.now();
  const recent = await findLatestSearchChangeSeqs(db, buildGapWindow);
  const latest = recent[0] ?? 0;
  const seen = new Set(recent);
  const gaps = new Map<number, number>();
  for (let seq = Math.max(1, (recent[recent.length - 1] ?? 1) + 1); seq < latest; seq++) if (!seen.has(seq)) gaps.set(seq, startedAt);
  const entries = await findAllEntries(db);
  Object.assign(holder, { index: buildPublishedIndex(entries), lastSeq: latest, gaps, lastSyncAt: startedAt });
}

/** Starts building the index unless it is being built; a failed build is forgotten, and the next search tries again. */
function startBuild(db: Queryable, holder: Holder): Promise<void> {
  holder.index = undefined;
  holder.building ??= build(db, holder)
    .catch(() => {
      // The SQL keeps answering; the next search starts another build.
    })
    .finally(() => {
      holder.building = undefined;
    });
  return holder.building;
}

async function applyChanges(db: Queryable, index: PublishedIndex, rows: SearchChangeRow[]): Promise<void> {
  const opportunityIds = [...new Set(rows.flatMap((r) => (r.opportunity_id ? [r.opportunity_id] : [])))];
  const organizationIds = new Set(rows.flatMap((r) => (r.organization_id ? [r.organization_id] : [])));
  const loaded = await findChangedEntries(db, opportunityIds, [...organizationIds]);
  const stillPublic = new Set(loaded.map((e) => e.id));
  for (const id of opportunityIds) if (!stillPublic.has(id)) removeOpportunity(index, id);
  if (organizationIds.size) {
    for (const entry of [...index.byId.values()]) {
      if (organizationIds.has(entry.organizationId) && !stillPublic.has(entry.id)) removeOpportunity(index, entry.id);
    }
  }
  for (const entry of loaded) putOpportunity(index, entry);
}

/** Reads and applies the changes since the last sync, or starts a new build when that is cheaper or needed. */
async function sync(db: Queryable, holder: Holder): Promise<void> {
  const now = Date.now();
  const index = holder.index;
  if (!index) return;
  if (now - holder.lastSyncAt > staleMs) return void startBuild(db, holder);
  for (const [seq, at] of holder.gaps) if (now - at > gapMs) holder.gaps.delete(seq);
  const rows = await findSearchChanges(db, holder.lastSeq, [...holder.gaps.keys()], maxChanges + 1);
  const reloadEverything = rows.length > maxChanges || rows.some((r) => !r.opportunity_id && !r.organization_id);
  if (reloadEverything) return void startBuild(db, holder);
  if (rows.length) await applyChanges(db, index, rows);
  const seen = new Set(rows.map((r) => r.seq));
  for (const seq of seen) holder.gaps.delete(seq);
  const newest = Math.max(holder.lastSeq, ...seen);
  for (let seq = holder.lastSeq + 1; seq < newest; seq++) if (!seen.has(seq)) holder.gaps.set(seq, now);
  holder.lastSeq = newest;
  holder.lastSyncAt = now;
  if (holder.gaps.size > maxGaps) return void startBuild(db, holder);
  if (now - holder.lastPruneAt > pruneEveryMs) {
    holder.lastPruneAt = now;
    // No search waits for the pruning; a failed one is tried again ten minutes later.
    pruneSearchChanges(db, keepHours).catch(() => {});
  }
}

function startSync(db: Queryable, holder: Holder): Promise<void> {
  holder.started += 1;
  const number = holder.started;
  const done = sync(db, holder).finally(() => {
    if (holder.syncing?.number === number) holder.syncing = undefined;
  });
  holder.syncing = { number, done };
  return done;
}

/** Resolves once a sync that started after this call has finished. */
function syncedNow(db: Queryable, holder: Holder): Promise<void> {
  const arrived = holder.started;
  const running = holder.syncing;
  if (!running) return startSync(db, holder);
  if (running.number > arrived) return running.done;
  holder.next ??= running.done
    .catch(() => {})
    .then(() => {
      holder.next = undefined;
      return startSync(db, holder);
    });
  return holder.next;
}

/**
 * The index, current with every write committed before this call; undefined while it is being
 * built (the caller then asks the database). The first call starts the build.
 */
export async function currentPublishedIndex(db: Queryable): Promise<PublishedIndex | undefined> {
  const holder = holderOf(db);
  if (!holder.index) {
    void startBuild(db, holder);
    return undefined;
  }
  try {
    await syncedNow(db, holder);
  } catch {
    // The change log could not be read: the database answers this search (or reports the failure).
    return undefined;
  }
  return holder.index;
}

/** Builds the index if it is not there yet, and waits for it (the server's start, the benchmark, tests). */
export async function publishedIndexReady(db: Queryable): Promise<PublishedIndex | undefined> {
  const holder = holderOf(db);
  // A change read right after the build may call for another (a bulk change meanwhile).
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!holder.index) await startBuild(db, holder);
    const index = await currentPublishedIndex(db);
    if (index) return index;
  }
  return undefined;
}

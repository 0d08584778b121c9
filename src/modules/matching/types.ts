/**
 * The plain data the matching rules and the score work on. The repository maps rows to these, so
 * the rules stay pure functions that unit and property tests can feed directly.
 */
import type { MessageKeySuffix } from '../../platform/i18n.js';

export type MatchVolunteer = {
  id: string;
  /** YYYY-MM-DD; without it no age rule can be checked, so the volunteer is never matched. */
  birthDate: string | null;
  guardianConsentAt: Date | null;
  lat: number | null;
  lon: number | null;
  travelRadiusKm: number | null;
  remoteOnly: boolean;
  causes: string[];
  skills: string[];
  languages: string[];
  /** Weekly slots "mon-morning" … "sun-evening"; empty means "flexible". */
  availability: string[];
  /** 'individual' | 'group' | 'any' */
  groupPreference: string;
  /** 'unknown' | 'fit' | 'not_fit' */
  healthStatus: string;
  /** 'unknown' | 'clear' | 'not_clear' */
  conductStatus: string;
  qualifications: { name: string; validUntil: string | null }[];
  /** Opportunities the volunteer already has an application, referral or invitation for. */
  appliedOpportunityIds: ReadonlySet<string>;
};

export type MatchOpportunity = {
  id: string;
  /** 'published' opportunities of 'approved' organizations only are open. */
  status: string;
  organizationStatus: string;
  lat: number | null;
  lon: number | null;
  remote: boolean;
  minAge: number | null;
  requiredQualifications: string[];
  requiresConduct: boolean;
  requiresHealth: boolean;
  causes: string[];
  skills: string[];
  languages: string[];
  groupFriendly: boolean;
  publishedAt: Date | null;
  /** 'one_off' | 'regular' | 'ongoing': an ongoing one may run without shifts. */
  kind: string;
};

export type MatchShift = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seatsTaken: number;
  waitlistEnabled: boolean;
  cancelledAt: Date | null;
};

/** The codes that have a text in the catalog: a reason without one does not compile. */
export type ReasonCode = MessageKeySuffix<'matching.reason.'>;

/** Why a pair is excluded, or why it scores: a code (i18n key `matching.reason.<code>`) and its params. */
export type Reason = {
  code: ReasonCode;
  params?: Record<string, string | number>;
  /** Causes, skills, languages or weekly slots the text lists; the view names them in the user's language. */
  terms?: Term[];
};

export type Term = { kind: 'cause' | 'skill' | 'language' | 'slot'; value: string };

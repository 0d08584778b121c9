/**
 * Exactly what a certificate printed, stored with it (certificates.snapshot), so the PDF and the
 * verification page show the same text years later, whatever changes in the records meanwhile.
 */
export type CertificateOrganization = {
  id: string;
  name: string;
  /** The settlement of the seat. */
  seat: string;
  taxNumber: string | null;
  /** Approved minutes at this organization within the certificate. */
  minutes: number;
};

export type CertificateActivity = { organizationId: string; activity: string; minutes: number };

/** What a training certificate (trainings module, issue 14) states besides the holder and the duration. */
export type CertificateTraining = {
  courseTitle: string;
  /** The Volunteer Center that held the session. */
  centerName: string;
  trainer: string;
  /** The qualification the completion granted, and its last valid day (null: no expiry). */
  qualification: string | null;
  validUntil: string | null;
};

export type CertificateSnapshot = {
  kind: 'placement' | 'period' | 'training';
  holder: { familyName: string; givenName: string };
  organizations: CertificateOrganization[];
  activities: CertificateActivity[];
  /** The placement certificate's opportunity title. */
  opportunityTitle: string | null;
  /** Inclusive calendar days: the requested period, or the first and last approved day of a placement. */
  period: { from: string; to: string };
  /** The organization's member who approved the latest hours; null on a period certificate. */
  signer: { name: string; role: string } | null;
  totalMinutes: number;
  /** Only on a training certificate: the course completed (its one activity is the course, for the course's duration). */
  training?: CertificateTraining;
};

// Row types of the tables in migrations/*.sql, for Kysely. Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

import type { ReleaseScope } from '../../core/sharing/scan-lifecycle.ts';
import type { Language, MembershipStatus, Office, OrganisationType, Role } from '../../core/vocabulary.ts';

export type { Role };

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  candidate_second_factor_required: Generated<boolean>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  preferred_language: Generated<Language>;
  created_at: Timestamp;
}

export interface MembershipsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  role: Role;
  status: Generated<MembershipStatus>;
  invited_by: string | null;
  created_at: Timestamp;
  activated_at: NullableTimestamp;
}

export interface SignInLinksTable {
  token_hash: Bytes;
  user_id: string;
  purpose: 'sign-in' | 'invitation';
  membership_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface SessionsTable {
  id: string;
  token_hash: Bytes;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  second_factor_at: NullableTimestamp;
  webauthn_challenge: string | null;
  webauthn_challenge_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface TotpFactorsTable {
  user_id: string;
  secret_ciphertext: Bytes;
  confirmed_at: NullableTimestamp;
  last_used_step: number | null;
  created_at: Timestamp;
}

export interface PasskeysTable {
  id: string;
  user_id: string;
  public_key: Bytes;
  counter: number;
  transports: string[];
  name: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

export interface RecoveryCodesTable {
  code_hash: Bytes;
  user_id: string;
  used_at: NullableTimestamp;
}

export interface RateLimitsTable {
  bucket: string;
  window_start: Timestamp;
  hits: number;
}

export interface MailOutboxTable {
  id: string;
  recipient: string;
  template: string;
  language: Language;
  variables_sealed: Bytes;
  created_at: Timestamp;
  attempts: Generated<number>;
  sent_at: NullableTimestamp;
  last_error: string | null;
  /** 0008: not tried again before this (after a refusal); null: at the next delivery. */
  next_attempt_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface AuditEventsTable {
  /** Storage order, from a sequence; may have gaps (rolled-back transactions). */
  seq: Generated<number>;
  id: string;
  at: Timestamp;
  tenant_id: string | null;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  /** The event's place in the hash chain, set once by the sealer (audit/sealer.ts); null until then. */
  chain_seq: ColumnType<number | null, never, number>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export interface AuditChainHeadTable {
  singleton: Generated<boolean>;
  seq: number;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export type ScanStatusColumn =
  | 'invited'
  | 'started'
  | 'submitted'
  | 'in-review'
  | 'report-ready'
  | 'withdrawn'
  | 'deleted';

export interface ProceduresTable {
  id: string;
  tenant_id: string;
  name: string;
  office: string;
  instrument_id: string;
  instrument_version: string;
  instrument_hash: string;
  review: 'required' | 'optional' | 'none';
  retention_days: number;
  status: Generated<'open' | 'closed'>;
  created_by: string;
  created_at: Timestamp;
  closed_at: NullableTimestamp;
  /** A herhaalscan: the earlier procedure of the same organisation it follows (0003). */
  follows_procedure_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProcedureMembersTable {
  procedure_id: string;
  tenant_id: string;
  membership_id: string;
  role: 'opdrachtgever' | 'expert' | 'commissie';
}

export interface ScansTable {
  id: string;
  tenant_id: string;
  procedure_id: string;
  candidate_user_id: string | null;
  candidate_membership_id: string | null;
  status: ScanStatusColumn;
  revision: Generated<number>;
  last_save_id: string | null;
  answers_sealed: Bytes | null;
  /** 0028: the revision up to which the change sets were last folded into answers_sealed. */
  answers_folded_revision: Generated<number>;
  network_sealed: Bytes | null;
  evaluation_sealed: Bytes | null;
  report_sealed: Bytes | null;
  notes_sealed: Bytes | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: NullableTimestamp;
  finalised_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
  /** 0003: the same person's scan in the procedure this one follows, their choice to use it, the agenda. */
  earlier_scan_id: ColumnType<string | null, string | null | undefined, string | null>;
  earlier_consent: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  earlier_consent_at: NullableTimestamp;
  agenda_sealed: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  agenda_revision: Generated<number>;
  agenda_updated_at: NullableTimestamp;
  /** 0013: the bewilligingsverklaring the candidate signed, and the sealed antecedentenonderzoek. */
  declaration_id: ColumnType<string | null, string | null | undefined, string | null>;
  declaration_version: ColumnType<string | null, string | null | undefined, string | null>;
  declaration_signed_at: NullableTimestamp;
  declaration_revoked_at: NullableTimestamp;
  screening_sealed: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  screening_ran_at: NullableTimestamp;
  /** 0011: the candidate's research consent (default no) and when it last changed. */
  research_consent: Generated<boolean>;
  research_consent_at: NullableTimestamp;
}

export interface ReleasesTable {
  id: string;
  tenant_id: string;
  scan_id: string;
  scope: ReleaseScope;
  until: Timestamp;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface AccessLogTable {
  id: string;
  tenant_id: string;
  scan_id: string;
  actor_user_id: string | null;
  actor_role: string;
  view: string;
  outcome: 'allowed' | 'denied';
  at: Timestamp;
}

/** Every instrument version a procedure has pinned, with its content hash (migration 0004). */
export interface InstrumentVersionsTable {
  instrument_id: string;
  version: string;
  hash: string;
  first_pinned_at: Timestamp;
}

/** The college view (0012): a named group, its members with the scan that counts, their consent history. */
export interface CollegesTable {
  id: string;
  tenant_id: string;
  name: string;
  viewer_membership_id: string;
  created_by: string;
  created_at: Timestamp;
}

export interface CollegeMembersTable {
  id: string;
  tenant_id: string;
  college_id: string;
  membership_id: string;
  user_id: string;
  scan_id: string;
}

export interface CollegeConsentsTable {
  id: string;
  tenant_id: string;
  seq: Generated<string>;
  college_member_id: string;
  consent: boolean;
  at: Timestamp;
}

/** Research tables (migration 0011). */
export interface ResearchConsentHistoryTable {
  id: string;
  tenant_id: string;
  scan_id: string;
  actor_user_id: string | null;
  consent: boolean;
  at: Timestamp;
}

/** 0013: a reference list version the operator imported (operator data, no tenant). */
export interface ScreeningListsTable {
  id: string;
  name: string;
  version: number;
  licence: string | null;
  entity_count: Generated<number>;
  refused_count: Generated<number>;
  imported_at: Timestamp;
  complete: Generated<boolean>;
}

export interface ScreeningListEntitiesTable {
  list_id: string;
  entity_id: string;
  entity: ColumnType<unknown, string, string>;
}

/** Migration 0014: an organisation's own vuistregels for one set (the rules as JSON). */
export interface VuistregelsAdjustmentsTable {
  tenant_id: string;
  set_id: string;
  rules: ColumnType<Array<{ id: string; text: { nl: string; en: string } }>, string, string>;
  revision: Generated<number>;
  updated_at: Generated<Timestamp>;
}

/** Migration 0016: a procedure for an election list (the kandidatencommissie's). */
export interface ElectionProceduresTable {
  procedure_id: string;
  tenant_id: string;
  election: string;
  year: number;
  /** A date (yyyy-mm-dd); PGlite and node-postgres both hand it back as a Date or string. */
  deadline: ColumnType<Date | string, string, string>;
}

/** Migration 0016: a reminder step queued for a candidate of an election list (never twice). */
export interface CommitteeRemindersTable {
  scan_id: string;
  tenant_id: string;
  step: number;
  queued_at: Generated<Timestamp>;
}

export interface ResearchSettingsTable {
  tenant_id: string;
  threshold: Generated<number>;
  organisation_type: Generated<OrganisationType>;
  pseudonym_key: Bytes;
  updated_at: Timestamp;
}

export interface ResearchAdmissionsTable {
  tenant_id: string;
  research_tenant_id: string;
  admitted_by: string | null;
  admitted_at: Timestamp;
}

export interface ResearchReleasesTable {
  id: string;
  tenant_id: string;
  released_by: string | null;
  released_at: Timestamp;
  question: ColumnType<unknown, string, never>;
  protected_table: ColumnType<unknown, string, never>;
  member_sets: ColumnType<string[][], string, never>;
  suppressed_sets: ColumnType<string[][], string | undefined, never>;
  scans: number;
}

/** 0017: organisation surveys — rounds, counters only (no response rows), per-person links. */
export interface SurveyRoundsTable {
  id: string;
  tenant_id: string;
  questionnaire_id: string;
  questionnaire_version: string;
  title: string;
  units: ColumnType<string[], string, string>;
  threshold: number;
  shared_link: boolean;
  earlier_round_id: string | null;
  status: Generated<'open' | 'closed'>;
  /** a date (select it as text: `opened_on::text`) */
  opened_on: ColumnType<unknown, string, string>;
  closed_on: ColumnType<unknown, string | null | undefined, string | null>;
  created_by: string;
}

export interface SurveyUnitCountsTable {
  tenant_id: string;
  round_id: string;
  unit: string;
  respondents: Generated<number>;
}

export interface SurveyAnswerCountsTable {
  tenant_id: string;
  round_id: string;
  unit: string;
  question_id: string;
  option_id: string;
  count: Generated<number>;
}

export interface SurveyInvitationsTable {
  token_hash: string;
  tenant_id: string;
  round_id: string;
  used_on: ColumnType<unknown, string | null | undefined, string | null>;
}

/** 0015: one autosave's change set of answers, sealed under the scan key (scans/answer-changes.ts). */
export interface AnswersChangesTable {
  scan_id: string;
  tenant_id: string;
  revision: number;
  sealed: Bytes;
}

export interface DatabaseSchema {
  tenants: TenantsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sign_in_links: SignInLinksTable;
  sessions: SessionsTable;
  totp_factors: TotpFactorsTable;
  passkeys: PasskeysTable;
  recovery_codes: RecoveryCodesTable;
  rate_limits: RateLimitsTable;
  mail_outbox: MailOutboxTable;
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  schema_migrations: SchemaMigrationsTable;
  procedures: ProceduresTable;
  procedure_members: ProcedureMembersTable;
  scans: ScansTable;
  releases: ReleasesTable;
  access_log: AccessLogTable;
  instrument_versions: InstrumentVersionsTable;
  colleges: CollegesTable;
  college_members: CollegeMembersTable;
  college_consents: CollegeConsentsTable;
  screening_lists: ScreeningListsTable;
  screening_list_entities: ScreeningListEntitiesTable;
  vuistregels_adjustments: VuistregelsAdjustmentsTable;
  election_procedures: ElectionProceduresTable;
  committee_reminders: CommitteeRemindersTable;
  research_consent_history: ResearchConsentHistoryTable;
  research_settings: ResearchSettingsTable;
  research_admissions: ResearchAdmissionsTable;
  research_releases: ResearchReleasesTable;
  survey_rounds: SurveyRoundsTable;
  survey_unit_counts: SurveyUnitCountsTable;
  survey_answer_counts: SurveyAnswerCountsTable;
  survey_invitations: SurveyInvitationsTable;
  answers_changes: AnswersChangesTable;
  nevenfunctie_holders: NevenfunctieHoldersTable;
  nevenfuncties: NevenfunctiesTable;
  nevenfunctie_versions: NevenfunctieVersionsTable;
  nevenfunctie_publications: NevenfunctiePublicationsTable;
  case_files: CaseFilesTable;
  case_team_members: CaseTeamMembersTable;
  case_steps: CaseStepsTable;
  norm_drafts: NormDraftsTable;
  norm_versions: NormVersionsTable;
  workshop_conclusions: WorkshopConclusionsTable;
}

/** 0020: the nevenfuncties register (dates as ISO text, YYYY-MM-DD). */
export interface NevenfunctieHoldersTable {
  tenant_id: string;
  user_id: string;
  office: Office;
  updated_at: Timestamp;
}

export interface NevenfunctiesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface NevenfunctieVersionsTable {
  id: string;
  seq: ColumnType<string, never, never>;
  tenant_id: string;
  nevenfunctie_id: string;
  function: string;
  organisation: string;
  paid: boolean;
  hours_per_month: number | null;
  starts_on: string | null;
  ends_on: string | null;
  approved_by: string | null;
  approved_on: string | null;
  source: 'own' | 'scan';
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface NevenfunctiePublicationsTable {
  id: string;
  tenant_id: string;
  period: string;
  revision: number;
  content: ColumnType<unknown, string, never>;
  published_by: string;
  published_at: Timestamp;
}

/** Migration 0018: case files of the afwegingskader, their teams and sealed steps. */
export interface CaseFilesTable {
  id: string;
  tenant_id: string;
  framework_version: number;
  title_sealed: Bytes;
  status: Generated<'open' | 'closed'>;
  opened_by: string;
  opened_at: Timestamp;
  updated_at: Timestamp;
  closed_by: string | null;
  closed_at: NullableTimestamp;
}

export interface CaseTeamMembersTable {
  tenant_id: string;
  case_id: string;
  membership_id: string;
  user_id: string;
  added_at: Generated<Timestamp>;
}

export interface CaseStepsTable {
  tenant_id: string;
  case_id: string;
  step_id: string;
  content_sealed: Bytes;
  saved_by: string;
  saved_at: Timestamp;
}

type NormJson = ColumnType<Record<string, Record<string, string>>, string, string>;

/** Migration 0019: the organisation's norm — one draft, and immutable agreed versions. */
export interface NormDraftsTable {
  tenant_id: string;
  content: NormJson;
  session_version: number;
  revision: Generated<number>;
  updated_by: string;
  updated_at: Timestamp;
}

export interface NormVersionsTable {
  tenant_id: string;
  version: number;
  content: NormJson;
  session_version: number;
  agreed_on: ColumnType<Date, string, never>;
  agreed_by: ColumnType<string[], string[], never>;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** 0021: a survey round's workshop — per theme what the group recorded, sealed under the round's key. */
export interface WorkshopConclusionsTable {
  tenant_id: string;
  round_id: string;
  theme_id: string;
  content_sealed: Buffer;
  revision: Generated<number>;
  recorded_by: string;
  recorded_at: Timestamp;
}

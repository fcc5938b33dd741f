// The words server and web share, defined once: the roles a person can have in an organisation,
// the state of a membership, the offices a procedure can be for, how a procedure reviews, the
// languages. The database's check constraints (migrations/*.sql) list the same values; the
// server's zod schemas and the web's forms and labels are built from these lists.

/** A person's role in one organisation (a person can have several). */
export const roles = [
  'beheerder',
  'opdrachtgever',
  'expert',
  'kandidaat',
  'onderzoeker',
  'commissie',
] as const;
export type Role = (typeof roles)[number];

export const membershipStatuses = ['invited', 'active', 'disabled'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** The offices a procedure can be for (labels per language in the web's texts, `offices.*`). */
export const offices = [
  'wethouder',
  'burgemeester',
  'gemeentesecretaris',
  'gedeputeerde',
  'waterschapsbestuurder',
  'raadslid',
  'bewindspersoon',
  'topambtenaar',
  'anders',
] as const;
export type Office = (typeof offices)[number];

/** Whether an expert reviews a scan before the candidate sees the report. */
export const reviewPolicies = ['required', 'optional', 'none'] as const;
export type ReviewPolicy = (typeof reviewPolicies)[number];

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * What a person can do inside an organisation, by name. Who may do each is decided in one place,
 * src/server/policies/organisation.ts; the web receives the names allowed to the person with the
 * session (`abilities`) and never decides from roles itself.
 */
export const organisationActions = [
  'organisation.read',
  'settings.read',
  'settings.update',
  'instruments.list',
  'instruments.preview',
  'members.list',
  'members.invite',
  'members.update',
  'procedures.open',
  'experts.list',
  'procedures.read',
  'procedures.manage',
  'scans.own',
  'scans.review',
  'reports.released',
  // The college view: make a college and follow its agreement; agree as a member; read the stacked view.
  'colleges.manage',
  'colleges.own',
  'colleges.view',
  'vuistregels.adjust',
  'research.tables',
  // The nevenfuncties register: the official keeps their own; the organisation publishes it.
  'nevenfuncties.own',
  'nevenfuncties.publish',
  // The kandidatencommissie of a party: election lists, inviting candidates, progress without
  // content, the committee view of released checks and its leidraad (policies/committee.ts).
  'committee.lists',
] as const;
export type OrganisationAction = (typeof organisationActions)[number];

/**
 * A sentence in both languages, for what the server says when it refuses something: the web
 * picks the half for the interface language, never by splitting a string.
 */
export interface Sentence {
  nl: string;
  en: string;
}

/** The kind of organisation, a dimension of research tables (set by the beheerder, migration 0011). */
export const organisationTypes = ['gemeente', 'provincie', 'waterschap', 'rijk', 'anders'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

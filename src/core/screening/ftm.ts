// One line of a FollowTheMoney entity file (JSON lines, as OpenSanctions exports them) as a
// screening entity, or the reason it is refused with its line number. Persons and the
// organisation schemas are kept; links (Ownership, Directorship, Sanction, …) are not subjects.
import type { EntityKind, FtmLineResult, FtmRefusal, ScreeningEntity } from './types.ts';

/** The schemas a screening entity can come from, and what kind of subject each is. */
export const ftmSchemaKinds: Readonly<Record<string, EntityKind>> = {
  Person: 'person',
  Company: 'organisation',
  Organization: 'organisation',
  LegalEntity: 'organisation',
  PublicBody: 'organisation',
};

const identifierProperties = [
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'taxNumber',
  'vatCode',
  'leiCode',
  'innCode',
  'ogrnCode',
  'swiftBic',
  'dunsCode',
  'uniqueEntityId',
  'bikCode',
  'kppCode',
  'npiCode',
  'imoNumber',
];
const countryProperties = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry'];
const aliasProperties = ['alias', 'previousName'];

/** An FtM date of birth: a year, a year and month, or a full date — and a date that exists. */
export function isFtmDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

const unique = (values: string[]) => [...new Set(values)];

export function parseFtmLine(text: string, line: number): FtmLineResult {
  const refuse = (refusal: FtmRefusal): FtmLineResult => ({ ok: false, line, refusal });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('not-an-object');
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id.trim() === '') return refuse('no-id');
  if (typeof record.schema !== 'string' || record.schema.trim() === '') return refuse('no-schema');
  const kind = ftmSchemaKinds[record.schema];
  if (kind === undefined) return refuse('unsupported-schema');
  const props =
    typeof record.properties === 'object' && record.properties !== null && !Array.isArray(record.properties)
      ? (record.properties as Record<string, unknown>)
      : {};
  const given = [...strings(props.firstName), ...strings(props.middleName), ...strings(props.lastName)];
  const names = unique([
    ...strings(props.name),
    ...(strings(props.name).length === 0 && given.length > 0 ? [given.join(' ')] : []),
    ...aliasProperties.flatMap((p) => strings(props[p])),
  ]);
  if (names.length === 0) return refuse('no-name');
  const birthDates = unique(strings(props.birthDate));
  if (!birthDates.every(isFtmDate)) return refuse('bad-date');
  const entity: ScreeningEntity = {
    id: record.id.trim(),
    kind,
    schema: record.schema,
    names,
    birthDates,
    countries: unique(countryProperties.flatMap((p) => strings(props[p])).map((c) => c.toLowerCase())),
    identifiers: unique(identifierProperties.flatMap((p) => strings(props[p]))),
    topics: unique(strings(props.topics)),
    datasets: unique(strings(record.datasets)),
  };
  return { ok: true, entity };
}

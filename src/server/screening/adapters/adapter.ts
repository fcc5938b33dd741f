// One interface for the registers the antecedentenonderzoek consults besides the reference lists.
// Each adapter is off until the operator configures it (src/server/env.ts); a register's records
// are scored with the same explained matching as the lists (core/screening), so a register hit
// carries its score and features too.
import {
  buildScreeningIndex,
  type EntityKind,
  type MatchFeature,
  type ScreeningEntity,
} from '../../../core/screening/index.ts';
import type { Settings } from '../../env.ts';
import { insolvencyAdapter } from './insolvency.ts';
import { kvkAdapter } from './kvk.ts';

export const registers = ['kvk', 'insolventieregister'] as const;
export type RegisterId = (typeof registers)[number];

export interface RegisterSubject {
  kind: EntityKind;
  name: string;
  birthDate?: string;
}

export interface RegisterRecord {
  /** The register's own number: KvK-nummer, insolventienummer. */
  id: string;
  kind: EntityKind;
  names: string[];
  birthDates?: string[];
  /** A short factual line for the expert: place, kind of registration, kind of case. */
  detail: string;
}

export interface RegisterHit {
  record: RegisterRecord;
  score: number;
  features: MatchFeature[];
}

export interface RegisterAdapter {
  id: RegisterId;
  /** The records the register returns for a subject (no scoring yet). */
  lookUp(subject: RegisterSubject): Promise<RegisterRecord[]>;
}

/** A register that cannot be reached or answers nonsense: the check records it as not checked. */
export class RegisterUnavailable extends Error {}

/** The adapters the operator configured, in a fixed order. */
export function configuredAdapters(
  settings: Pick<Settings, 'WEERBAAR_KVK_API_KEY' | 'WEERBAAR_KVK_BASE_URL' | 'WEERBAAR_CIR_URL'>,
): RegisterAdapter[] {
  const adapters: RegisterAdapter[] = [];
  if (settings.WEERBAAR_KVK_API_KEY)
    adapters.push(
      kvkAdapter({ baseUrl: settings.WEERBAAR_KVK_BASE_URL, apiKey: settings.WEERBAAR_KVK_API_KEY }),
    );
  if (settings.WEERBAAR_CIR_URL) adapters.push(insolvencyAdapter({ url: settings.WEERBAAR_CIR_URL }));
  return adapters;
}

/** The register's records for a subject, scored and explained like a list hit; weak ones dropped. */
export async function searchRegister(
  adapter: RegisterAdapter,
  subject: RegisterSubject,
  minScore: number,
): Promise<RegisterHit[]> {
  const records = await adapter.lookUp(subject);
  if (records.length === 0) return [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const entities: ScreeningEntity[] = records.map((r) => ({
    id: r.id,
    kind: r.kind,
    schema: r.kind === 'person' ? 'Person' : 'Company',
    names: r.names,
    birthDates: r.birthDates ?? [],
    countries: ['nl'],
    identifiers: [],
    topics: [],
    datasets: [adapter.id],
  }));
  const index = buildScreeningIndex(entities);
  return index
    .match(
      {
        kind: subject.kind,
        name: subject.name,
        ...(subject.birthDate ? { birthDate: subject.birthDate } : {}),
      },
      { limit: 10, minScore },
    )
    .flatMap((hit) => {
      const record = byId.get(hit.entityId);
      return record ? [{ record, score: hit.score, features: hit.features }] : [];
    });
}

/** GET or POST with a time limit; a network error, a time-out or a 5xx is `RegisterUnavailable`. */
export async function fetchRegister(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new RegisterUnavailable(`register not reachable: ${(error as Error).name}`);
  }
  if (response.status >= 500) throw new RegisterUnavailable(`register answered ${response.status}`);
  return response;
}

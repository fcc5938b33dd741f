// One interface for the registers the antecedentenonderzoek consults besides the reference lists
// (kvk.ts, insolvency.ts; which are on: registry.ts).
import type { EntityKind, MatchFeature } from '../../../core/screening/index.ts';

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

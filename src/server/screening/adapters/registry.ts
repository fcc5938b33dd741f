// The registers the operator configured (src/server/env.ts; each off until configured), and a
// register's records scored with the same explained matching as the lists (core/screening), so a
// register hit carries its score and features too.
import { buildScreeningIndex, type ScreeningEntity } from '../../../core/screening/index.ts';
import type { Settings } from '../../env.ts';
import type { RegisterAdapter, RegisterHit, RegisterSubject } from './adapter.ts';
import { insolvencyAdapter } from './insolvency.ts';
import { kvkAdapter } from './kvk.ts';

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

// KvK Handelsregister, API Zoeken (v2): a registration by name, with the operator's API key in the
// `apikey` header. Shaped on the KvK developer documentation of Zoeken v2 (GET {base}/v2/zoeken
// ?naam=…&resultatenPerPagina=…; reply `resultaten[]` with `kvkNummer`, `naam`, `type` and
// `adres.binnenlandsAdres.plaats`; no result is a 404 with a `fout` list). Unsure: the exact
// field set of a result beyond these, and whether "no result" is always a 404 — both handled.
// A person is looked up by name too: an eenmanszaak usually carries its owner's name. The public
// Zoeken and Basisprofiel APIs have no search of officers (functionarissen) by name; an
// installation with access to such a product adds it as another adapter behind this interface.
import { fetchRegister, type RegisterAdapter, type RegisterRecord, RegisterUnavailable } from './adapter.ts';

interface KvkResult {
  kvkNummer?: unknown;
  naam?: unknown;
  type?: unknown;
  adres?: { binnenlandsAdres?: { plaats?: unknown } };
}

export function kvkAdapter(config: { baseUrl: string; apiKey: string }): RegisterAdapter {
  const base = config.baseUrl.replace(/\/+$/, '');
  return {
    id: 'kvk',
    async lookUp(subject) {
      const url = `${base}/v2/zoeken?${new URLSearchParams({ naam: subject.name, resultatenPerPagina: '20' })}`;
      const response = await fetchRegister(url, {
        headers: { apikey: config.apiKey, accept: 'application/json' },
      });
      if (response.status === 404) return [];
      if (!response.ok) throw new RegisterUnavailable(`kvk answered ${response.status}`);
      const body = (await response.json().catch(() => null)) as { resultaten?: unknown } | null;
      if (!body || !Array.isArray(body.resultaten)) throw new RegisterUnavailable('kvk: no resultaten');
      const records: RegisterRecord[] = [];
      for (const r of body.resultaten as KvkResult[]) {
        if (typeof r.kvkNummer !== 'string' || typeof r.naam !== 'string') continue;
        const place = r.adres?.binnenlandsAdres?.plaats;
        const type = typeof r.type === 'string' ? r.type : '';
        records.push({
          id: r.kvkNummer,
          // A registration is an organisation; for a person subject it stands for their eenmanszaak.
          kind: subject.kind,
          names: [r.naam],
          detail: [`KvK ${r.kvkNummer}`, type, typeof place === 'string' ? place : '']
            .filter(Boolean)
            .join(', '),
        });
      }
      return records;
    },
  };
}

// Centraal Insolventieregister (CIR): its web service is SOAP. A person is searched with
// `searchNaturalPerson` (surname, date of birth), an organisation with `searchUndertaking` (name).
// Shaped on what the Rechtspraak publishes about the CIR web service as far as we could find it:
// the operations' names, the namespace and a SOAP 1.1 envelope. Unsure: the exact element names of
// the reply. We read every `<insolvente>` element with its `<insolventienummer>`, the name parts
// (`<voornamen>`, `<voorvoegsel>`, `<achternaam>`, or `<handelsnaam>`), `<geboortedatum>` and the
// kind of case (`<publicatiesoort>`); an installation whose service answers otherwise adapts this
// one file. No XML library: the reply is flat and read with a few patterns.
import { fetchRegister, type RegisterAdapter, type RegisterRecord, RegisterUnavailable } from './adapter.ts';

const namespace = 'http://www.rechtspraak.nl/namespaces/cir01';

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unescapeXml(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml);
  return match ? unescapeXml(match[1]!.trim()) : undefined;
}

/** The family name for the search: the last word that is not a tussenvoegsel. */
function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

export function insolvencyAdapter(config: { url: string }): RegisterAdapter {
  return {
    id: 'insolventieregister',
    async lookUp(subject) {
      const operation = subject.kind === 'person' ? 'searchNaturalPerson' : 'searchUndertaking';
      const fields =
        subject.kind === 'person'
          ? `<surname>${escapeXml(surnameOf(subject.name))}</surname>${
              subject.birthDate ? `<dateOfBirth>${escapeXml(subject.birthDate)}</dateOfBirth>` : ''
            }`
          : `<name>${escapeXml(subject.name)}</name>`;
      const envelope = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation} xmlns="${namespace}">${fields}</${operation}></soap:Body></soap:Envelope>`;
      const response = await fetchRegister(config.url, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `${namespace}/${operation}` },
        body: envelope,
      });
      if (!response.ok) throw new RegisterUnavailable(`insolventieregister answered ${response.status}`);
      const xml = await response.text();
      if (!xml.includes('Envelope')) throw new RegisterUnavailable('insolventieregister: no SOAP reply');
      const records: RegisterRecord[] = [];
      for (const match of xml.matchAll(/<(?:\w+:)?insolvente>([\s\S]*?)<\/(?:\w+:)?insolvente>/g)) {
        const part = match[1]!;
        const id = element(part, 'insolventienummer');
        const name =
          element(part, 'handelsnaam') ??
          [element(part, 'voornamen'), element(part, 'voorvoegsel'), element(part, 'achternaam')]
            .filter(Boolean)
            .join(' ');
        if (!id || !name) continue;
        const born = element(part, 'geboortedatum');
        const kind = element(part, 'publicatiesoort');
        records.push({
          id,
          kind: subject.kind,
          names: [name],
          ...(born ? { birthDates: [born.slice(0, 10)] } : {}),
          detail: [id, kind].filter(Boolean).join(', '),
        });
      }
      return records;
    },
  };
}

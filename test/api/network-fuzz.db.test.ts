// Fuzzed network payloads (issue 5): whatever a broken client, an old tab or an attacker sends as a
// network map is refused with a clear reason per problem — a path into the map and a sentence in
// Dutch and English — and nothing of it is stored: the map and the revision stay exactly as they
// were. Every generated payload is invalid by construction (each mutation breaks one rule of the
// model), so the expectation never depends on the validator under test.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/network/model.ts';
import {
  type Client,
  createTestApp,
  lastLinkFor,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';

type Json = Record<string, unknown>;

const contactKeys = new Set([
  'id',
  'label',
  'kind',
  'direct',
  'contexts',
  'relation',
  'closeness',
  'frequency',
  'sector',
  'business',
  'dependences',
  'prompts',
  'gender',
  'ageBand',
  'place',
]);

/** One way to break the map; `at` picks the contact, context or tie it is applied to. */
type Mutation = (network: Json, at: number) => void;

/** The contact a mutation breaks; after an earlier mutation removed the list, a throw-away one. */
const contactAt = (network: Json, at: number): Json => {
  const contacts = network.contacts;
  if (!Array.isArray(contacts) || contacts.length === 0) return {};
  return contacts[at % contacts.length] as Json;
};

function mutations(catalogueSectors: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    // A field for special categories or anything else the model does not have.
    fc
      .oneof(
        fc.constantFrom('religion', 'health', 'ethnicity', 'politicalView', 'criminalRecord', 'fullName'),
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !contactKeys.has(k) && k !== '__proto__'),
      )
      .chain((key) =>
        fc.jsonValue().map(
          (value): Mutation =>
            (n, at) => {
              contactAt(n, at)[key] = value;
            },
        ),
      ),
    // Closeness outside 1–5, not a whole number, or not a number.
    fc
      .oneof(
        fc.integer({ max: 0 }),
        fc.integer({ min: 6 }),
        fc.double({ min: 1.01, max: 4.99, noNaN: true }).filter((d) => !Number.isInteger(d)),
        fc.string(),
        fc.boolean(),
      )
      .map(
        (value): Mutation =>
          (n, at) => {
            contactAt(n, at).closeness = value;
          },
      ),
    // A label that is too long, empty or not text (a full name would not fit either).
    fc
      .oneof(
        fc.string({ minLength: 41, maxLength: 300 }),
        fc.constantFrom('', '   '),
        fc.integer(),
        fc.constant(null),
      )
      .map(
        (value): Mutation =>
          (n, at) => {
            contactAt(n, at).label = value;
          },
      ),
    // A tie to someone who is not in the map, or to the same contact.
    fc.constantFrom<Mutation>(
      (n, at) => {
        if (Array.isArray(n.ties)) n.ties.push({ a: contactAt(n, at).id, b: 'niet-bestaand' });
        else n.ties = [{ a: 'p1', b: 'niet-bestaand' }];
      },
      (n, at) => {
        const id = contactAt(n, at).id ?? 'p1';
        n.ties = [...(Array.isArray(n.ties) ? n.ties : []), { a: id, b: id }];
      },
    ),
    // The same contact id twice.
    fc.constant<Mutation>((n, at) => {
      if (Array.isArray(n.contacts) && n.contacts.length > 0) n.contacts.push({ ...contactAt(n, at) });
      else n.contacts = 'geen lijst';
    }),
    // A sector, context or kind outside the instrument's catalogue.
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => !catalogueSectors.includes(s))
      .map(
        (sector): Mutation =>
          (n, at) => {
            contactAt(n, at).sector = sector;
          },
      ),
    fc.constantFrom<Mutation>(
      (n, at) => {
        contactAt(n, at).contexts = ['geen-netwerk'];
      },
      (n, at) => {
        contactAt(n, at).kind = 'alien';
      },
      (n) => {
        n.version = 99;
      },
      (n) => {
        delete n.contacts;
      },
      (n) => {
        n.ties = 'veel';
      },
    ),
  );
}

describe('fuzzed network payloads', () => {
  let t: TestApp;
  let tenant: string;
  let client: SignedIn;
  let candidate: Client;
  let own: string;
  let saved: Network;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    client = await signedIn(t, tenant, 'opdrachtgever');
    const org = `/api/organisations/${tenant}`;
    const procedure = await client.client.post(`${org}/procedures`, {
      name: 'Netwerk fuzz',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      expertMembershipIds: [(await signedIn(t, tenant, 'expert')).membershipId],
    });
    expect(procedure.status).toBe(201);
    const email = `fuzz-${randomUUID().slice(0, 8)}@test.nl`;
    const invited = await client.client.post(`${org}/procedures/${procedure.body.id}/candidates`, {
      email,
      displayName: 'F',
    });
    candidate = t.client();
    await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    own = `${org}/my-scans/${invited.body.scanId}`;

    const catalogue = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument.network!;
    saved = {
      version: 1,
      ego: {},
      contexts: [
        { id: 'c1', catalogueId: catalogue.contexts[0]!.id, interests: [] },
        { id: 'c2', label: 'Schaakclub', interests: [] },
      ],
      contacts: [
        { id: 'p1', label: 'JB', kind: 'person', direct: true, contexts: ['c1'], closeness: 4 },
        { id: 'p2', label: 'Bakkerij', kind: 'organisation', direct: true, contexts: ['c2'] },
        { id: 'p3', label: 'K', kind: 'person', direct: false, contexts: [] },
      ],
      ties: [{ a: 'p1', b: 'p3' }],
      memberships: [{ person: 'p1', organisation: 'p2' }],
    };
    const first = await candidate.call('PUT', `${own}/network`, {
      baseRevision: 0,
      saveId: randomUUID(),
      network: saved,
    });
    expect(first.body).toEqual({ revision: 1 });
  });
  afterAll(() => t.cleanup());

  it('refuses every broken map with reasons and stores nothing of it', async () => {
    const catalogue = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument.network!;
    const sectors = catalogue.sectors.map((s) => s.id);
    const broken = fc.oneof(
      // Not a map at all.
      fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 })),
      // A valid map with one to three rules broken.
      fc.array(fc.tuple(mutations(sectors), fc.nat()), { minLength: 1, maxLength: 3 }).map((list) => {
        const network = structuredClone(saved) as unknown as Json;
        for (const [mutate, at] of list) mutate(network, at);
        return network;
      }),
    );

    await fc.assert(
      fc.asyncProperty(broken, async (network) => {
        const reply = await candidate.call('PUT', `${own}/network`, {
          baseRevision: 1,
          saveId: randomUUID(),
          network,
        });
        expect(reply.status).toBe(400);
        expect(reply.body.code).toBe('invalid-network');
        expect(reply.body.errors.length).toBeGreaterThan(0);
        for (const error of reply.body.errors as Array<{
          path: Array<string | number>;
          message: { nl: string; en: string };
        }>) {
          expect(error.path[0]).toBe('network');
          // A Dutch sentence and an English one
          expect(error.message).toEqual({
            nl: expect.stringMatching(/^\S/),
            en: expect.stringMatching(/^\S/),
          });
        }
        const after = await candidate.get(own);
        expect(after.body.revision).toBe(1);
        expect(after.body.network).toEqual(saved);
      }),
      { numRuns: 150 },
    );

    // The refusals left the scan usable: the next valid save goes through on top of revision 1.
    const next = await candidate.call('PUT', `${own}/network`, {
      baseRevision: 1,
      saveId: randomUUID(),
      network: { ...saved, contacts: saved.contacts.slice(0, 2), ties: [] },
    });
    expect(next.body).toEqual({ revision: 2 });
  });
});

// The network map, its analysis and its picture as replies carry them, field by field. The core
// validates a map without zod (core/network/model.ts: the browser does not carry zod), so the
// contract is declared here, from the same lists, and checked against the domain types at compile
// time (`Exactly`). No field beyond the model's: a contact is a label and the few attributes the
// model allows, and anything else in a reply is refused by the route.
import { z } from 'zod';
import type { NetworkDrawing } from '../../core/network/drawing.ts';
import { type NetworkMeasureName, networkMeasureNames } from '../../core/network/measure-names.ts';
import { inclusivenessAttributes, type NetworkAnalysis } from '../../core/network/metrics.ts';
import {
  contactKinds,
  dependenceDirections,
  type Network,
  networkModelVersion,
  yesNoUnknown,
} from '../../core/network/model.ts';
import { nameInOpenApi } from '../http/openapi.ts';
import { textOut } from './instrument-schemas.ts';
import type { Exactly } from './schemas.ts';

const kind = z.enum(contactKinds);
const business = z.enum(yesNoUnknown);
const direction = z.enum(dependenceDirections);
const measureName = z.enum(networkMeasureNames);

export const networkSchema = nameInOpenApi(
  z.object({
    version: z.literal(networkModelVersion),
    ego: z.object({
      gender: z.string().optional(),
      ageBand: z.string().optional(),
      place: z.string().optional(),
      sector: z.string().optional(),
    }),
    contexts: z.array(
      z.object({
        id: z.string(),
        catalogueId: z.string().optional(),
        label: z.string().optional(),
        role: z.string().optional(),
        private: z.boolean().optional(),
        interests: z.array(z.string()),
      }),
    ),
    contacts: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        kind,
        direct: z.boolean(),
        contexts: z.array(z.string()),
        relation: z.string().optional(),
        closeness: z.number().int().optional(),
        frequency: z.string().optional(),
        sector: z.string().optional(),
        business: business.optional(),
        dependences: z.array(z.object({ kind: z.string(), direction })).optional(),
        prompts: z.array(z.string()).optional(),
        gender: z.string().optional(),
        ageBand: z.string().optional(),
        place: z.string().optional(),
      }),
    ),
    ties: z.array(z.object({ a: z.string(), b: z.string(), strength: z.number().int().optional() })),
    memberships: z.array(
      z.object({ person: z.string(), organisation: z.string(), role: z.string().optional() }),
    ),
  }),
  'Network',
);

const attributeDetail = z.object({
  counts: z.record(z.string(), z.number().int()),
  categories: z.number().int(),
  ego: z.string().nullable(),
  internal: z.number().int(),
  external: z.number().int(),
});

/** The measures and per-contact details stored with a submitted scan (expert and own data only). */
export const networkAnalysisSchema = nameInOpenApi(
  z.object({
    measures: z.record(measureName, z.number()),
    details: z.object({
      contacts: z.array(
        z.object({
          id: z.string(),
          kind,
          direct: z.boolean(),
          distance: z.number().int().nullable(),
          via: z.array(z.string()),
          contexts: z.array(z.string()),
          multiplex: z.boolean(),
          privateInterestOverlap: z.boolean(),
          sensitive: z.boolean(),
          exposureWeight: z.number(),
          business: business.nullable(),
          interest: z.boolean(),
          closeness: z.number().nullable(),
          links: z.number().int(),
          isolate: z.boolean(),
          component: z.number().int().nullable(),
          constraint: z.number(),
        }),
      ),
      contexts: z.array(
        z.object({
          id: z.string(),
          private: z.boolean(),
          interests: z.array(z.string()),
          contacts: z.array(z.string()),
          multiplexContacts: z.array(z.string()),
        }),
      ),
      multiplexContacts: z.array(z.string()),
      privateInterestOverlaps: z.array(z.string()),
      components: z.array(z.array(z.string())),
      isolates: z.array(z.string()),
      top3: z.array(z.string()),
      sensitiveAtDistance1: z.array(z.string()),
      sensitiveAtDistance2: z.array(z.string()),
      interestContacts: z.array(z.string()),
      interestContexts: z.array(z.string()),
      attributes: z.object(
        Object.fromEntries(inclusivenessAttributes.map((a) => [a, attributeDetail])) as Record<
          (typeof inclusivenessAttributes)[number],
          typeof attributeDetail
        >,
      ),
      undefinedMeasures: z.array(measureName),
    }),
  }),
  'NetworkAnalysis',
);

/** The picture of the map (report and stored evaluation): positions, marks, the description. */
export const networkDrawingSchema = nameInOpenApi(
  z.object({
    box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
    contexts: z.array(
      z.object({
        id: z.string(),
        label: textOut,
        cx: z.number(),
        cy: z.number(),
        r: z.number(),
        tone: z.number().int(),
        labelX: z.number(),
        labelY: z.number(),
        labelAnchor: z.enum(['start', 'middle', 'end']),
        size: z.number().int(),
      }),
    ),
    ties: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        x1: z.number(),
        y1: z.number(),
        x2: z.number(),
        y2: z.number(),
        strength: z.number(),
        membership: z.boolean(),
      }),
    ),
    contacts: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        x: z.number(),
        y: z.number(),
        r: z.number(),
        shape: z.enum(['circle', 'square', 'diamond']),
        kind,
        indirect: z.boolean(),
        sensitive: z.boolean(),
        business: z.boolean(),
        multiplex: z.boolean(),
        contexts: z.array(z.string()),
        sector: z.string().optional(),
        sectorLabel: textOut.optional(),
        closeness: z.number().optional(),
      }),
    ),
    description: textOut,
    ego: z.object({ x: z.number(), y: z.number(), r: z.number() }),
    counts: z.object({
      contacts: z.number().int(),
      contexts: z.number().int(),
      ties: z.number().int(),
      memberships: z.number().int(),
      sensitive: z.number().int(),
      business: z.number().int(),
      multiplex: z.number().int(),
      indirect: z.number().int(),
    }),
  }),
  'NetworkDrawing',
);

const _network: Exactly<z.infer<typeof networkSchema>, Network> = true;
const _analysis: Exactly<z.infer<typeof networkAnalysisSchema>, NetworkAnalysis> = true;
const _drawing: Exactly<z.infer<typeof networkDrawingSchema>, NetworkDrawing> = true;
const _measures: Exactly<z.infer<typeof measureName>, NetworkMeasureName> = true;

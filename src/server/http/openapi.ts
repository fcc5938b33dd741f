// The OpenAPI 3.1 document, generated from the same route definitions that validate requests.
import { OpenAPIRegistry, OpenApiGeneratorV31, zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { problemSchema } from './problem.ts';
import type { AnyRoute } from './route.ts';

/**
 * Gives a schema a name in the document: it is written once under components/schemas and every use
 * is a $ref to it. A recursive schema (z.lazy, like the instrument's conditions) needs one — the
 * generator unfolds an unnamed lazy schema until the stack overflows. The library's own
 * `.openapi(name)` exists only on schemas made after `extendZodWithOpenApi`, and the core's schemas
 * are made without it (src/core does not depend on the OpenAPI library), so the name goes into the
 * library's registry directly; the schema itself, and what it accepts, do not change.
 */
export function nameInOpenApi<S extends z.ZodType>(schema: S, name: string): S {
  zodToOpenAPIRegistry.add(schema, { _internal: { refId: name } });
  return schema;
}

const problemContent = { 'application/problem+json': { schema: problemSchema } };

export function openApiDocument(routes: readonly AnyRoute[], version: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-weerbaar-sessie',
  });
  for (const route of routes) {
    const responses: Record<
      string,
      {
        description: string;
        content?: Record<string, { schema: z.ZodType | { type: 'string'; format: 'binary' } }>;
        headers?: Record<string, { description: string; schema: { type: 'integer'; minimum: number } }>;
      }
    > = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      responses[status] = schema
        ? { description: 'OK', content: { 'application/json': { schema } } }
        : { description: 'Geen inhoud / No content' };
    }
    // A file reply (route.produces): the bytes themselves, as an attachment.
    if (route.produces)
      responses['200'] = {
        description: 'Bestand (bijlage) / File (attachment)',
        content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } },
      };
    responses['400'] = { description: 'Ongeldige invoer (problem+json)', content: problemContent };
    if (route.auth !== 'public')
      responses['401'] = { description: 'Niet aangemeld', content: problemContent };
    if (route.organisation) {
      responses['403'] = { description: 'Geen toegang', content: problemContent };
      responses['404'] = { description: 'Niet gevonden', content: problemContent };
    }
    if (route.rateLimit)
      responses['429'] = {
        description: `Te veel verzoeken: hooguit een ingesteld aantal per persoon per tijdvak (${route.rateLimit}); de header Retry-After zegt na hoeveel seconden het weer kan / Too many requests (rate limit per person, kind ${route.rateLimit}); see Retry-After`,
        content: problemContent,
        headers: {
          'Retry-After': {
            description: 'Seconden tot een nieuwe poging zin heeft / seconds until a retry makes sense',
            schema: { type: 'integer', minimum: 1 },
          },
        },
      };
    registry.registerPath({
      method: route.method,
      path: route.path,
      operationId: route.id,
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth === 'public' ? {} : { security: [{ sessionCookie: [] }] }),
      request: {
        ...(route.params ? { params: route.params as z.ZodObject } : {}),
        ...(route.query ? { query: route.query as z.ZodObject } : {}),
        ...(route.body
          ? { body: { content: { 'application/json': { schema: route.body } }, required: true } }
          : {}),
      },
      responses,
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Weerbaar API',
      version,
      description:
        'API van Weerbaar. Fouten zijn RFC 9457 problem+json. Wijzigingen met een sessiecookie vragen de header x-csrf-token.',
    },
    servers: [{ url: '/' }],
  });
}

// The one way the web calls the JSON API: `call(id, { params, query, body }, options)`, the route
// named by its id. What may be sent and what comes back are the route's own schemas (contract.ts);
// the method and the path come from the generated table, so no page builds an address by hand.
// Sending, errors (ApiError), CSRF token, language and keepalive stay with request() in api.ts.
import { type RequestOptions, request } from './api.ts';
import type { FileRouteId, Input, JsonRouteId, Reply, RouteId, RouteOf } from './contract.ts';
import { routeTable } from './routes.generated.ts';

// The table must say for every route what the route itself says, and name no other: a route added,
// removed or moved without `npm run generate:routes` does not compile here (and
// test/web/routes-table.test.ts fails).
type Table = {
  readonly [Id in RouteId]: { readonly method: RouteOf<Id>['method']; readonly path: RouteOf<Id>['path'] };
};
const table: Table & Record<Exclude<keyof typeof routeTable, RouteId>, never> = routeTable;

type Values = Record<string, unknown> | undefined;

function fillPath(template: string, params: Values): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    // The types ask for every parameter; this only guards a cast gone wrong.
    if (value === undefined || value === null) throw new Error(`path parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Values): string {
  const pairs = Object.entries(query ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function addressOf(id: RouteId, input: unknown): string {
  const { params, query } = (input ?? {}) as { params?: Values; query?: Values };
  return fillPath(table[id].path, params) + queryString(query);
}

/** The address of a file route (a PDF), for a page that fetches the bytes itself. */
export function fileAddress<Id extends FileRouteId>(id: Id, input: Input<Id>): string {
  return addressOf(id, input);
}

// The input may be left out when the route asks for nothing required (no parameters, no body).
type CallArgs<Id extends JsonRouteId> =
  object extends Input<Id>
    ? [input?: Input<Id>, options?: RequestOptions]
    : [input: Input<Id>, options?: RequestOptions];

/** Calls the route `id`; rejects with ApiError (api.ts) on a problem reply or a network error. */
export function call<Id extends JsonRouteId>(id: Id, ...[input, options]: CallArgs<Id>): Promise<Reply<Id>> {
  const { body } = (input ?? {}) as { body?: unknown };
  const method = table[id].method.toUpperCase() as Uppercase<RouteOf<Id>['method']>;
  return request<Reply<Id>>(method, addressOf(id, input), body, options);
}

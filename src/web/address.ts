// A route's method and address from its id and input, by the generated table (routes.generated.ts),
// checked against the route definitions' own types: the table must say for every route what the
// route itself says, and name no other. No browser API here, so the Playwright support
// (e2e/support/api.ts) builds its calls with it too, and a renamed route breaks both at compile time.
import type { Input, RouteId, RouteOf } from './contract.ts';
import { routeTable } from './routes.generated.ts';

// A route added, removed or moved without `npm run generate:routes` does not compile here (and
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

/** The path with its parameters filled in and the query added. */
export function addressOf<Id extends RouteId>(id: Id, input: Input<Id> | undefined): string {
  const { params, query } = (input ?? {}) as { params?: Values; query?: Values };
  return fillPath(table[id].path, params) + queryString(query);
}

/** The route's method, upper case as HTTP writes it. */
export function methodOf<Id extends RouteId>(id: Id): Uppercase<RouteOf<Id>['method']> {
  return table[id].method.toUpperCase() as Uppercase<RouteOf<Id>['method']>;
}

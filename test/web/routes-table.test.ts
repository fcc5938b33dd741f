// The web client's run-time table (src/web/routes.generated.ts) is generated from the route
// definitions; a route added, removed, renamed or moved without `npm run generate:routes` fails here.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedTablePath, renderRouteTable } from '../../scripts/generate-web-routes.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { routeTable } from '../../src/web/routes.generated.ts';

describe('the generated route table', () => {
  it('is what the generator makes of the routes today', () => {
    // Compared as text, so also the committed file itself is exactly the generator's output.
    expect(fs.readFileSync(generatedTablePath, 'utf8')).toBe(renderRouteTable(allRoutes));
  });

  it('names every route once, with its method and path', () => {
    expect(Object.keys(routeTable).sort()).toEqual(allRoutes.map((route) => route.id).sort());
    for (const route of allRoutes) {
      expect(routeTable[route.id as keyof typeof routeTable]).toEqual({
        method: route.method,
        path: route.path,
      });
    }
  });
});

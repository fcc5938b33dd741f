import { z } from 'zod';
import { currentMigrationVersion } from '../db/migrate.ts';
import { defineRoute } from '../http/route.ts';
import { appVersion } from '../version.ts';

export const health = defineRoute({
  id: 'health',
  method: 'get',
  path: '/api/health',
  summary: 'Is the app up, on which database, at which migration?',
  tag: 'platform',
  auth: 'public',
  responses: {
    200: z.object({
      status: z.literal('ok'),
      database: z.enum(['pglite', 'postgres']),
      migration: z.number().int(),
      version: z.string(),
    }),
  },
  handler: async ({ deps }) => ({
    status: 200,
    body: {
      status: 'ok',
      database: deps.database.kind,
      migration: await currentMigrationVersion(deps.database),
      version: appVersion,
    },
  }),
});

// YAML text → a checked instrument, or issues with the line they are on. Pure: the caller reads
// the file (server, CLI) or receives the text (browser preview).
import type { z } from 'zod';
import { checkInstrument } from './check.ts';
import { type Instrument, instrumentSchema, itemSchema } from './schema.ts';
import { formatPath, type LoadIssue, parseYamlWithLines } from './yaml-lines.ts';

const itemKinds = itemSchema.options.map((o) => o.shape.kind.value);

export type { LoadIssue };
export { formatPath };

export type LoadResult =
  | { ok: true; instrument: Instrument; issues: [] }
  | { ok: false; issues: LoadIssue[] };

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')} / unknown key`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    return `onbekende of ontbrekende '${issue.discriminator}'; mogelijk: ${itemKinds.join(', ')} / unknown ${issue.discriminator}`;
  }
  if (issue.code === 'invalid_union')
    return 'dit past bij geen van de toegestane vormen (controleer de schrijfwijze van de sleutels) / matches no allowed shape';
  return issue.message;
}

export function loadInstrument(text: string): LoadResult {
  const yaml = parseYamlWithLines(text);
  if (!yaml.ok) return yaml;
  const { locate } = yaml;
  const parsed = instrumentSchema.safeParse(yaml.value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: flattenUnionIssues(parsed.error.issues).map((issue) => ({
        path: formatPath(issue.path),
        ...locate(issue.path as Array<string | number>),
        message: zodMessage(issue),
      })),
    };
  }
  const issues = checkInstrument(parsed.data).map((i) => ({
    path: formatPath(i.path),
    ...locate(i.path),
    message: i.message,
  }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, instrument: parsed.data, issues: [] };
}

/**
 * A union that failed gives one issue per alternative; when one alternative is clearly the one
 * meant (its discriminator matched), its own issues say more than "matches no shape".
 */
function flattenUnionIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Pick the alternative with the fewest issues: the closest match.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (best.length > 0 && best.length < 4) {
        out.push(...flattenUnionIssues(best, path));
        continue;
      }
    }
    out.push({ ...issue, path } as z.core.$ZodIssue);
  }
  return out;
}

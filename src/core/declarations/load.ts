// A declaration the candidate reads and signs (the bewilligingsverklaring of the
// antecedentenonderzoek; later the party selection's declarations): versioned content an
// integrity expert writes in YAML, nl and en, checked with line numbers like the instruments and
// the conversation content. Pure: the server reads the files (server/declarations/registry.ts).
import { z } from 'zod';
import { formatPath, type LoadIssue, parseYamlWithLines } from '../instrument/yaml-lines.ts';

export type { LoadIssue };

const both = z.strictObject({
  nl: z.string({ error: 'de Nederlandse tekst (nl) ontbreekt / Dutch text missing' }).trim().min(1),
  en: z.string({ error: 'de Engelse tekst (en) ontbreekt / English text missing' }).trim().min(1),
});

const section = z.strictObject({ title: both, body: both });

export const declarationSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id: kleine letters, cijfers en - / lowercase id'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versie als 1.0.0 / version like 1.0.0'),
  title: both,
  intro: both,
  /** What a declaration must say: the sources, the purpose, who sees the results, the retention. */
  sources: section,
  purpose: section,
  readers: section,
  retention: section,
  /** Anything else (revoking, questions), in order. */
  more: z.array(section).default([]),
  /** The sentence the candidate agrees to by signing. */
  consent: both,
});

export type Declaration = z.infer<typeof declarationSchema>;

export type LoadedDeclaration = { ok: true; value: Declaration } | { ok: false; issues: LoadIssue[] };

/** YAML → the checked declaration; `expected` is the id and version its path names. */
export function loadDeclaration(text: string, expected?: { id: string; version: string }): LoadedDeclaration {
  const yaml = parseYamlWithLines(text, { atKeys: true });
  if (!yaml.ok) return yaml;
  const parsed = declarationSchema.safeParse(yaml.value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        ...yaml.locate(issue.path),
        message: issue.message,
      })),
    };
  }
  const issues: LoadIssue[] = [];
  if (expected && parsed.data.id !== expected.id) {
    issues.push({
      path: 'id',
      ...yaml.locate(['id']),
      message: `id '${parsed.data.id}' is niet de map '${expected.id}' / id differs from its folder`,
    });
  }
  if (expected && parsed.data.version !== expected.version) {
    issues.push({
      path: 'version',
      ...yaml.locate(['version']),
      message: `versie '${parsed.data.version}' is niet de bestandsnaam '${expected.version}' / version differs from its file name`,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

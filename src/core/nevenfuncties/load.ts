// YAML text → the checked register content, or issues with the line they are on (the same parse
// and form as the handreiking's loader). Pure: the caller reads the file.
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { type RegisterContent, registerContentSchema, requiredPublishedFields } from './schema.ts';

export type { Loaded };

/** Fields and offices once each; the fields a publication cannot do without are listed. */
export function loadRegisterContent(text: string): Loaded<RegisterContent> {
  return loadChecked(text, registerContentSchema, (file) => {
    const issues: Check[] = [];
    const once = (values: readonly string[], path: (i: number) => Array<string | number>) => {
      const seen = new Set<string>();
      values.forEach((value, i) => {
        if (seen.has(value)) issues.push({ path: path(i), message: `'${value}' staat er twee keer / twice` });
        seen.add(value);
      });
    };
    once(
      file.offices.map((o) => o.office),
      (i) => ['offices', i, 'office'],
    );
    once(
      file.published.fields.map((f) => f.field),
      (i) => ['published', 'fields', i, 'field'],
    );
    once(
      file.internal.fields.map((f) => f.field),
      (i) => ['internal', 'fields', i, 'field'],
    );
    const listed = new Set<string>(file.published.fields.map((f) => f.field));
    for (const field of requiredPublishedFields) {
      if (!listed.has(field))
        issues.push({
          path: ['published', 'fields'],
          message: `'${field}' ontbreekt: zonder dit veld zegt de publicatie niets / missing a required field`,
        });
    }
    return issues;
  });
}

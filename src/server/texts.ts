// Every namespace the server speaks in, with one `t(ns, key, vars, language)` and one
// `sentence(ns, key, vars)` ({nl, en}) over them: core's (`report`, `network`) and the server's
// own (`errors`, `mail`, `pdf`). Keys are checked by type; test/texts.test.ts checks the texts.
import { coreNamespaces } from '../core/texts/namespaces.ts';
import { type TextKey, translator } from '../core/texts/translate.ts';
import { errorTexts } from './errors/texts.ts';
import { mailTexts } from './mail/texts.ts';
import { pdfTexts } from './pdf/texts.ts';
import { researchTexts } from './research/texts.ts';

export const serverNamespaces = {
  ...coreNamespaces,
  errors: errorTexts,
  mail: mailTexts,
  pdf: pdfTexts,
  research: researchTexts,
} as const;

export const { t, sentence } = translator(serverNamespaces);

/**
 * A route schema's message for zod (which takes one string): the key of the sentence in
 * `errors.input`. The mapper (http/problem.ts, `fieldsOfZodError`) looks it up; it never parses.
 */
export function inputMessage(key: TextKey<typeof errorTexts.input>): string {
  return `input.${key}`;
}

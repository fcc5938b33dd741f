// Every namespace the server speaks in, with one `t(ns, key, vars, language)` and one
// `sentence(ns, key, vars)` ({nl, en}) over them: core's (`report`, `network`) and the server's
// own (`errors`, `mail`, `pdf`). Keys are checked by type; test/texts.test.ts checks the texts.
import { coreNamespaces } from '../core/texts/namespaces.ts';
import { translator } from '../core/texts/translate.ts';
import { pdfTexts } from './pdf/texts.ts';

export const serverNamespaces = { ...coreNamespaces, pdf: pdfTexts } as const;

export const { t, sentence } = translator(serverNamespaces);

import 'i18next';
import type { coreNamespaces } from '../../core/texts/namespaces.ts';
import type { InLanguage } from '../../core/texts/translate.ts';
import type { nl } from './nl.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl } & {
      [N in keyof typeof coreNamespaces]: InLanguage<(typeof coreNamespaces)[N]>;
    };
  }
}

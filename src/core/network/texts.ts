// Namespace `network`: the words of the network picture made in core (drawing.ts): the alternative
// text that counts contacts, networks, sensitive sectors, business and "different hats". Dutch and
// English side by side per key, placeholders `{{name}}`, plurals `_one` / `_other` chosen by `count`
// (see src/core/texts/translate.ts; checked by test/texts.test.ts).
import type { TextTree } from '../texts/translate.ts';

export const networkTexts = {
  alt: {
    empty: { nl: 'De netwerkkaart is nog leeg.', en: 'The network map is still empty.' },
    shows: {
      nl: 'De netwerkkaart toont {{contacts}} in {{contexts}}, met {{ties}} tussen contacten.',
      en: 'The network map shows {{contacts}} in {{contexts}}, with {{ties}} between contacts.',
    },
    showsWithMemberships: {
      nl: 'De netwerkkaart toont {{contacts}} in {{contexts}}, met {{ties}} tussen contacten en {{memberships}} van een organisatie.',
      en: 'The network map shows {{contacts}} in {{contexts}}, with {{ties}} between contacts and {{memberships}} of an organisation.',
    },
    contacts_one: { nl: '{{count}} contact', en: '{{count}} contact' },
    contacts_other: { nl: '{{count}} contacten', en: '{{count}} contacts' },
    contexts_one: { nl: '{{count}} netwerk', en: '{{count}} network' },
    contexts_other: { nl: '{{count}} netwerken', en: '{{count}} networks' },
    ties_one: { nl: '{{count}} band', en: '{{count}} connection' },
    ties_other: { nl: '{{count}} banden', en: '{{count}} connections' },
    memberships_one: { nl: '{{count}} lidmaatschap', en: '{{count}} membership' },
    memberships_other: { nl: '{{count}} lidmaatschappen', en: '{{count}} memberships' },
    marks: {
      nl: '{{sensitive}}, {{business}} en {{multiplex}}.',
      en: '{{sensitive}}, {{business}} and {{multiplex}}.',
    },
    sensitive_one: {
      nl: '{{count}} contact zit in een gevoelige sector',
      en: '{{count}} contact is in a sensitive sector',
    },
    sensitive_other: {
      nl: '{{count}} contacten zitten in een gevoelige sector',
      en: '{{count}} contacts are in a sensitive sector',
    },
    business_one: {
      nl: '{{count}} doet zaken met de gemeente',
      en: '{{count}} does business with the municipality',
    },
    business_other: {
      nl: '{{count}} doen zaken met de gemeente',
      en: '{{count}} do business with the municipality',
    },
    multiplex_one: {
      nl: '{{count}} zit in meer dan één netwerk',
      en: '{{count}} is in more than one network',
    },
    multiplex_other: {
      nl: '{{count}} zitten in meer dan één netwerk',
      en: '{{count}} are in more than one network',
    },
    indirect_one: {
      nl: '{{count}} contact is alleen bekend via een ander contact.',
      en: '{{count}} contact is known only through another contact.',
    },
    indirect_other: {
      nl: '{{count}} contacten zijn alleen bekend via een ander contact.',
      en: '{{count}} contacts are known only through another contact.',
    },
  },
} as const satisfies TextTree;

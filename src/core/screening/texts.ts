// Namespace `screening`: each match feature and each refusal of a FollowTheMoney line in words,
// so an integrity expert sees why a hit scored as it did. Dutch and English side by side per
// key; `{{query}}` is what the subject's data says, `{{candidate}}` what the list says. Checked by
// test/texts.test.ts; read through `explainFeature` and `explainRefusal` (explain.ts).
import type { TextTree } from '../texts/translate.ts';

export const screeningTexts = {
  feature: {
    name: {
      exact: {
        nl: 'De naam ‘{{query}}’ staat precies zo op de lijst: ‘{{candidate}}’',
        en: 'The name ‘{{query}}’ is on the list exactly so: ‘{{candidate}}’',
      },
      'part-exact': {
        nl: '‘{{query}}’ komt precies overeen met ‘{{candidate}}’',
        en: '‘{{query}}’ agrees exactly with ‘{{candidate}}’',
      },
      initial: {
        nl: '‘{{query}}’ en ‘{{candidate}}’ beginnen met dezelfde letter (voorletter)',
        en: '‘{{query}}’ and ‘{{candidate}}’ start with the same letter (an initial)',
      },
      phonetic: {
        nl: '‘{{query}}’ komt overeen met ‘{{candidate}}’ (klinkt gelijk)',
        en: '‘{{query}}’ agrees with ‘{{candidate}}’ (sounds the same)',
      },
      'edit-distance': {
        nl: '‘{{query}}’ lijkt op ‘{{candidate}}’ (een of twee letters anders, mogelijk een tikfout)',
        en: '‘{{query}}’ resembles ‘{{candidate}}’ (one or two letters differ, possibly a typing error)',
      },
      'tussenvoegsel-missing': {
        nl: 'Het tussenvoegsel staat maar aan één kant: ‘{{query}}’ tegenover ‘{{candidate}}’',
        en: 'The name particle is on one side only: ‘{{query}}’ against ‘{{candidate}}’',
      },
      'tussenvoegsel-different': {
        nl: 'Een ander tussenvoegsel: ‘{{query}}’ tegenover ‘{{candidate}}’ (verlaagt de score)',
        en: 'A different name particle: ‘{{query}}’ against ‘{{candidate}}’ (lowers the score)',
      },
      'order-swapped': {
        nl: 'De delen van de naam staan in een andere volgorde',
        en: 'The parts of the name are in a different order',
      },
      transliterated: {
        nl: '‘{{query}}’ is ‘{{candidate}}’ in een ander schrift of zonder accenten',
        en: '‘{{query}}’ is ‘{{candidate}}’ in another script or without accents',
      },
      'part-missing': {
        nl: 'Een deel van de naam staat maar aan één kant: ‘{{query}}’ tegenover ‘{{candidate}}’',
        en: 'Part of the name is on one side only: ‘{{query}}’ against ‘{{candidate}}’',
      },
    },
    'birth-date': {
      same: {
        nl: 'Dezelfde geboortedatum: {{query}}',
        en: 'The same date of birth: {{query}}',
      },
      'year-same': {
        nl: 'Geboortedatum komt overeen voor zover bekend: {{query}} en {{candidate}}',
        en: 'Date of birth agrees as far as known: {{query}} and {{candidate}}',
      },
      conflict: {
        nl: 'Andere geboortedatum: {{query}} tegenover {{candidate}} (verlaagt de score)',
        en: 'A different date of birth: {{query}} against {{candidate}} (lowers the score)',
      },
    },
    country: {
      same: { nl: 'Hetzelfde land: {{query}}', en: 'The same country: {{query}}' },
      conflict: {
        nl: 'Ander land: {{query}} tegenover {{candidate}} (verlaagt de score)',
        en: 'A different country: {{query}} against {{candidate}} (lowers the score)',
      },
    },
    identifier: {
      same: {
        nl: 'Hetzelfde nummer ({{query}}): vrijwel zeker dezelfde',
        en: 'The same number ({{query}}): almost certainly the same',
      },
      conflict: {
        nl: 'Andere nummers: {{query}} tegenover {{candidate}} (verlaagt de score)',
        en: 'Different numbers: {{query}} against {{candidate}} (lowers the score)',
      },
    },
  },
  refusal: {
    'not-json': {
      nl: 'Regel {{line}} is geen JSON',
      en: 'Line {{line}} is not JSON',
    },
    'not-an-object': {
      nl: 'Regel {{line}} is geen object',
      en: 'Line {{line}} is not an object',
    },
    'no-id': {
      nl: 'Regel {{line}} heeft geen id',
      en: 'Line {{line}} has no id',
    },
    'no-schema': {
      nl: 'Regel {{line}} heeft geen schema',
      en: 'Line {{line}} has no schema',
    },
    'unsupported-schema': {
      nl: 'Regel {{line}} is geen persoon of organisatie (schema wordt niet gescreend)',
      en: 'Line {{line}} is not a person or organisation (schema not screened)',
    },
    'no-name': {
      nl: 'Regel {{line}} heeft geen naam',
      en: 'Line {{line}} has no name',
    },
    'bad-date': {
      nl: 'Regel {{line}} heeft een geboortedatum die geen datum is (verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD)',
      en: 'Line {{line}} has a date of birth that is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    },
  },
  /** Said in place of a name part that one side does not have. */
  absent: { nl: '(niets)', en: '(nothing)' },
} as const satisfies TextTree;

// Namespace `mail`: the words of every mail Weerbaar sends, Dutch and English side by side per key,
// placeholders `{{name}}`, plurals `_one` / `_other` by `count` (see src/core/texts/translate.ts;
// checked by test/texts.test.ts). templates.ts puts them together as plain text and HTML. Mail
// never holds scan content: only a link, the organisation's name, a role and a lifetime.
import type { TextTree } from '../../core/texts/translate.ts';

export const mailTexts = {
  greeting: { nl: 'Goedendag,', en: 'Hello,' },
  about: {
    nl: 'Weerbaar is een vertrouwelijke omgeving voor weerbaarheidsscans van (kandidaat-)bestuurders.',
    en: 'Weerbaar is a confidential environment for resilience scans of (prospective) board members and officials.',
  },
  minutes_one: { nl: '{{count}} minuut', en: '{{count}} minute' },
  minutes_other: { nl: '{{count}} minuten', en: '{{count}} minutes' },
  days_one: { nl: '{{count}} dag', en: '{{count}} day' },
  days_other: { nl: '{{count}} dagen', en: '{{count}} days' },
  roles: {
    beheerder: { nl: 'beheerder', en: 'administrator' },
    opdrachtgever: { nl: 'opdrachtgever', en: 'client' },
    expert: { nl: 'expert', en: 'expert' },
    kandidaat: { nl: 'kandidaat', en: 'candidate' },
    onderzoeker: { nl: 'onderzoeker', en: 'researcher' },
    commissie: { nl: 'lid van de kandidatencommissie', en: 'member of the selection committee' },
  },
  'sign-in-link': {
    subject: { nl: 'Uw aanmeldlink voor Weerbaar', en: 'Your sign-in link for Weerbaar' },
    asked: {
      nl: 'Er is gevraagd om een aanmeldlink voor Weerbaar voor dit e-mailadres. Met de link hieronder meldt u zich aan.',
      en: 'Someone asked for a sign-in link to Weerbaar for this e-mail address. Use the link below to sign in.',
    },
    action: { nl: 'Aanmelden bij Weerbaar', en: 'Sign in to Weerbaar' },
    validity: {
      nl: 'De link werkt één keer en is {{minutes}} geldig. Daarna kunt u een nieuwe link aanvragen.',
      en: 'The link works once and is valid for {{minutes}}. After that you can ask for a new one.',
    },
    notYou: {
      nl: 'Heeft u niet om deze link gevraagd? Dan kunt u deze e-mail negeren. Zonder de link kan niemand zich met uw adres aanmelden.',
      en: 'Did you not ask for this link? Then you can ignore this e-mail. Without the link nobody can sign in with your address.',
    },
  },
  invitation: {
    subject: {
      nl: 'Uitnodiging van {{organisation}} voor Weerbaar',
      en: 'Invitation from {{organisation}} to Weerbaar',
    },
    invites: {
      nl: '{{organisation}} nodigt u uit voor Weerbaar, in de rol van {{role}}.',
      en: '{{organisation}} invites you to Weerbaar, in the role of {{role}}.',
    },
    how: {
      nl: 'Met de link hieronder neemt u de uitnodiging aan en kiest u hoe u zich voortaan aanmeldt.',
      en: 'Use the link below to accept the invitation and set up how you sign in.',
    },
    action: { nl: 'Uitnodiging aannemen', en: 'Accept the invitation' },
    validity: {
      nl: 'De link werkt één keer en is {{days}} geldig.',
      en: 'The link works once and is valid for {{days}}.',
    },
    notExpected: {
      nl: 'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren; er gebeurt dan niets.',
      en: 'Did you not expect this invitation? Then you can ignore this e-mail; nothing will happen.',
    },
  },
  /**
   * Notices about the scan flow. They say that something happened and where to look after signing
   * in — never what: no answers, no levels, no names of candidates.
   */
  notices: {
    noContent: {
      nl: 'Om veiligheidsredenen staat in deze e-mail niets over de inhoud. U leest alles na het aanmelden.',
      en: 'For safety, this e-mail says nothing about the content. You read everything after signing in.',
    },
    'scan-reminder': {
      subject: { nl: 'Uw weerbaarheidsscan wacht op u', en: 'Your resilience scan is waiting for you' },
      says: {
        nl: 'Voor de procedure "{{procedure}}" van {{organisation}} staat uw scan nog open. Uw antwoorden tot nu toe zijn bewaard.',
        en: 'Your scan for the procedure "{{procedure}}" of {{organisation}} is still open. Your answers so far have been kept.',
      },
      action: { nl: 'Verder met de scan', en: 'Continue the scan' },
    },
    'scan-submitted': {
      subject: { nl: 'Een scan is ingediend', en: 'A scan was submitted' },
      says: {
        nl: 'In de procedure "{{procedure}}" van {{organisation}} is een scan ingediend die u mag beoordelen.',
        en: 'In the procedure "{{procedure}}" of {{organisation}} a scan was submitted for you to review.',
      },
      action: { nl: 'Naar de beoordeling', en: 'Go to the review' },
    },
    'report-ready': {
      subject: { nl: 'Uw rapport is klaar', en: 'Your report is ready' },
      says: {
        nl: 'Het rapport van uw scan voor de procedure "{{procedure}}" van {{organisation}} is klaar. U leest het als eerste; het wordt alleen gedeeld als u daar zelf voor kiest.',
        en: 'The report of your scan for the procedure "{{procedure}}" of {{organisation}} is ready. You read it first; it is only shared if you choose to.',
      },
      action: { nl: 'Rapport lezen', en: 'Read the report' },
    },
    'report-released': {
      subject: {
        nl: 'Een kandidaat heeft een rapport met u gedeeld',
        en: 'A candidate shared a report with you',
      },
      says: {
        nl: 'In de procedure "{{procedure}}" van {{organisation}} heeft een kandidaat een rapport met u gedeeld.',
        en: 'In the procedure "{{procedure}}" of {{organisation}} a candidate shared a report with you.',
      },
      action: { nl: 'Naar de procedure', en: 'Go to the procedure' },
    },
    'release-revoked': {
      subject: { nl: 'Een gedeeld rapport is ingetrokken', en: 'A shared report was withdrawn' },
      says: {
        nl: 'In de procedure "{{procedure}}" van {{organisation}} heeft een kandidaat het delen van een rapport beëindigd.',
        en: 'In the procedure "{{procedure}}" of {{organisation}} a candidate stopped sharing a report.',
      },
      action: { nl: 'Naar de procedure', en: 'Go to the procedure' },
    },
  },
} as const satisfies TextTree;

// The texts of every mail Weerbaar sends, in Dutch and English: plain text plus simple,
// accessible HTML (language set, real link text, no images, no layout tables). Mail never holds
// scan content: only a link, the organisation's name, a role and a lifetime.
import type { Language, Role } from '../../core/vocabulary.ts';

export type MailTemplate =
  | 'sign-in-link'
  | 'invitation'
  | 'scan-reminder'
  | 'scan-submitted'
  | 'report-ready'
  | 'report-released'
  | 'release-revoked';
export type MailLanguage = Language;

export const mailTemplates: readonly MailTemplate[] = [
  'sign-in-link',
  'invitation',
  'scan-reminder',
  'scan-submitted',
  'report-ready',
  'report-released',
  'release-revoked',
];

/** The variables each template needs; queueMail refuses a mail that lacks one. */
export const templateVariables: Record<MailTemplate, readonly string[]> = {
  'sign-in-link': ['link', 'minutes'],
  invitation: ['link', 'organisation', 'role', 'days'],
  'scan-reminder': ['link', 'organisation', 'procedure'],
  'scan-submitted': ['link', 'organisation', 'procedure'],
  'report-ready': ['link', 'organisation', 'procedure'],
  'report-released': ['link', 'organisation', 'procedure'],
  'release-revoked': ['link', 'organisation', 'procedure'],
};

/**
 * Notices about the scan flow. They say that something happened and where to look after signing
 * in — never what: no answers, no levels, no names of candidates.
 */
const notices: Record<
  Exclude<MailTemplate, 'sign-in-link' | 'invitation'>,
  Record<
    MailLanguage,
    { subject: string; says: (procedure: string, organisation: string) => string; action: string }
  >
> = {
  'scan-reminder': {
    nl: {
      subject: 'Uw weerbaarheidsscan wacht op u',
      says: (p, o) =>
        `Voor de procedure "${p}" van ${o} staat uw scan nog open. Uw antwoorden tot nu toe zijn bewaard.`,
      action: 'Verder met de scan',
    },
    en: {
      subject: 'Your resilience scan is waiting for you',
      says: (p, o) =>
        `Your scan for the procedure "${p}" of ${o} is still open. Your answers so far have been kept.`,
      action: 'Continue the scan',
    },
  },
  'scan-submitted': {
    nl: {
      subject: 'Een scan is ingediend',
      says: (p, o) => `In de procedure "${p}" van ${o} is een scan ingediend die u mag beoordelen.`,
      action: 'Naar de beoordeling',
    },
    en: {
      subject: 'A scan was submitted',
      says: (p, o) => `In the procedure "${p}" of ${o} a scan was submitted for you to review.`,
      action: 'Go to the review',
    },
  },
  'report-ready': {
    nl: {
      subject: 'Uw rapport is klaar',
      says: (p, o) =>
        `Het rapport van uw scan voor de procedure "${p}" van ${o} is klaar. U leest het als eerste; het wordt alleen gedeeld als u daar zelf voor kiest.`,
      action: 'Rapport lezen',
    },
    en: {
      subject: 'Your report is ready',
      says: (p, o) =>
        `The report of your scan for the procedure "${p}" of ${o} is ready. You read it first; it is only shared if you choose to.`,
      action: 'Read the report',
    },
  },
  'report-released': {
    nl: {
      subject: 'Een kandidaat heeft een rapport met u gedeeld',
      says: (p, o) => `In de procedure "${p}" van ${o} heeft een kandidaat een rapport met u gedeeld.`,
      action: 'Naar de procedure',
    },
    en: {
      subject: 'A candidate shared a report with you',
      says: (p, o) => `In the procedure "${p}" of ${o} a candidate shared a report with you.`,
      action: 'Go to the procedure',
    },
  },
  'release-revoked': {
    nl: {
      subject: 'Een gedeeld rapport is ingetrokken',
      says: (p, o) =>
        `In de procedure "${p}" van ${o} heeft een kandidaat het delen van een rapport beëindigd.`,
      action: 'Naar de procedure',
    },
    en: {
      subject: 'A shared report was withdrawn',
      says: (p, o) => `In the procedure "${p}" of ${o} a candidate stopped sharing a report.`,
      action: 'Go to the procedure',
    },
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The link the mail is about (for the outbox notice in embedded mode). */
  link: string;
}

const roleNames: Record<Role, Record<MailLanguage, string>> = {
  beheerder: { nl: 'beheerder', en: 'administrator' },
  opdrachtgever: { nl: 'opdrachtgever', en: 'client' },
  expert: { nl: 'expert', en: 'expert' },
  kandidaat: { nl: 'kandidaat', en: 'candidate' },
  onderzoeker: { nl: 'onderzoeker', en: 'researcher' },
};

export function roleName(role: string, language: MailLanguage): string {
  return (roleNames as Record<string, Record<MailLanguage, string>>)[role]?.[language] ?? role;
}

const about: Record<MailLanguage, string> = {
  nl: 'Weerbaar is een vertrouwelijke omgeving voor weerbaarheidsscans van (kandidaat-)bestuurders.',
  en: 'Weerbaar is a confidential environment for resilience scans of (prospective) board members and officials.',
};

function count(n: number, language: MailLanguage, unit: 'minute' | 'day'): string {
  const words = {
    nl: { minute: ['minuut', 'minuten'], day: ['dag', 'dagen'] },
    en: { minute: ['minute', 'minutes'], day: ['day', 'days'] },
  } as const;
  const [one, many] = words[language][unit];
  return `${n} ${n === 1 ? one : many}`;
}

/** One line of header-safe text: no line breaks, no control characters, bounded length. */
function oneLine(value: string, max = 200): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function checkedLink(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('mail link must be http(s)');
  return url.toString();
}

function positive(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`mail variable ${name} must be a positive whole number`);
  return n;
}

/** A paragraph is either text or the link; HTML and text are made from the same parts. */
type Part = { text: string } | { link: string; label: string };

function compose(language: MailLanguage, subject: string, link: string, parts: Part[]): RenderedMail {
  const text = `${parts.map((p) => ('text' in p ? p.text : p.link)).join('\n\n')}\n\n-- \nWeerbaar\n`;
  const body = parts
    .map((p) =>
      'text' in p
        ? `<p>${escapeHtml(p.text)}</p>`
        : `<p><a href="${escapeHtml(p.link)}" style="color:#01689b;font-weight:bold">${escapeHtml(p.label)}</a></p>\n` +
          `<p style="word-break:break-all;color:#333">${escapeHtml(p.link)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">
<main style="max-width:36em">
${body}
<p style="color:#333">Weerbaar</p>
</main>
</body>
</html>
`;
  return { subject, text, html, link };
}

export function renderMail(
  template: MailTemplate,
  language: MailLanguage,
  variables: Record<string, string>,
): RenderedMail {
  for (const name of templateVariables[template]) {
    if (typeof variables[name] !== 'string' || variables[name] === '') {
      throw new Error(`mail template ${template} needs variable ${name}`);
    }
  }
  const link = checkedLink(variables.link!);
  if (template === 'sign-in-link') {
    const minutes = count(positive(variables.minutes, 'minutes'), language, 'minute');
    if (language === 'nl') {
      return compose(language, 'Uw aanmeldlink voor Weerbaar', link, [
        { text: 'Goedendag,' },
        {
          text: 'Er is gevraagd om een aanmeldlink voor Weerbaar voor dit e-mailadres. Met de link hieronder meldt u zich aan.',
        },
        { link, label: 'Aanmelden bij Weerbaar' },
        { text: `De link werkt één keer en is ${minutes} geldig. Daarna kunt u een nieuwe link aanvragen.` },
        { text: about.nl },
        {
          text: 'Heeft u niet om deze link gevraagd? Dan kunt u deze e-mail negeren. Zonder de link kan niemand zich met uw adres aanmelden.',
        },
      ]);
    }
    return compose(language, 'Your sign-in link for Weerbaar', link, [
      { text: 'Hello,' },
      {
        text: 'Someone asked for a sign-in link to Weerbaar for this e-mail address. Use the link below to sign in.',
      },
      { link, label: 'Sign in to Weerbaar' },
      { text: `The link works once and is valid for ${minutes}. After that you can ask for a new one.` },
      { text: about.en },
      {
        text: 'Did you not ask for this link? Then you can ignore this e-mail. Without the link nobody can sign in with your address.',
      },
    ]);
  }
  if (template !== 'invitation') {
    const notice = notices[template][language];
    return compose(language, notice.subject, link, [
      { text: language === 'nl' ? 'Goedendag,' : 'Hello,' },
      { text: notice.says(oneLine(variables.procedure!), oneLine(variables.organisation!)) },
      { link, label: notice.action },
      { text: about[language] },
      {
        text:
          language === 'nl'
            ? 'Om veiligheidsredenen staat in deze e-mail niets over de inhoud. U leest alles na het aanmelden.'
            : 'For safety, this e-mail says nothing about the content. You read everything after signing in.',
      },
    ]);
  }
  const organisation = oneLine(variables.organisation!);
  const role = roleName(variables.role!, language);
  const days = count(positive(variables.days, 'days'), language, 'day');
  if (language === 'nl') {
    return compose(language, `Uitnodiging van ${organisation} voor Weerbaar`, link, [
      { text: 'Goedendag,' },
      { text: `${organisation} nodigt u uit voor Weerbaar, in de rol van ${role}.` },
      { text: about.nl },
      { text: 'Met de link hieronder neemt u de uitnodiging aan en kiest u hoe u zich voortaan aanmeldt.' },
      { link, label: 'Uitnodiging aannemen' },
      { text: `De link werkt één keer en is ${days} geldig.` },
      { text: 'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren; er gebeurt dan niets.' },
    ]);
  }
  return compose(language, `Invitation from ${organisation} to Weerbaar`, link, [
    { text: 'Hello,' },
    { text: `${organisation} invites you to Weerbaar, in the role of ${role}.` },
    { text: about.en },
    { text: 'Use the link below to accept the invitation and set up how you sign in.' },
    { link, label: 'Accept the invitation' },
    { text: `The link works once and is valid for ${days}.` },
    { text: 'Did you not expect this invitation? Then you can ignore this e-mail; nothing will happen.' },
  ]);
}

// Every mail Weerbaar sends, in Dutch and English: plain text plus simple, accessible HTML
// (language set, real link text, no images, no layout tables), made from the words of namespace
// `mail` (texts.ts). Mail never holds scan content: only a link, the organisation's name, a role
// and a lifetime.
import type { TextKey, TextVars } from '../../core/texts/translate.ts';
import type { Language, Role } from '../../core/vocabulary.ts';
import { t } from '../texts.ts';
import { mailTexts } from './texts.ts';

export type MailTemplate =
  | 'sign-in-link'
  | 'invitation'
  | 'scan-reminder'
  | 'scan-submitted'
  | 'report-ready'
  | 'report-released'
  | 'release-revoked'
  | 'survey-invitation';
export type MailLanguage = Language;

export const mailTemplates: readonly MailTemplate[] = [
  'sign-in-link',
  'invitation',
  'scan-reminder',
  'scan-submitted',
  'report-ready',
  'report-released',
  'release-revoked',
  'survey-invitation',
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
  'survey-invitation': ['link', 'organisation', 'survey'],
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The link the mail is about (for the outbox notice in embedded mode). */
  link: string;
}

export function roleName(role: string, language: MailLanguage): string {
  return Object.hasOwn(mailTexts.roles, role) ? t('mail', `roles.${role as Role}`, {}, language) : role;
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
  const m = (key: TextKey<typeof mailTexts>, vars?: TextVars) => t('mail', key, vars, language);
  if (template === 'sign-in-link') {
    const minutes = m('minutes', { count: positive(variables.minutes, 'minutes') });
    return compose(language, m('sign-in-link.subject'), link, [
      { text: m('greeting') },
      { text: m('sign-in-link.asked') },
      { link, label: m('sign-in-link.action') },
      { text: m('sign-in-link.validity', { minutes }) },
      { text: m('about') },
      { text: m('sign-in-link.notYou') },
    ]);
  }
  if (template === 'survey-invitation') {
    const survey = oneLine(variables.survey!);
    const organisation = oneLine(variables.organisation!);
    return compose(language, m('survey-invitation.subject', { survey }), link, [
      { text: m('greeting') },
      { text: m('survey-invitation.says', { organisation, survey }) },
      { text: m('survey-invitation.anonymous') },
      { link, label: m('survey-invitation.action') },
    ]);
  }
  if (template !== 'invitation') {
    const where = {
      procedure: oneLine(variables.procedure!),
      organisation: oneLine(variables.organisation!),
    };
    return compose(language, m(`notices.${template}.subject`), link, [
      { text: m('greeting') },
      { text: m(`notices.${template}.says`, where) },
      { link, label: m(`notices.${template}.action`) },
      { text: m('about') },
      { text: m('notices.noContent') },
    ]);
  }
  const organisation = oneLine(variables.organisation!);
  const role = roleName(variables.role!, language);
  const days = m('days', { count: positive(variables.days, 'days') });
  return compose(language, m('invitation.subject', { organisation }), link, [
    { text: m('greeting') },
    { text: m('invitation.invites', { organisation, role }) },
    { text: m('about') },
    { text: m('invitation.how') },
    { link, label: m('invitation.action') },
    { text: m('invitation.validity', { days }) },
    { text: m('invitation.notExpected') },
  ]);
}

// The mail texts and the error descriptions, without a database (delivery: mail.db.test.ts).
import { describe, expect, it } from 'vitest';
import { describeError } from '../src/server/mail/outbox.ts';
import { mailTemplates, renderMail, roleName, templateVariables } from '../src/server/mail/templates.ts';

const link = 'https://weerbaar.example.nl/aanmelden/link#token=abc_DEF-123';

const notice = { link, organisation: 'Gemeente Voorbeeld', procedure: 'Wethouder 2026' };
const variables = {
  'sign-in-link': { link, minutes: '15' },
  invitation: { link, organisation: 'Gemeente Voorbeeld', role: 'kandidaat', days: '7' },
  'scan-reminder': notice,
  'scan-submitted': notice,
  'report-ready': notice,
  'report-released': notice,
  'release-revoked': notice,
  'survey-invitation': { link, organisation: 'Gemeente Voorbeeld', survey: 'Sociale veiligheid — voorjaar' },
} as const;

describe('mail templates', () => {
  for (const template of mailTemplates) {
    for (const language of ['nl', 'en'] as const) {
      it(`${template} (${language}) has subject, text and accessible HTML with the link`, () => {
        const mail = renderMail(template, language, { ...variables[template] });
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.link).toBe(link);
        expect(mail.text).toContain(link);
        expect(mail.text).toContain('Weerbaar');
        expect(mail.html).toContain(`<html lang="${language}">`);
        expect(mail.html).toContain(`href="${link}"`);
        expect(mail.html).toContain('<title>');
        expect(mail.html).not.toMatch(/<img|<script|<table/i);
        if ('procedure' in variables[template]) {
          // Notices name the procedure, never content or a candidate.
          expect(mail.text).toContain('Wethouder 2026');
        }
      });
    }
  }

  it('says how long the link works, in the right language and number', () => {
    expect(renderMail('sign-in-link', 'nl', { link, minutes: '15' }).text).toContain('15 minuten geldig');
    expect(renderMail('sign-in-link', 'en', { link, minutes: '1' }).text).toContain('valid for 1 minute.');
    expect(renderMail('invitation', 'nl', { ...variables.invitation, days: '1' }).text).toContain(
      '1 dag geldig',
    );
    expect(renderMail('invitation', 'en', variables.invitation).text).toContain('valid for 7 days');
  });

  it('names the organisation and the role in the reader’s language', () => {
    const nl = renderMail('invitation', 'nl', variables.invitation);
    expect(nl.subject).toBe('Uitnodiging van Gemeente Voorbeeld voor Weerbaar');
    expect(nl.text).toContain('in de rol van kandidaat');
    const en = renderMail('invitation', 'en', { ...variables.invitation, role: 'opdrachtgever' });
    expect(en.text).toContain('in the role of client');
    expect(roleName('beheerder', 'en')).toBe('administrator');
  });

  it('tells the reader they may ignore an unexpected mail', () => {
    expect(renderMail('sign-in-link', 'nl', variables['sign-in-link']).text).toContain('negeren');
    expect(renderMail('invitation', 'en', variables.invitation).text).toContain('ignore');
  });

  it('escapes the organisation name in HTML and keeps the subject on one line', () => {
    const mail = renderMail('invitation', 'nl', {
      ...variables.invitation,
      organisation: 'Raad <script>alert(1)</script>\r\nBcc: x@y.nl',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses missing variables and links that are not http(s)', () => {
    for (const template of mailTemplates) {
      for (const name of templateVariables[template]) {
        const incomplete: Record<string, string> = { ...variables[template] };
        delete incomplete[name];
        expect(() => renderMail(template, 'nl', incomplete)).toThrow();
      }
    }
    expect(() => renderMail('sign-in-link', 'nl', { link: 'javascript:alert(1)', minutes: '15' })).toThrow();
    expect(() => renderMail('sign-in-link', 'nl', { link, minutes: 'soon' })).toThrow();
  });
});

describe('describeError', () => {
  it('keeps the code and response but drops addresses and links', () => {
    const error = Object.assign(
      new Error('Can’t send mail - all recipients were rejected: 550 <anna@example.nl> unknown'),
      {
        code: 'EENVELOPE',
        responseCode: 550,
        command: 'RCPT TO',
      },
    );
    const text = describeError(error);
    expect(text).toContain('EENVELOPE');
    expect(text).toContain('SMTP 550');
    expect(text).not.toContain('anna');
    expect(text).not.toContain('@');
    expect(describeError(new Error(`bad ${link}`))).not.toContain('token');
    expect(describeError('x'.repeat(2000)).length).toBeLessThanOrEqual(500);
  });
});

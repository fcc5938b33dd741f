// /aanmelden — ask for a sign-in link by e-mail. The answer is the same for known and unknown
// addresses, so this page does not reveal who has an account.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { call } from '../client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { problemMessage } from '../problem.ts';
import { needsSecondFactor, useSession } from '../session.tsx';
import { ErrorSummary, isEmail, TextField } from '../ui/forms.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';

function focusTitle() {
  window.setTimeout(() => document.getElementById(PAGE_TITLE_ID)?.focus(), 0);
}

export function SignIn() {
  const { t } = useTranslation();
  const { session, notice } = useSession();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={needsSecondFactor(session) ? '/aanmelden/tweede-stap' : '/'} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = email.trim();
    const invalid = !value
      ? t('common.emailRequired')
      : !isEmail(value)
        ? t('common.emailInvalid')
        : undefined;
    if (invalid) {
      setError(invalid);
      document.getElementById('email')?.focus();
      return;
    }
    setBusy(true);
    try {
      await call('auth.requestLink', { body: { email: value, language: currentLanguage() } });
      setError(undefined);
      setSentTo(value);
      focusTitle();
    } catch (caught) {
      setError(problemMessage(caught, t));
      document.getElementById('email')?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <>
        <PageTitle>{t('signIn.sentTitle')}</PageTitle>
        <Paragraph lead>{t('signIn.sentText', { email: sentTo })}</Paragraph>
        <Paragraph>{t('signIn.sentHint')}</Paragraph>
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => {
              setSentTo(null);
              focusTitle();
            }}
          >
            {t('signIn.again')}
          </Button>
        </ButtonGroup>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      {notice ? (
        <Alert type="info" role="status">
          <Paragraph>{t(`layout.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('signIn.intro')}</Paragraph>
      <Paragraph>{t('signIn.noPassword')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={error ? [{ field: 'email', message: error }] : []} />
        <TextField
          id="email"
          type="email"
          label={t('signIn.emailLabel')}
          description={t('common.emailExample')}
          error={error}
          value={email}
          onValueChange={setEmail}
          autoComplete="email"
          spellCheck={false}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('signIn.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

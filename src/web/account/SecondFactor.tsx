// /aanmelden/tweede-stap — the second step after the e-mail link.
// No factor yet: choose and set up a passkey (recommended) or an authenticator app, then store
// the recovery codes. A factor already: confirm with passkey, app code, or a recovery code.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { call } from '../client.ts';
import type { Session } from '../contract.ts';
import { problemMessage } from '../problem.ts';
import { needsSecondFactor, useSession } from '../session.tsx';
import { ErrorSummary, TextField } from '../ui/forms.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ErrorBlock, Loading } from '../ui/Status.tsx';
import { CodeForm } from './CodeForm.tsx';
import { PasskeySetup } from './PasskeySetup.tsx';
import { authenticateWithPasskey, browserSupportsWebAuthn, passkeyErrorMessage } from './passkeys.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { TotpSetup } from './TotpSetup.tsx';

type Method = 'passkey' | 'totp';
type Step = { kind: 'choose' } | { kind: 'setup'; method: Method } | { kind: 'codes'; codes: string[] };

function focusTitle() {
  window.setTimeout(() => document.getElementById(PAGE_TITLE_ID)?.focus(), 0);
}

export function SecondFactor() {
  const { t } = useTranslation();
  const { state, session, refresh } = useSession();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  if (state.status === 'loading') {
    return (
      <>
        <PageTitle>{t('secondFactor.verifyTitle')}</PageTitle>
        <Loading />
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <PageTitle>{t('common.errorTitle')}</PageTitle>
        <ErrorBlock message={problemMessage(state.error, t)} onRetry={() => void refresh()} />
      </>
    );
  }
  if (!session) return <Navigate to="/aanmelden" replace />;

  const finish = async () => {
    await refresh();
    await navigate('/', { replace: true });
  };

  if (step.kind === 'codes') {
    return (
      <>
        <PageTitle>{t('secondFactor.doneTitle')}</PageTitle>
        <RecoveryCodes codes={step.codes} onDone={() => void finish()} />
      </>
    );
  }

  if (!needsSecondFactor(session)) return <Navigate to="/" replace />;

  const { totp, passkeys } = session.secondFactor;
  if (totp || passkeys > 0) return <Verify session={session} />;

  const done = (codes: string[] | null) => {
    if (codes && codes.length > 0) {
      setStep({ kind: 'codes', codes });
      focusTitle();
    } else {
      void finish();
    }
  };

  return (
    <>
      <PageTitle>{t('secondFactor.setupTitle')}</PageTitle>
      <Paragraph lead>{t('secondFactor.setupIntro')}</Paragraph>
      {step.kind === 'choose' ? (
        <ChooseMethod
          onChoose={(method) => {
            setStep({ kind: 'setup', method });
          }}
        />
      ) : (
        <>
          {step.method === 'passkey' ? (
            <PasskeySetup onRegistered={done} />
          ) : (
            <TotpSetup onConfirmed={done} />
          )}
          <ButtonGroup>
            <Button appearance="subtle-button" type="button" onClick={() => setStep({ kind: 'choose' })}>
              {t('secondFactor.chooseOther')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </>
  );
}

function ChooseMethod({ onChoose }: { onChoose: (method: Method) => void }) {
  const { t } = useTranslation();
  const passkeysSupported = browserSupportsWebAuthn();
  const [method, setMethod] = useState<Method>(passkeysSupported ? 'passkey' : 'totp');

  useEffect(() => {
    if (!passkeysSupported) setMethod('totp');
  }, [passkeysSupported]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(method);
    window.setTimeout(() => {
      document.querySelector<HTMLElement>('.weerbaar-section input, .weerbaar-section h2')?.focus();
    }, 0);
  };

  const options: { value: Method; label: string; description: string; disabled: boolean }[] = [
    {
      value: 'passkey',
      label: t('secondFactor.passkeyOption'),
      description: passkeysSupported
        ? t('secondFactor.passkeyOptionDescription')
        : t('secondFactor.passkeyUnsupported'),
      disabled: !passkeysSupported,
    },
    {
      value: 'totp',
      label: t('secondFactor.totpOption'),
      description: t('secondFactor.totpOptionDescription'),
      disabled: false,
    },
  ];

  return (
    <form noValidate onSubmit={submit} className="weerbaar-form">
      <Fieldset role="radiogroup">
        <FieldsetLegend>{t('secondFactor.choiceLegend')}</FieldsetLegend>
        {options.map((option) => (
          <FormField type="radio" key={option.value}>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel
                type="radio"
                htmlFor={`method-${option.value}`}
                checked={method === option.value}
                disabled={option.disabled}
              >
                <RadioButton
                  id={`method-${option.value}`}
                  name="method"
                  value={option.value}
                  className="utrecht-form-field__input"
                  checked={method === option.value}
                  disabled={option.disabled}
                  aria-describedby={`method-${option.value}-description`}
                  onChange={() => setMethod(option.value)}
                />{' '}
                {option.label}
              </FormLabel>
            </div>
            <FormFieldDescription id={`method-${option.value}-description`}>
              {option.description}
            </FormFieldDescription>
          </FormField>
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit">
          {t('secondFactor.choose')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Verify({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { totp, passkeys } = session.secondFactor;

  const verified = async (next: Session) => {
    setSession(next);
    await navigate('/', { replace: true });
  };

  return (
    <>
      <PageTitle>{t('secondFactor.verifyTitle')}</PageTitle>
      <Paragraph lead>{t('secondFactor.verifyIntro')}</Paragraph>
      {passkeys > 0 ? <VerifyPasskey onVerified={verified} /> : null}
      {totp ? <VerifyTotp onVerified={verified} /> : null}
      <VerifyRecoveryCode onVerified={verified} />
    </>
  );
}

function VerifyPasskey({ onVerified }: { onVerified: (session: Session) => Promise<void> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onVerified(await authenticateWithPasskey());
    } catch (caught) {
      setError(passkeyErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verify-passkey-title" className="weerbaar-section">
      <Heading2 id="verify-passkey-title">{t('secondFactor.passkeyTitle')}</Heading2>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={[]} message={error} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('passkey.use')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function VerifyTotp({ onVerified }: { onVerified: (session: Session) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="verify-totp-title" className="weerbaar-section">
      <Heading2 id="verify-totp-title">{t('secondFactor.totpTitle')}</Heading2>
      <CodeForm
        id="totp-code"
        submitLabel={t('totp.verify')}
        onCode={async (value) => onVerified(await call('auth.totpVerify', { body: { code: value } }))}
      />
    </section>
  );
}

function VerifyRecoveryCode({ onVerified }: { onVerified: (session: Session) => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = code.trim();
    if (!value) {
      setError(t('recovery.codeRequired'));
      document.getElementById('recovery-code')?.focus();
      return;
    }
    setBusy(true);
    try {
      await onVerified(await call('auth.recoveryCode', { body: { code: value } }));
    } catch (caught) {
      setError(problemMessage(caught, t));
      document.getElementById('recovery-code')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verify-recovery-title" className="weerbaar-section">
      <Heading2 id="verify-recovery-title">{t('secondFactor.recoveryTitle')}</Heading2>
      <Paragraph>{t('secondFactor.recoveryIntro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={error ? [{ field: 'recovery-code', message: error }] : []} />
        <TextField
          id="recovery-code"
          label={t('recovery.codeLabel')}
          error={error}
          value={code}
          onValueChange={setCode}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit" busy={busy}>
            {t('recovery.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

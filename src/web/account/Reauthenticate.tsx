// Sensitive actions (release, revoke, download your data, withdraw, delete) need a recent proof
// that it is you: the server answers 401 "reauthenticate" when the sign-in is more than ten
// minutes old. Then this panel asks to confirm — with a passkey or an app code when the person has
// one, or with a fresh sign-in link by mail — and runs the action again. The session stays.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { Session } from '../contract.ts';
import { currentLanguage } from '../i18n/index.ts';
import { problemMessage } from '../problem.ts';
import { useSession } from '../session.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { CodeForm } from './CodeForm.tsx';
import { authenticateWithPasskey, passkeyErrorMessage } from './passkeys.ts';

type Action = () => Promise<void>;
type OnError = (error: unknown) => void;

export function isReauthenticate(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'reauthenticate';
}

/**
 * Runs a sensitive action; when the server asks to confirm first, `panel` shows the confirmation
 * and the action runs again after it. Other errors go to `onError`.
 */
export function useSensitiveAction(): {
  run: (action: Action, onError: OnError) => Promise<void>;
  panel: ReactNode;
} {
  const [waiting, setWaiting] = useState<{ action: Action; onError: OnError } | null>(null);
  // The button that started the action, to give focus back when the person cancels.
  const opener = useRef<HTMLElement | null>(null);

  const run = useCallback(async (action: Action, onError: OnError) => {
    const active = document.activeElement;
    try {
      await action();
    } catch (error) {
      if (isReauthenticate(error)) {
        opener.current = active instanceof HTMLElement ? active : null;
        setWaiting({ action, onError });
      } else onError(error);
    }
  }, []);

  const panel = waiting ? (
    <ConfirmIdentity
      onConfirmed={() => {
        const { action, onError } = waiting;
        setWaiting(null);
        void run(action, onError);
      }}
      onCancel={() => {
        setWaiting(null);
        const back = opener.current;
        window.setTimeout(() => back?.focus(), 0);
      }}
    />
  ) : null;
  return { run, panel };
}

function ConfirmIdentity({ onConfirmed, onCancel }: { onConfirmed: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { session, setSession } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  if (!session) return null;
  const { totp, passkeys } = session.secondFactor;

  const verified = (next: Session) => {
    setSession(next);
    onConfirmed();
  };

  return (
    <section className="weerbaar-confirm" aria-labelledby="reauth-title" id="reauth">
      <Heading2 id="reauth-title" ref={heading} tabIndex={-1} className="weerbaar-confirm__title">
        {t('reauth.title')}
      </Heading2>
      <Paragraph>{t('reauth.intro')}</Paragraph>
      {passkeys > 0 ? <WithPasskey onVerified={verified} /> : null}
      {totp ? <WithCode onVerified={verified} /> : null}
      <WithLink email={session.user.email} hasFactor={totp || passkeys > 0} onConfirmed={onConfirmed} />
      <ButtonGroup>
        <Button appearance="subtle-button" type="button" onClick={onCancel}>
          {t('reauth.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

function WithPasskey({ onVerified }: { onVerified: (session: Session) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onVerified(await authenticateWithPasskey());
    } catch (caught) {
      setError(passkeyErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="weerbaar-reauth__way">
      <Heading3>{t('reauth.passkeyTitle')}</Heading3>
      <ErrorSummary errors={[]} message={error} />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" busy={busy} onClick={() => void confirm()}>
          {t('passkey.use')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

function WithCode({ onVerified }: { onVerified: (session: Session) => void }) {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-reauth__way">
      <Heading3>{t('reauth.codeTitle')}</Heading3>
      <CodeForm
        id="reauth-code"
        submitLabel={t('reauth.codeSubmit')}
        onCode={async (value) => onVerified(await call('auth.totpVerify', { body: { code: value } }))}
      />
    </div>
  );
}

function WithLink({
  email,
  hasFactor,
  onConfirmed,
}: {
  email: string;
  hasFactor: boolean;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('auth.requestLink', { body: { email, language: currentLanguage() } });
      setSent(true);
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  // The link was opened in another tab: that started a new sign-in in this browser. Pick it up
  // (its new security token) and try the action again.
  const carryOn = async () => {
    setBusy(true);
    setError(null);
    const next = await refresh();
    setBusy(false);
    if (next) onConfirmed();
    else setError(t('reauth.linkNotUsed'));
  };

  return (
    <div className="weerbaar-reauth__way">
      <Heading3>{hasFactor ? t('reauth.linkTitleOther') : t('reauth.linkTitle')}</Heading3>
      <StatusMessage>{sent ? t('reauth.linkSent', { email }) : null}</StatusMessage>
      <ErrorSummary errors={[]} message={error} />
      {sent ? (
        <>
          <Paragraph>{t('reauth.linkThen')}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              busy={busy}
              onClick={() => void carryOn()}
            >
              {t('reauth.linkDone')}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={() => void send()}>
              {t('reauth.linkAgain')}
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <>
          <Paragraph>{t('reauth.linkIntro', { email })}</Paragraph>
          <ButtonGroup>
            <Button
              appearance={hasFactor ? 'secondary-action-button' : 'primary-action-button'}
              type="button"
              busy={busy}
              onClick={() => void send()}
            >
              {t('reauth.linkSend')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </div>
  );
}

// /account/beveiliging — the user's own second factors: add a passkey, set up an app for codes,
// see how many recovery codes are left, sign out everywhere.
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../client.ts';
import { problemMessage } from '../problem.ts';
import { useSession } from '../session.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { PasskeySetup } from './PasskeySetup.tsx';
import { browserSupportsWebAuthn } from './passkeys.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { TotpSetup } from './TotpSetup.tsx';

type Mode =
  | { kind: 'overview' }
  | { kind: 'passkey' }
  | { kind: 'totp' }
  | { kind: 'codes'; codes: string[] };

function focusById(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export function AccountSecurity() {
  const { t } = useTranslation();
  const { session, refresh, clear } = useSession();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>({ kind: 'overview' });
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!session) return null; // RequireSession handles this.
  const factor = session.secondFactor;

  const back = (message: string | null) => {
    setMode({ kind: 'overview' });
    setStatus(message);
    focusById('security-overview-title');
  };

  const afterSetup = async (codes: string[] | null, message: string) => {
    await refresh();
    if (codes && codes.length > 0) {
      setStatus(message);
      setMode({ kind: 'codes', codes });
      focusById('recovery-title');
    } else {
      back(message);
    }
  };

  const signOutEverywhere = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('auth.signOutEverywhere');
      clear('signedOutEverywhere');
      await navigate('/aanmelden');
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('security.title')}</PageTitle>
      <Paragraph lead>{t('security.intro')}</Paragraph>
      <StatusMessage>{status}</StatusMessage>

      {mode.kind === 'passkey' ? (
        <>
          <PasskeySetup onRegistered={(codes) => void afterSetup(codes, t('passkey.added'))} />
          <ButtonGroup>
            <Button appearance="subtle-button" type="button" onClick={() => back(null)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}

      {mode.kind === 'totp' ? (
        <>
          <TotpSetup onConfirmed={(codes) => void afterSetup(codes, t('totp.added'))} />
          <ButtonGroup>
            <Button appearance="subtle-button" type="button" onClick={() => back(null)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}

      {mode.kind === 'codes' ? <RecoveryCodes codes={mode.codes} onDone={() => back(null)} /> : null}

      {mode.kind === 'overview' ? (
        <>
          <section aria-labelledby="security-overview-title" className="weerbaar-section">
            <Heading2 id="security-overview-title" tabIndex={-1}>
              {t('security.overviewTitle')}
            </Heading2>
            {!factor.required ? <Paragraph>{t('security.notRequired')}</Paragraph> : null}
            <DataList appearance="rows" className="weerbaar-datalist">
              <DataListItem>
                <DataListKey>{t('security.passkeys')}</DataListKey>
                <DataListValue>
                  {factor.passkeys > 0
                    ? t('security.passkeysCount', { count: factor.passkeys })
                    : t('security.none')}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('security.totp')}</DataListKey>
                <DataListValue>{factor.totp ? t('security.totpOn') : t('security.totpOff')}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('security.recoveryCodes')}</DataListKey>
                <DataListValue>{String(factor.recoveryCodesLeft)}</DataListValue>
              </DataListItem>
            </DataList>
            <ButtonGroup>
              {browserSupportsWebAuthn() ? (
                <Button
                  appearance="primary-action-button"
                  type="button"
                  onClick={() => {
                    setStatus(null);
                    setMode({ kind: 'passkey' });
                    focusById('passkey-setup-title');
                  }}
                >
                  {t('security.addPasskey')}
                </Button>
              ) : null}
              {!factor.totp ? (
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  onClick={() => {
                    setStatus(null);
                    setMode({ kind: 'totp' });
                    focusById('totp-setup-title');
                  }}
                >
                  {t('security.setupTotp')}
                </Button>
              ) : null}
            </ButtonGroup>
          </section>

          <section aria-labelledby="security-everywhere-title" className="weerbaar-section">
            <Heading2 id="security-everywhere-title">{t('security.signOutEverywhereTitle')}</Heading2>
            <Paragraph>{t('security.signOutEverywhereText')}</Paragraph>
            <ErrorSummary errors={[]} message={error} />
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                hint="danger"
                type="button"
                busy={busy}
                onClick={() => void signOutEverywhere()}
              >
                {t('security.signOutEverywhere')}
              </Button>
            </ButtonGroup>
          </section>
        </>
      ) : null}
    </>
  );
}

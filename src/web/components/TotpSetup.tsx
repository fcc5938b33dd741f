// Set up an authenticator app: show the QR code (and the secret for typing in), then confirm
// with a first code from the app.
import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type TotpSetup as TotpSetupData } from '../api.ts';
import { problemMessage } from '../problem.ts';
import { CodeForm } from './CodeForm.tsx';
import { ErrorBlock, Loading } from './Status.tsx';

function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Groups a base32 secret in blocks of four, which is easier to read and type. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function validateTotpCode(code: string, t: (key: 'totp.codeRequired' | 'totp.codeFormat') => string) {
  if (!code) return t('totp.codeRequired');
  if (!/^\d{6}$/.test(code)) return t('totp.codeFormat');
  return undefined;
}

export function TotpSetup({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TotpSetupData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  const load = async () => {
    setLoadError(null);
    try {
      setSetup(await api.auth.totpSetup());
    } catch (caught) {
      setLoadError(problemMessage(caught, t));
    }
  };

  // Start once (React may run effects twice in development).
  // biome-ignore lint/correctness/useExhaustiveDependencies: start the setup once
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void load();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = normaliseCode(code);
    const invalid = validateTotpCode(value, t);
    if (invalid) {
      setError(invalid);
      document.getElementById('totp-setup-code')?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await api.auth.totpConfirm(value);
      onConfirmed(result.recoveryCodes ?? []);
    } catch (caught) {
      setError(problemMessage(caught, t));
      document.getElementById('totp-setup-code')?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="totp-setup-title" className="weerbaar-section">
      <Heading2 id="totp-setup-title">{t('totp.title')}</Heading2>
      {loadError ? <ErrorBlock message={loadError} onRetry={() => void load()} /> : null}
      {!setup && !loadError ? <Loading /> : null}
      {setup ? (
        <>
          <OrderedList>
            <OrderedListItem>{t('totp.step1')}</OrderedListItem>
            <OrderedListItem>{t('totp.step2')}</OrderedListItem>
            <OrderedListItem>{t('totp.step3')}</OrderedListItem>
          </OrderedList>
          <img
            className="weerbaar-qr"
            src={svgDataUrl(setup.qrSvg)}
            alt={t('totp.qrAlt')}
            width={200}
            height={200}
          />
          <details className="weerbaar-details">
            <summary>{t('totp.manualTitle')}</summary>
            <Paragraph>{t('totp.manualText')}</Paragraph>
            <Paragraph>
              <code className="weerbaar-secret" id="totp-secret" data-secret={setup.secret}>
                {groupSecret(setup.secret)}
              </code>
            </Paragraph>
          </details>
          <CodeForm
            id="totp-setup-code"
            code={code}
            onCodeChange={setCode}
            error={error}
            busy={busy}
            submitLabel={t('totp.confirm')}
            onSubmit={(event) => void submit(event)}
          />
        </>
      ) : null}
    </section>
  );
}

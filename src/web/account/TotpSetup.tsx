// Set up an authenticator app: show the QR code (and the secret for typing in), then confirm
// with a first code from the app.
import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../client.ts';
import type { TotpSetup as TotpSetupData } from '../contract.ts';
import { problemMessage } from '../problem.ts';
import { ErrorBlock, Loading } from '../ui/Status.tsx';
import { CodeForm } from './CodeForm.tsx';

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

export function TotpSetup({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TotpSetupData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const started = useRef(false);

  const load = async () => {
    setLoadError(null);
    try {
      setSetup(await call('auth.totpSetup'));
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
            submitLabel={t('totp.confirm')}
            clearOnError={false}
            onCode={async (value) =>
              onConfirmed((await call('auth.totpConfirm', { body: { code: value } })).recoveryCodes ?? [])
            }
          />
        </>
      ) : null}
    </section>
  );
}

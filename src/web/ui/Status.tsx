// Small shared pieces: a loading message, a status message that is announced politely,
// and a block for an error that stops the page.
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph className="weerbaar-loading" role="status">
      {text ?? t('common.loading')}
    </Paragraph>
  );
}

/** A success or info message. Always rendered (empty when there is nothing) so it is announced when it fills. */
export function StatusMessage({ children, type = 'ok' }: { children: ReactNode; type?: 'ok' | 'info' }) {
  return (
    <div role="status" aria-live="polite" className="weerbaar-status">
      {children ? (
        <Alert type={type} role="presentation">
          <Paragraph>{children}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

export function ErrorBlock({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert">
      <Paragraph>{message}</Paragraph>
      {onRetry ? (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Paragraph>
      ) : null}
    </Alert>
  );
}

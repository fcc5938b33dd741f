// Shows new recovery codes once, and asks the user to confirm they stored them before going on.
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorSummary } from '../ui/forms.tsx';
import { StatusMessage } from '../ui/Status.tsx';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stored) {
      setError(t('recovery.confirmRequired'));
      document.getElementById('recovery-stored')?.focus();
      return;
    }
    onDone();
  };

  return (
    <section aria-labelledby="recovery-title" className="weerbaar-section">
      <Heading2 id="recovery-title">{t('recovery.title')}</Heading2>
      <Paragraph>{t('recovery.intro')}</Paragraph>
      <Alert type="warning" role="presentation">
        <Paragraph>{t('recovery.onlyOnce')}</Paragraph>
      </Alert>
      <ol className="weerbaar-recovery-codes" aria-label={t('recovery.listLabel')} id="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      {'clipboard' in navigator ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="button" onClick={() => void copy()}>
            {t('recovery.copy')}
          </Button>
        </ButtonGroup>
      ) : null}
      <StatusMessage>{copied ? t('recovery.copied') : null}</StatusMessage>
      <form noValidate onSubmit={submit} className="weerbaar-form">
        <ErrorSummary errors={error ? [{ field: 'recovery-stored', message: error }] : []} />
        <CheckboxField
          id="recovery-stored"
          label={t('recovery.confirmLabel')}
          checked={stored}
          error={error}
          onCheckedChange={(checked) => {
            setStored(checked);
            if (checked) setError(undefined);
          }}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('common.continue')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

// Create a passkey for the signed-in user.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, TextField } from '../ui/forms.tsx';
import { passkeyErrorMessage, registerPasskey } from './passkeys.ts';

export function PasskeySetup({ onRegistered }: { onRegistered: (recoveryCodes: string[] | null) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await registerPasskey(name.trim());
      onRegistered(result.recoveryCodes);
    } catch (caught) {
      setError(passkeyErrorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="passkey-setup-title" className="weerbaar-section">
      <Heading2 id="passkey-setup-title">{t('passkey.title')}</Heading2>
      <Paragraph>{t('passkey.intro')}</Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
        <ErrorSummary errors={[]} message={error} />
        <TextField
          id="passkey-name"
          label={t('passkey.nameLabel')}
          description={t('passkey.nameDescription')}
          value={name}
          onValueChange={setName}
          autoComplete="off"
          maxLength={60}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('passkey.create')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

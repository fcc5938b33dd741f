// The six-digit code from an authenticator app: one form — with its checks, busy state, error
// and focus handling — for setting it up, for the second step of signing in, and for confirming
// a sensitive action. The caller only says what to do with a well-formed code.
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../problem.ts';
import { ErrorSummary, TextField } from '../ui/forms.tsx';

export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function validateTotpCode(code: string, t: (key: 'totp.codeRequired' | 'totp.codeFormat') => string) {
  if (!code) return t('totp.codeRequired');
  if (!/^\d{6}$/.test(code)) return t('totp.codeFormat');
  return undefined;
}

export interface CodeFormProps {
  id: string;
  submitLabel: string;
  /** Called with a well-formed code; a thrown problem is shown at the field. */
  onCode: (code: string) => Promise<void>;
  /** Empty the field after a refused code (a used code cannot be tried again anyway). */
  clearOnError?: boolean;
}

export function CodeForm({ id, submitLabel, onCode, clearOnError = true }: CodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const value = normaliseCode(code);
    const invalid = validateTotpCode(value, t);
    if (invalid) {
      setError(invalid);
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onCode(value);
    } catch (caught) {
      setError(problemMessage(caught, t));
      if (clearOnError) setCode('');
      document.getElementById(id)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
      <ErrorSummary errors={error ? [{ field: id, message: error }] : []} />
      <TextField
        id={id}
        label={t('totp.codeLabel')}
        description={t('totp.codeDescription')}
        error={error}
        value={code}
        onValueChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={7}
        size={8}
        className="weerbaar-input-code"
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </ButtonGroup>
    </form>
  );
}

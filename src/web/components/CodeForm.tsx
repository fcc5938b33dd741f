// The six-digit code from an authenticator app: one form for setting it up, for the second step
// of signing in, and for confirming a sensitive action.
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, TextField } from './forms.tsx';

export interface CodeFormProps {
  id: string;
  code: string;
  onCodeChange: (code: string) => void;
  error: string | undefined;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export function CodeForm({ id, code, onCodeChange, error, busy, submitLabel, onSubmit }: CodeFormProps) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={onSubmit} className="weerbaar-form">
      <ErrorSummary errors={error ? [{ field: id, message: error }] : []} />
      <TextField
        id={id}
        label={t('totp.codeLabel')}
        description={t('totp.codeDescription')}
        error={error}
        value={code}
        onValueChange={onCodeChange}
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

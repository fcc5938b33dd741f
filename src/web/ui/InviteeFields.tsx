// The two fields every invitation asks for, an e-mail address and a name, with their checks:
// the beheerder inviting a member and the opdrachtgever inviting a candidate use the same ones, so
// they cannot drift apart. The form around them adds what differs (a role, a language).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, isEmail, TextField } from './forms.tsx';

export interface InviteeLabels {
  email: string;
  name: string;
  nameDescription: string;
}

/** The page's field ids for the two fields, e.g. `invite-email` and `invite-name`. */
export function inviteeIds(prefix: string) {
  return { email: `${prefix}-email`, name: `${prefix}-name` };
}

/** The messages for what is missing or wrong before anything is sent. */
export function checkInvitee(prefix: string, email: string, name: string, t: TFunction): FieldErrors {
  const ids = inviteeIds(prefix);
  const found: FieldErrors = {};
  if (!email.trim()) found[ids.email] = t('common.emailRequired');
  else if (!isEmail(email)) found[ids.email] = t('common.emailInvalid');
  if (!name.trim()) found[ids.name] = t('members.nameRequired');
  return found;
}

export function InviteeFields({
  prefix,
  labels,
  email,
  name,
  errors,
  onEmail,
  onName,
}: {
  prefix: string;
  labels: InviteeLabels;
  email: string;
  name: string;
  errors: FieldErrors;
  onEmail: (value: string) => void;
  onName: (value: string) => void;
}) {
  const { t } = useTranslation();
  const ids = inviteeIds(prefix);
  return (
    <>
      <TextField
        id={ids.email}
        type="email"
        label={labels.email}
        description={t('common.emailExample')}
        error={errors[ids.email]}
        value={email}
        onValueChange={onEmail}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id={ids.name}
        label={labels.name}
        description={labels.nameDescription}
        error={errors[ids.name]}
        value={name}
        onValueChange={onName}
        autoComplete="off"
        maxLength={200}
      />
    </>
  );
}

// The two fields every invitation asks for, an e-mail address and a name, with their checks, and
// the way such a form is sent (`useInviteeForm`): the beheerder inviting a member and the
// opdrachtgever inviting a candidate use the same ones, so they cannot drift apart. The form around
// them adds what differs (a role, a language).
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyField, formProblem } from '../problem.ts';
import { type FieldErrors, isEmail, TextField, useFocusFirstError } from './forms.tsx';

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

/** The two fields, bound to the form's state (`useInviteeForm`). */
export function InviteeFields({
  prefix,
  labels,
  form,
}: {
  prefix: string;
  labels: InviteeLabels;
  form: Pick<InviteeForm, 'email' | 'setEmail' | 'name' | 'setName' | 'errors'>;
}) {
  const { t } = useTranslation();
  const { email, name, errors, setEmail: onEmail, setName: onName } = form;
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

export interface Invitee {
  email: string;
  displayName: string;
}

/**
 * The state and the sending of an invitation form: checked here first (the two fields and what
 * `check` adds), then sent; on success the fields are emptied (and `reset` empties the rest), on a
 * refusal the server's sentence and field errors are shown and the first wrong field gets focus.
 */
export function useInviteeForm<R>(options: {
  prefix: string;
  /** Every field id of the form, in page order (the error summary and the focus follow it). */
  fields: readonly string[];
  /** The body's field names → the field ids on the page. */
  serverFields: Record<string, string>;
  check?: () => FieldErrors;
  send: (invitee: Invitee) => Promise<R>;
  onSent: (result: R, invitee: Invitee) => void;
  reset?: () => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusFirstError = useFocusFirstError(errors, [...options.fields]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const found = { ...checkInvitee(options.prefix, email, name, t), ...options.check?.() };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const invitee = { email: email.trim(), displayName: name.trim() };
      const result = await options.send(invitee);
      setEmail('');
      setName('');
      options.reset?.();
      setErrors({});
      options.onSent(result, invitee);
    } catch (caught) {
      const refused = formProblem(caught, bodyField(options.serverFields), t);
      setErrors(refused.fields);
      setMessage(refused.message);
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  return { email, setEmail, name, setName, errors, message, busy, submit };
}

export type InviteeForm = ReturnType<typeof useInviteeForm>;

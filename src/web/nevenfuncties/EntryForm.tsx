// The form for one nevenfunctie: add a new one, change one (a new version), or end one (only the
// end date). Checked here first (required, whole hours, real dates, approval both or neither) and
// by the server again; the server's field messages land at their fields.
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../contract.ts';
import { bodyField, formProblem } from '../problem.ts';
import {
  CheckboxField,
  ErrorSummary,
  type FieldErrors,
  summarise,
  TextField,
  useFocusFirstError,
} from '../ui/forms.tsx';

export type NevenfunctieBody = Input<'nevenfuncties.add'>['body'];
export type EntryMode = 'add' | 'edit' | 'end';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (text: string) => {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

export function EntryForm({
  id,
  mode,
  initial,
  onSubmit,
  onCancel,
}: {
  id: string;
  mode: EntryMode;
  initial: NevenfunctieBody | null;
  onSubmit: (body: NevenfunctieBody) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [fn, setFn] = useState(initial?.function ?? '');
  const [organisation, setOrganisation] = useState(initial?.organisation ?? '');
  const [paid, setPaid] = useState(initial?.paid ?? false);
  const [hours, setHours] = useState(initial?.hoursPerMonth == null ? '' : String(initial.hoursPerMonth));
  const [startsOn, setStartsOn] = useState(initial?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initial?.endsOn ?? '');
  const [approvalBy, setApprovalBy] = useState(initial?.approval?.by ?? '');
  const [approvalOn, setApprovalOn] = useState(initial?.approval?.on ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const f = (name: string) => `${id}-${name}`;
  const order = ['function', 'organisation', 'hours', 'startsOn', 'endsOn', 'approvalBy', 'approvalOn'].map(
    f,
  );
  const focusFirstError = useFocusFirstError(errors, order);
  const showAll = mode !== 'end';

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (showAll) {
      if (!fn.trim()) found[f('function')] = t('nevenfuncties.form.required');
      if (!organisation.trim()) found[f('organisation')] = t('nevenfuncties.form.required');
      if (hours.trim() && !/^\d{1,3}$/.test(hours.trim()))
        found[f('hours')] = t('nevenfuncties.form.hoursWhole');
      else if (hours.trim() && Number(hours) > 744) found[f('hours')] = t('nevenfuncties.form.hoursWhole');
      if (startsOn.trim() && !realDate(startsOn.trim())) found[f('startsOn')] = t('nevenfuncties.form.date');
      if (Boolean(approvalBy.trim()) !== Boolean(approvalOn.trim()))
        found[f(approvalBy.trim() ? 'approvalOn' : 'approvalBy')] = t('nevenfuncties.form.both');
      else if (approvalOn.trim() && !realDate(approvalOn.trim()))
        found[f('approvalOn')] = t('nevenfuncties.form.date');
    }
    if (mode === 'end' && !endsOn.trim()) found[f('endsOn')] = t('nevenfuncties.form.required');
    else if (endsOn.trim() && !realDate(endsOn.trim())) found[f('endsOn')] = t('nevenfuncties.form.date');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const found = check();
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstError();
      return;
    }
    const body: NevenfunctieBody = {
      function: fn.trim(),
      organisation: organisation.trim(),
      paid,
      hoursPerMonth: hours.trim() ? Number(hours.trim()) : null,
      startsOn: startsOn.trim() || null,
      endsOn: endsOn.trim() || null,
      approval: approvalBy.trim() ? { by: approvalBy.trim(), on: approvalOn.trim() } : null,
    };
    setBusy(true);
    try {
      await onSubmit(body);
    } catch (caught) {
      const problem = formProblem(
        caught,
        bodyField({
          function: f('function'),
          organisation: f('organisation'),
          hoursPerMonth: f('hours'),
          startsOn: f('startsOn'),
          endsOn: f('endsOn'),
          approval: f('approvalBy'),
        }),
        t,
      );
      setErrors(problem.fields);
      setMessage(problem.message);
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  const title =
    mode === 'add'
      ? t('nevenfuncties.form.addTitle')
      : mode === 'edit'
        ? t('nevenfuncties.form.editTitle')
        : t('nevenfuncties.form.endTitle');
  return (
    <form id={id} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={f('title')}>
      <Heading3 id={f('title')} tabIndex={-1}>
        {title}
      </Heading3>
      <ErrorSummary errors={summarise(errors, order)} message={message} />
      {showAll ? (
        <>
          <TextField
            id={f('function')}
            label={t('nevenfuncties.form.function')}
            description={t('nevenfuncties.form.functionHint')}
            error={errors[f('function')]}
            value={fn}
            onValueChange={setFn}
            maxLength={200}
            required
          />
          <TextField
            id={f('organisation')}
            label={t('nevenfuncties.form.organisation')}
            error={errors[f('organisation')]}
            value={organisation}
            onValueChange={setOrganisation}
            maxLength={200}
            required
          />
          <CheckboxField
            id={f('paid')}
            label={t('nevenfuncties.form.paid')}
            checked={paid}
            onCheckedChange={setPaid}
          />
          <TextField
            id={f('hours')}
            label={t('nevenfuncties.form.hours')}
            error={errors[f('hours')]}
            value={hours}
            onValueChange={setHours}
            inputMode="numeric"
            autoComplete="off"
          />
          <TextField
            id={f('startsOn')}
            label={t('nevenfuncties.form.startsOn')}
            description={t('nevenfuncties.form.dateHint')}
            error={errors[f('startsOn')]}
            value={startsOn}
            onValueChange={setStartsOn}
            autoComplete="off"
          />
        </>
      ) : null}
      {mode !== 'add' ? (
        <TextField
          id={f('endsOn')}
          label={t('nevenfuncties.form.endsOn')}
          description={t('nevenfuncties.form.dateHint')}
          error={errors[f('endsOn')]}
          value={endsOn}
          onValueChange={setEndsOn}
          autoComplete="off"
          required={mode === 'end'}
        />
      ) : null}
      {showAll ? (
        <>
          <TextField
            id={f('approvalBy')}
            label={t('nevenfuncties.form.approvalBy')}
            description={t('nevenfuncties.form.approvalHint')}
            error={errors[f('approvalBy')]}
            value={approvalBy}
            onValueChange={setApprovalBy}
            maxLength={200}
          />
          <TextField
            id={f('approvalOn')}
            label={t('nevenfuncties.form.approvalOn')}
            description={t('nevenfuncties.form.dateHint')}
            error={errors[f('approvalOn')]}
            value={approvalOn}
            onValueChange={setApprovalOn}
            autoComplete="off"
          />
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {mode === 'add'
            ? t('nevenfuncties.form.add')
            : mode === 'edit'
              ? t('nevenfuncties.form.save')
              : t('nevenfuncties.form.endSave')}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('nevenfuncties.form.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

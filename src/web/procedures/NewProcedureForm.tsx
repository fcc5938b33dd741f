// An opdrachtgever opens a procedure: a name, the office, the questionnaire (the newest version is
// pinned by the server), whether an expert must review (only where the instrument leaves a
// choice), how long scans are kept after closing, and the experts from the organisation.
import { Button, ButtonGroup, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { offices, type ReviewPolicy } from '../../core/vocabulary.ts';
import { FollowUpField, openProcedureFor } from '../agenda/FollowUp.tsx';
import { call } from '../client.ts';
import type { Expert, InstrumentSummary } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { bodyField, formProblem, problemMessage } from '../problem.ts';
import { isOffice } from '../scan/format.ts';
import { CheckboxGroup, choiceId, RadioGroup } from '../ui/choices.tsx';
import {
  ErrorSummary,
  type FieldErrors,
  SelectField,
  summarise,
  TextField,
  useFocusFirstError,
} from '../ui/forms.tsx';
import { Loading } from '../ui/Status.tsx';

export const DEFAULT_RETENTION_DAYS = 90;

const FIELDS = ['np-name', 'np-office', 'np-instrument', 'np-review', 'np-retention', 'np-experts'] as const;
type Field = (typeof FIELDS)[number];
const SERVER_FIELD: Record<string, Field> = {
  name: 'np-name',
  office: 'np-office',
  instrumentId: 'np-instrument',
  review: 'np-review',
  retentionDays: 'np-retention',
  expertMembershipIds: 'np-experts',
};

/** Where the error summary points: the input, or the first option of a group. */
function focusTarget(field: Field, instruments: InstrumentSummary[], experts: Expert[]): string {
  if (field === 'np-instrument') return choiceId(field, instruments[0]?.id ?? '');
  if (field === 'np-review') return choiceId(field, 'required');
  if (field === 'np-experts') return choiceId(field, experts[0]?.membershipId ?? '');
  return field;
}

export function NewProcedureForm({
  tenantId,
  instruments: all,
}: {
  tenantId: string;
  instruments: InstrumentSummary[];
}) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const navigate = useNavigate();
  // The zelfscan is public and needs no procedure.
  const instruments = all.filter((i) => i.mode !== 'zelfscan');
  const [name, setName] = useState('');
  // A herhaalscan: the earlier procedure it follows ('' for a new one).
  const [follows, setFollows] = useState('');
  const [office, setOffice] = useState('');
  const [instrumentId, setInstrumentId] = useState('');
  const [review, setReview] = useState<ReviewPolicy>('required');
  const [retention, setRetention] = useState(String(DEFAULT_RETENTION_DAYS));
  const [chosen, setChosen] = useState<string[]>([]);
  const [experts, setExperts] = useState<Expert[] | null>(null);
  const [expertsError, setExpertsError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const order = FIELDS.map((f) => focusTarget(f, instruments, experts ?? []));
  const byTarget = (found: FieldErrors): FieldErrors =>
    Object.fromEntries(
      Object.entries(found).map(([field, text]) => [
        focusTarget(field as Field, instruments, experts ?? []),
        text,
      ]),
    );
  const focusFirstError = useFocusFirstError(byTarget(errors), order);

  useEffect(() => {
    let live = true;
    call('procedures.listExperts', { params: { tenantId } })
      .then(({ experts: list }) => live && setExperts(list))
      .catch((caught: unknown) => live && setExpertsError(problemMessage(caught, t)));
    return () => {
      live = false;
    };
  }, [tenantId, t]);

  const instrument = instruments.find((i) => i.id === instrumentId);
  const mode = instrument?.mode;
  // Review follows the instrument: a scan always, a reflection never, a check by choice.
  const effectiveReview: ReviewPolicy =
    mode === 'reflectie' ? 'none' : mode === 'check' ? review : 'required';
  const needsExperts = effectiveReview === 'required';
  const showExperts = mode !== 'reflectie';

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!name.trim()) found['np-name'] = t('newProcedure.nameRequired');
    if (!isOffice(office)) found['np-office'] = t('newProcedure.officeRequired');
    if (!instrument) found['np-instrument'] = t('newProcedure.instrumentRequired');
    const days = Number(retention.trim());
    if (!/^\d+$/.test(retention.trim()) || days < 1 || days > 3650)
      found['np-retention'] = t('newProcedure.retentionInvalid');
    if (instrument && needsExperts && chosen.length === 0)
      found['np-experts'] =
        experts && experts.length === 0 ? t('newProcedure.noExperts') : t('newProcedure.expertsRequired');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !instrument || !isOffice(office)) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const { id } = await openProcedureFor(follows)(tenantId, {
        name: name.trim(),
        office,
        instrumentId: instrument.id,
        ...(mode === 'check' ? { review } : {}),
        retentionDays: Number(retention.trim()),
        expertMembershipIds: showExperts ? chosen : [],
      });
      await navigate(`/o/${tenantId}/procedures/${id}`, { state: { opened: true } });
    } catch (caught) {
      const refused = formProblem(caught, bodyField(SERVER_FIELD), t);
      setErrors(refused.fields);
      setMessage(refused.message);
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  const summary = summarise(byTarget(errors), order);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
      <ErrorSummary errors={summary} message={message} />
      <FollowUpField
        tenantId={tenantId}
        value={follows}
        onChange={(id, earlierInstrument) => {
          setFollows(id);
          if (earlierInstrument) setInstrumentId(earlierInstrument);
        }}
      />
      <TextField
        id="np-name"
        label={t('newProcedure.name')}
        description={t('newProcedure.nameDescription')}
        error={errors['np-name']}
        value={name}
        onValueChange={setName}
        autoComplete="off"
        maxLength={200}
      />
      <SelectField
        id="np-office"
        label={t('newProcedure.office')}
        error={errors['np-office']}
        value={office}
        onValueChange={setOffice}
      >
        <SelectOption value="">{t('newProcedure.officeChoose')}</SelectOption>
        {offices.map((value) => (
          <SelectOption key={value} value={value}>
            {t(`offices.${value}`)}
          </SelectOption>
        ))}
      </SelectField>
      <RadioGroup
        id="np-instrument"
        legend={t('newProcedure.instrument')}
        error={errors['np-instrument']}
        value={instrumentId}
        onValueChange={setInstrumentId}
        choices={instruments.map((i) => ({
          value: i.id,
          label: sayText(i.title),
          description: `${t(`instruments.modes.${i.mode}`)}, ${t('instruments.minutes', { count: i.minutes })}. ${sayText(i.description)}`,
        }))}
      />
      {mode === 'check' ? (
        <RadioGroup
          id="np-review"
          legend={t('newProcedure.review')}
          description={t('newProcedure.reviewCheck')}
          error={errors['np-review']}
          value={review}
          onValueChange={(value) => setReview(value === 'optional' ? 'optional' : 'required')}
          choices={[
            { value: 'required', label: t('newProcedure.reviewRequired') },
            { value: 'optional', label: t('newProcedure.reviewOptional') },
          ]}
        />
      ) : mode ? (
        <Paragraph className="weerbaar-form__note">
          {mode === 'scan' ? t('newProcedure.reviewScan') : t('newProcedure.reviewNone')}
        </Paragraph>
      ) : null}
      <TextField
        id="np-retention"
        label={t('newProcedure.retention')}
        description={t('newProcedure.retentionDescription', { days: DEFAULT_RETENTION_DAYS })}
        error={errors['np-retention']}
        value={retention}
        onValueChange={setRetention}
        inputMode="numeric"
        autoComplete="off"
        className="weerbaar-input-number"
      />
      {showExperts ? (
        experts === null ? (
          expertsError ? (
            <Paragraph>{expertsError}</Paragraph>
          ) : (
            <Loading text={t('newProcedure.expertsLoading')} />
          )
        ) : experts.length === 0 ? (
          <div id={choiceId('np-experts', '')} tabIndex={-1}>
            <Paragraph>{t('newProcedure.noExperts')}</Paragraph>
          </div>
        ) : (
          <CheckboxGroup
            id="np-experts"
            legend={needsExperts ? t('newProcedure.experts') : t('newProcedure.expertsOptional')}
            description={t('newProcedure.expertsDescription')}
            error={errors['np-experts']}
            values={chosen}
            onValuesChange={setChosen}
            choices={experts.map((e) => ({ value: e.membershipId, label: e.displayName }))}
          />
        )
      ) : null}
      <ButtonGroup>
        <Button appearance="primary-action-button" type="submit" busy={busy}>
          {t('newProcedure.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

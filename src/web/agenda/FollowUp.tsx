// The re-scan halfway the term on the opdrachtgever's pages: choosing, in the new-procedure form,
// that the new procedure is a herhaalscan of an earlier one (same questionnaire, newest version),
// and on the procedure page which procedure it follows.
import { Paragraph, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../client.ts';
import type { NewProcedure, Procedure } from '../contract.ts';
import { SelectField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';

/** How the form opens the procedure: a plain one, or a follow-up of the chosen earlier one. */
export function openProcedureFor(follows: string) {
  return (tenantId: string, input: NewProcedure) =>
    follows
      ? call('followUp.open', { params: { tenantId, procedureId: follows }, body: input })
      : call('procedures.open', { params: { tenantId }, body: input });
}

/** "Soort procedure": new, or a follow-up of one of your earlier procedures (none: not shown). */
export function FollowUpField({
  tenantId,
  value,
  onChange,
}: {
  tenantId: string;
  value: string;
  /** The earlier procedure's id ('' for a new one) and its instrument. */
  onChange: (procedureId: string, instrumentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [earlier, setEarlier] = useState<Procedure[]>([]);
  useEffect(() => {
    let live = true;
    call('procedures.list', { params: { tenantId } })
      .then(({ procedures }) => live && setEarlier(procedures.filter((p) => p.may.includes('followUp'))))
      .catch(() => live && setEarlier([]));
    return () => {
      live = false;
    };
  }, [tenantId]);
  if (earlier.length === 0) return null;
  return (
    <>
      <SelectField
        id="np-follows"
        label={t('agenda.followUp.kind')}
        description={t('agenda.followUp.kindDescription')}
        value={value}
        onValueChange={(id) => onChange(id, earlier.find((p) => p.id === id)?.instrument.id ?? null)}
      >
        <SelectOption value="">{t('agenda.followUp.kindNew')}</SelectOption>
        {earlier.map((p) => (
          <SelectOption key={p.id} value={p.id}>
            {t('agenda.followUp.kindFollowUp', { name: p.name })}
          </SelectOption>
        ))}
      </SelectField>
      {value ? (
        <Paragraph className="weerbaar-form__note">{t('agenda.followUp.sameInstrument')}</Paragraph>
      ) : null}
    </>
  );
}

/** On the procedure page: "Herhaalscan van …" and how many candidates have an earlier scan. */
export function FollowUpNote({ tenantId, procedureId }: { tenantId: string; procedureId: string }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<{
    follows: { id: string; name: string } | null;
    linkedScans: number;
  } | null>(null);
  useEffect(() => {
    let live = true;
    call('followUp.read', { params: { tenantId, procedureId } })
      .then((found) => live && setInfo(found))
      .catch(() => live && setInfo(null));
    return () => {
      live = false;
    };
  }, [tenantId, procedureId]);
  if (!info?.follows) return null;
  return (
    <Paragraph>
      {t('agenda.followUp.of')}{' '}
      <AppLink to={`/o/${tenantId}/procedures/${info.follows.id}`}>{info.follows.name}</AppLink>.{' '}
      {t('agenda.followUp.linked', { count: info.linkedScans })}
    </Paragraph>
  );
}

// /o/:tenantId/nevenfuncties/uit-scan — the official takes over nevenfuncties from their own scan.
// The page lists exactly what would be copied (organisation, position, paid or not), each to tick;
// nothing is copied without the consent box, and the server reads the scan again and refuses when
// the answers changed since this list was shown.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import {
  CheckboxField,
  ErrorSummary,
  type FieldErrors,
  summarise,
  useFocusFirstError,
} from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';

type Offer = Reply<'nevenfuncties.scanOffer'>;
type Content = Reply<'nevenfuncties.content'>;

export function TakeOver() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'nevenfuncties.own')) return <NoAccess />;
  return <TakeOverPage tenantId={organisation.tenantId} />;
}

function TakeOverPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const load = useResource(
    async () => ({
      offer: await call('nevenfuncties.scanOffer', { params: { tenantId } }),
      content: await call('nevenfuncties.content'),
    }),
    [tenantId],
  );
  return (
    <>
      <PageTitle>{t('nevenfuncties.takeOver.title')}</PageTitle>
      <ResourceView resource={load}>
        {({ offer, content }) => (
          <Choice
            key={offer.fingerprint ?? 'none'}
            tenantId={tenantId}
            offer={offer}
            content={content}
            onStale={() => void load.reload()}
          />
        )}
      </ResourceView>
      <Paragraph>
        <AppLink to={`/o/${tenantId}/nevenfuncties`}>{t('nevenfuncties.takeOver.back')}</AppLink>
      </Paragraph>
    </>
  );
}

function Choice({
  tenantId,
  offer,
  content,
  onStale,
}: {
  tenantId: string;
  offer: Offer;
  content: Content;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(offer.offered.filter((n) => !n.layingDown && !n.inRegister).map((n) => n.index)),
  );
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = offer.offered.find((n) => !n.inRegister);
  const order = [first ? `take-${first.index}` : 'take-none', 'take-consent'];
  const focusFirstError = useFocusFirstError(errors, order);

  if (!offer.scan || offer.offered.length === 0 || !offer.fingerprint) {
    return <Paragraph>{say(content.takeOver.nothing)}</Paragraph>;
  }
  const { scan, fingerprint } = offer;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const found: FieldErrors = {};
    if (chosen.size === 0 && first) found[`take-${first.index}`] = t('nevenfuncties.takeOver.noneChosen');
    if (!consent) found['take-consent'] = t('nevenfuncties.takeOver.consentNeeded');
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      await call('nevenfuncties.takeOver', {
        params: { tenantId },
        body: { scanId: scan.id, fingerprint, indexes: [...chosen], consent: true },
      });
      navigate(`/o/${tenantId}/nevenfuncties`);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
      onStale();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="take-title">
      <Paragraph lead>{say(content.takeOver.intro)}</Paragraph>
      <ErrorSummary errors={summarise(errors, order)} message={message} />
      <fieldset className="weerbaar-fieldset">
        <legend>
          <Heading2 id="take-title">{t('nevenfuncties.takeOver.choose')}</Heading2>
        </legend>
        <Paragraph small className="weerbaar-muted">
          {t('nevenfuncties.takeOver.fromScan', { name: scan.procedureName })}
        </Paragraph>
        {offer.offered.map((n) => {
          const notes = [
            n.paid ? t('nevenfuncties.list.paid') : t('nevenfuncties.list.unpaid'),
            n.layingDown ? t('nevenfuncties.takeOver.layingDown') : null,
            n.inRegister ? t('nevenfuncties.takeOver.inRegister') : null,
          ].filter(Boolean);
          return (
            <CheckboxField
              key={n.index}
              id={`take-${n.index}`}
              label={`${t('nevenfuncties.list.at', { function: n.function, organisation: n.organisation })} (${notes.join(', ')})`}
              error={errors[`take-${n.index}`]}
              checked={chosen.has(n.index)}
              disabled={n.inRegister}
              onCheckedChange={(checked) =>
                setChosen((now) => {
                  const next = new Set(now);
                  if (checked) next.add(n.index);
                  else next.delete(n.index);
                  return next;
                })
              }
            />
          );
        })}
      </fieldset>
      <CheckboxField
        id="take-consent"
        label={say(content.takeOver.consent)}
        error={errors['take-consent']}
        checked={consent}
        onCheckedChange={setConsent}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('nevenfuncties.takeOver.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

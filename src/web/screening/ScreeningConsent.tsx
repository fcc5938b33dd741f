// The candidate's bewilligingsverklaring: read it, sign it with a fresh second step (an app code or
// a passkey: useSensitiveAction asks for it when the server answers "reauthenticate"), withdraw it
// until the check has run; afterwards what was checked and the confirmed findings.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isReauthenticate, useSensitiveAction } from '../account/Reauthenticate.tsx';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { formatDate, formatDateTime } from '../scan/format.ts';
import type { Organisation } from '../session.tsx';
import { CheckboxField, ErrorSummary } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { CheckedSources, Findings } from './Findings.tsx';

type OwnScreening = Reply<'screening.own'>;

export function ScreeningConsent() {
  const { scanId } = useParams();
  return (
    <ForAbility action="scans.own">
      {(organisation) => <ConsentPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForAbility>
  );
}

function ConsentPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(() => call('screening.own', { params: { tenantId, scanId } }), [tenantId, scanId]);
  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/mijn-scans/${scanId}`}>{t('antecedents.consent.back')}</AppLink>
    </Paragraph>
  );
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('antecedents.consent.linkTitle')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }
  return (
    <Consent
      tenantId={tenantId}
      scanId={scanId}
      view={load.data}
      back={back}
      onChanged={() => void load.reload({ quiet: true })}
    />
  );
}

function Consent({
  tenantId,
  scanId,
  view,
  back,
  onChanged,
}: {
  tenantId: string;
  scanId: string;
  view: OwnScreening;
  back: React.ReactNode;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const { run, panel } = useSensitiveAction();
  const [read, setRead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noFactor, setNoFactor] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const d = view.declaration;
  const s = view.signature;
  const pick = (text: { nl: string; en: string }) => text[language];

  const onError = (caught: unknown) => {
    if (caught instanceof ApiError && caught.code === 'second-factor-needed') setNoFactor(true);
    else if (!isReauthenticate(caught)) setError(problemMessage(caught, t));
  };

  const sign = () => {
    setError(null);
    setStatus(null);
    if (!read) {
      setError(t('antecedents.consent.agreeMissing'));
      return;
    }
    void run(async () => {
      await call('screening.sign', {
        params: { tenantId, scanId },
        body: { declarationId: d.id, version: d.version },
      });
      setStatus(t('antecedents.consent.signed'));
      onChanged();
    }, onError);
  };

  const revoke = () => {
    setError(null);
    setStatus(null);
    void run(async () => {
      await call('screening.revoke', { params: { tenantId, scanId } });
      setStatus(t('antecedents.consent.revoked'));
      onChanged();
    }, onError);
  };

  return (
    <>
      <PageTitle>{pick(d.title)}</PageTitle>
      {back}
      <Paragraph small className="weerbaar-muted">
        {t('antecedents.consent.version', { version: d.version })}
      </Paragraph>
      <Paragraph lead>{pick(d.intro)}</Paragraph>
      {[d.sources, d.purpose, d.readers, d.retention, ...d.more].map((section) => (
        <section key={section.title.nl} className="weerbaar-section">
          <Heading2>{pick(section.title)}</Heading2>
          <Paragraph>{pick(section.body)}</Paragraph>
        </section>
      ))}

      <section aria-labelledby="consent-state" className="weerbaar-section weerbaar-panel">
        <Heading2 id="consent-state" tabIndex={-1}>
          {t('antecedents.consent.signTitle')}
        </Heading2>
        <StatusMessage>{status}</StatusMessage>
        <Paragraph>
          {s.state === 'signed' && s.signedAt
            ? t('antecedents.consent.stateSigned', {
                date: formatDateTime(s.signedAt, language),
                version: s.version ?? '',
              })
            : s.state === 'revoked' && s.revokedAt
              ? t('antecedents.consent.stateRevoked', { date: formatDateTime(s.revokedAt, language) })
              : t('antecedents.consent.stateUnsigned')}
        </Paragraph>
        {view.ranAt ? (
          <Paragraph>
            {t('antecedents.consent.ranNotice', { date: formatDate(view.ranAt, language) })}
          </Paragraph>
        ) : null}
        {error ? <ErrorSummary errors={[]} message={error} /> : null}
        {noFactor ? (
          <Paragraph>
            {t('antecedents.consent.noFactor')}{' '}
            <AppLink to="/account/beveiliging">{t('antecedents.consent.toSecurity')}</AppLink>
          </Paragraph>
        ) : null}
        {view.may.includes('sign') ? (
          <>
            <Heading3>{pick(d.consent)}</Heading3>
            <Paragraph>{t('antecedents.consent.signIntro')}</Paragraph>
            <CheckboxField
              id="consent-read"
              label={t('antecedents.consent.agree')}
              checked={read}
              onCheckedChange={setRead}
            />
            <ButtonGroup>
              <Button appearance="primary-action-button" type="button" onClick={sign}>
                {t('antecedents.consent.sign')}
              </Button>
            </ButtonGroup>
          </>
        ) : null}
        {view.may.includes('revoke') ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="button" onClick={revoke}>
              {t('antecedents.consent.revoke')}
            </Button>
          </ButtonGroup>
        ) : null}
        {panel}
      </section>

      {view.ranAt ? (
        <>
          <CheckedSources checked={view.checked} />
          <Findings findings={view.findings} themeTitle={() => null} />
        </>
      ) : null}
    </>
  );
}

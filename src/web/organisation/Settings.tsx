// /o/:tenantId/instellingen — for beheerders: organisation settings.
import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import { problemMessage } from '../problem.ts';
import { ResearchSettings } from '../research/ResearchSettings.tsx';
import { may, type Organisation, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { CheckboxField, ErrorSummary } from '../ui/forms.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { BeheerderOnly } from './BeheerderOnly.tsx';

export function Settings() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;
  if (!may(organisation, 'settings.read')) return <BeheerderOnly />;
  return <SettingsPage organisation={organisation} />;
}

function SettingsPage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(
    async (signal) => {
      const settings = await call('organisation.readSettings', { params: { tenantId } });
      if (!signal.aborted) setRequired(settings.candidateSecondFactorRequired);
      return settings;
    },
    [tenantId],
  );
  const [required, setRequired] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const settings = await call('organisation.updateSettings', {
        params: { tenantId },
        body: { candidateSecondFactorRequired: required },
      });
      setRequired(settings.candidateSecondFactorRequired);
      load.update(() => settings);
      setSaved(t('settings.saved'));
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Paragraph lead>{t('settings.intro', { org: organisation.tenantName })}</Paragraph>
      <StatusMessage>{saved}</StatusMessage>
      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        <>
          <DataList appearance="rows" className="weerbaar-datalist">
            <DataListItem>
              <DataListKey>{t('settings.organisationName')}</DataListKey>
              <DataListValue value={load.data.name}>{load.data.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('settings.organisationSlug')}</DataListKey>
              <DataListValue value={load.data.slug}>{load.data.slug}</DataListValue>
            </DataListItem>
          </DataList>
          <section aria-labelledby="settings-security-title" className="weerbaar-section">
            <Heading2 id="settings-security-title">{t('settings.securityTitle')}</Heading2>
            <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
              <ErrorSummary errors={[]} message={error} />
              <CheckboxField
                id="candidate-second-factor"
                label={t('settings.candidateSecondFactorLabel')}
                description={t('settings.candidateSecondFactorDescription')}
                checked={required}
                onCheckedChange={(checked) => {
                  setRequired(checked);
                  setSaved(null);
                }}
              />
              <ButtonGroup>
                <Button appearance="primary-action-button" type="submit" busy={busy}>
                  {t('common.save')}
                </Button>
              </ButtonGroup>
            </form>
          </section>
          <ResearchSettings tenantId={tenantId} />
        </>
      ) : null}
    </>
  );
}

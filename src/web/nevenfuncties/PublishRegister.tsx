// /o/:tenantId/nevenfuncties/publiceren — the beheerder publishes the register per half year: a
// preview of exactly what would go out (the published fields only), the button, and the
// publications so far with a link to the public page.
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { SelectField } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { ErrorBlock, StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './nevenfuncties.css';
import { periodLabel, recentPeriods } from './period.ts';
import { RegisterTables } from './RegisterTables.tsx';

export function PublishRegister() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'nevenfuncties.publish')) return <NoAccess />;
  return <PublishPage tenantId={organisation.tenantId} />;
}

function PublishPage({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation();
  const { say } = useSay();
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const load = useResource(
    async () => ({
      register: await call('nevenfuncties.register', {
        params: { tenantId },
        query: period ? { period } : {},
      }),
      content: await call('nevenfuncties.content'),
    }),
    [tenantId, period],
  );
  const at = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  const publish = async (chosen: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await call('nevenfuncties.publish', { params: { tenantId }, body: { period: chosen } });
      setStatus(
        t('nevenfuncties.publish.done', { period: periodLabel(done.period, t), revision: done.revision }),
      );
      await load.reload({ quiet: true });
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('nevenfuncties.publish.title')}</PageTitle>
      <StatusMessage>{status}</StatusMessage>
      {message ? <ErrorBlock message={message} /> : null}
      <ResourceView resource={load}>
        {({ register, content }) => (
          <>
            <Paragraph lead>{say(content.publication.intro)}</Paragraph>
            <Paragraph>{say(content.publication.held)}</Paragraph>
            <SelectField
              id="publish-period"
              label={t('nevenfuncties.publish.period')}
              value={register.period}
              onValueChange={setPeriod}
            >
              {recentPeriods(register.current).map((p) => (
                <option key={p} value={p}>
                  {periodLabel(p, t)}
                </option>
              ))}
            </SelectField>
            <section className="weerbaar-section" aria-labelledby="publish-preview-title">
              <Heading2 id="publish-preview-title">{t('nevenfuncties.publish.previewTitle')}</Heading2>
              {register.preview.officials.length === 0 ? (
                <Paragraph>{t('nevenfuncties.publish.previewEmpty')}</Paragraph>
              ) : (
                <RegisterTables officials={register.preview.officials} fields={register.preview.fields} />
              )}
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  busy={busy}
                  onClick={() => void publish(register.period)}
                >
                  {t('nevenfuncties.publish.submit')}
                </Button>
              </ButtonGroup>
            </section>
            <section className="weerbaar-section" aria-labelledby="publish-history-title">
              <Heading2 id="publish-history-title">{t('nevenfuncties.publish.historyTitle')}</Heading2>
              {register.publications.length === 0 ? (
                <Paragraph>{t('nevenfuncties.publish.historyEmpty')}</Paragraph>
              ) : (
                <>
                  <UnorderedList>
                    {register.publications.map((p) => (
                      <UnorderedListItem key={`${p.period}-${p.revision}`}>
                        {t('nevenfuncties.publish.version', {
                          period: periodLabel(p.period, t),
                          revision: p.revision,
                          at: at(p.publishedAt),
                        })}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                  <Paragraph>
                    <AppLink to={`/register/${register.slug}/nevenfuncties`}>
                      {t('nevenfuncties.publish.publicLink')}
                    </AppLink>
                  </Paragraph>
                </>
              )}
            </section>
          </>
        )}
      </ResourceView>
    </>
  );
}

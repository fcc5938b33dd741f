// /o/:tenantId/mijn-college — a member's colleges: what is combined, who sees it, that nobody sees
// their contacts; how many of how many agreed; and their own choice, to give or take back at any
// time. Once everyone agreed, a link to the combined view.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { ErrorBlock, StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './college.css';

type OwnCollege = Reply<'colleges.own'>['colleges'][number];

export function MyCollege() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'colleges.own')) return <NoAccess />;
  return <MyCollegePage tenantId={organisation.tenantId} />;
}

function MyCollegePage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const load = useResource(() => call('colleges.own', { params: { tenantId } }), [tenantId]);
  return (
    <>
      <PageTitle>{t('college.own.title')}</PageTitle>
      <ResourceView resource={load} isEmpty={(d) => d.colleges.length === 0} empty={t('college.own.empty')}>
        {({ colleges }) =>
          colleges.map((college) => (
            <OneCollege
              key={college.id}
              tenantId={tenantId}
              college={college}
              onChange={(changed) =>
                load.update((data) => ({
                  colleges: data.colleges.map((c) => (c.id === changed.id ? changed : c)),
                }))
              }
            />
          ))
        }
      </ResourceView>
    </>
  );
}

function OneCollege({
  tenantId,
  college,
  onChange,
}: {
  tenantId: string;
  college: OwnCollege;
  onChange: (college: OwnCollege) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = `college-${college.id}`;

  const choose = async (consent: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const now = await call('colleges.consent', {
        params: { tenantId, collegeId: college.id },
        body: { consent },
      });
      onChange({ ...college, ...now, consentAt: new Date().toISOString() });
      setStatus(consent ? t('college.own.given') : t('college.own.declined'));
      window.setTimeout(() => document.getElementById(heading)?.focus(), 0);
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={heading} className="weerbaar-section weerbaar-college-member">
      <Heading2 id={heading} tabIndex={-1}>
        {college.name}
      </Heading2>
      <StatusMessage>{status}</StatusMessage>
      {message ? <ErrorBlock message={message} /> : null}
      <div className="weerbaar-panel">
        <Paragraph>{t('college.own.what')}</Paragraph>
        <Paragraph>{t('college.own.who', { viewer: college.viewer })}</Paragraph>
        <Paragraph>{t('college.own.notContacts')}</Paragraph>
        <Paragraph>{t('college.own.when')}</Paragraph>
      </div>
      <Paragraph>
        {t('college.own.agreedCount', { agreed: college.agreed, members: college.members })}
      </Paragraph>
      <Paragraph>
        <strong>
          {t('college.own.yours', { choice: college.consent ? t('college.own.yes') : t('college.own.no') })}
        </strong>
      </Paragraph>
      <ButtonGroup>
        {college.consent ? (
          <Button
            appearance="secondary-action-button"
            busy={busy}
            aria-label={t('college.own.withdrawLabel', { name: college.name })}
            onClick={() => void choose(false)}
          >
            {t('college.own.withdraw')}
          </Button>
        ) : (
          <>
            <Button
              appearance="primary-action-button"
              busy={busy}
              aria-label={t('college.own.agreeLabel', { name: college.name })}
              onClick={() => void choose(true)}
            >
              {t('college.own.agree')}
            </Button>
            {college.consentAt === null ? (
              <Button
                appearance="secondary-action-button"
                busy={busy}
                aria-label={t('college.own.declineLabel', { name: college.name })}
                onClick={() => void choose(false)}
              >
                {t('college.own.decline')}
              </Button>
            ) : null}
          </>
        )}
        {college.agreed === college.members ? (
          <AppButtonLink
            to={`/o/${tenantId}/mijn-college/${college.id}`}
            appearance="secondary-action-button"
          >
            {t('college.own.open')}
          </AppButtonLink>
        ) : null}
      </ButtonGroup>
    </section>
  );
}

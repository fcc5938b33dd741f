// /o/:tenantId — the start page for the user's role in this organisation. Modules that come in
// later versions say so plainly; no example data.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Role } from '../../core/vocabulary.ts';
import { DilemmaSessionCard } from '../conversation/DilemmaSessionCard.tsx';
import { type Organisation, organisationFor, useSession } from '../session.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('orgHome.noAccessTitle')}</PageTitle>
      <Paragraph>{t('orgHome.noAccessText')}</Paragraph>
      <Paragraph>
        <AppButtonLink to="/" appearance="secondary-action-button">
          {t('orgHome.toStart')}
        </AppButtonLink>
      </Paragraph>
    </>
  );
}

function BeheerderHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const base = `/o/${organisation.tenantId}`;
  return (
    <>
      <Paragraph>{t('orgHome.beheerder.intro', { org: organisation.tenantName })}</Paragraph>
      <ul className="weerbaar-card-list">
        <li>
          <section className="weerbaar-card" aria-labelledby="home-members-title">
            <Heading2 id="home-members-title">{t('orgHome.beheerder.membersTitle')}</Heading2>
            <Paragraph>{t('orgHome.beheerder.membersText')}</Paragraph>
            <AppButtonLink to={`${base}/gebruikers`} appearance="primary-action-button">
              {t('orgHome.beheerder.membersLink')}
            </AppButtonLink>
          </section>
        </li>
        <li>
          <section className="weerbaar-card" aria-labelledby="home-instruments-title">
            <Heading2 id="home-instruments-title">{t('orgHome.beheerder.instrumentsTitle')}</Heading2>
            <Paragraph>{t('orgHome.beheerder.instrumentsText')}</Paragraph>
            <AppButtonLink to={`${base}/instrumenten`} appearance="secondary-action-button">
              {t('orgHome.beheerder.instrumentsLink')}
            </AppButtonLink>
          </section>
        </li>
        <li>
          <section className="weerbaar-card" aria-labelledby="home-settings-title">
            <Heading2 id="home-settings-title">{t('orgHome.beheerder.settingsTitle')}</Heading2>
            <Paragraph>{t('orgHome.beheerder.settingsText')}</Paragraph>
            <AppButtonLink to={`${base}/instellingen`} appearance="secondary-action-button">
              {t('orgHome.beheerder.settingsLink')}
            </AppButtonLink>
          </section>
        </li>
        <li>
          <section className="weerbaar-card" aria-labelledby="home-vuistregels-title">
            <Heading2 id="home-vuistregels-title">{t('handreiking.vuistregels.title')}</Heading2>
            <Paragraph>{t('handreiking.vuistregels.manage.homeText')}</Paragraph>
            <AppButtonLink to={`${base}/vuistregels/aanpassen`} appearance="secondary-action-button">
              {t('handreiking.vuistregels.manage.link')}
            </AppButtonLink>
          </section>
        </li>
      </ul>
    </>
  );
}

function OpdrachtgeverHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const base = `/o/${organisation.tenantId}`;
  return (
    <>
      <ul className="weerbaar-card-list">
        <li>
          <section className="weerbaar-card" aria-labelledby="home-procedures-title">
            <Heading2 id="home-procedures-title">{t('orgHome.opdrachtgever.title')}</Heading2>
            <Paragraph>{t('orgHome.opdrachtgever.text')}</Paragraph>
            <AppButtonLink to={`${base}/procedures`} appearance="primary-action-button">
              {t('orgHome.opdrachtgever.link')}
            </AppButtonLink>
          </section>
        </li>
        <li>
          <section className="weerbaar-card" aria-labelledby="home-new-procedure-title">
            <Heading2 id="home-new-procedure-title">{t('orgHome.opdrachtgever.newTitle')}</Heading2>
            <Paragraph>{t('orgHome.opdrachtgever.newText')}</Paragraph>
            <AppButtonLink to={`${base}/procedures#nieuwe-procedure`} appearance="secondary-action-button">
              {t('orgHome.opdrachtgever.newLink')}
            </AppButtonLink>
          </section>
        </li>
      </ul>
      <Paragraph>{t('orgHome.opdrachtgever.status')}</Paragraph>
    </>
  );
}

function ExpertHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <ul className="weerbaar-card-list">
      <li>
        <section className="weerbaar-card" aria-labelledby="home-expert-title">
          <Heading2 id="home-expert-title">{t('orgHome.expert.title')}</Heading2>
          <Paragraph>{t('orgHome.expert.text')}</Paragraph>
          <AppButtonLink to={`/o/${organisation.tenantId}/procedures`} appearance="primary-action-button">
            {t('orgHome.expert.link')}
          </AppButtonLink>
        </section>
      </li>
      <li>
        <DilemmaSessionCard />
      </li>
    </ul>
  );
}

function KandidaatHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('orgHome.kandidaat.intro')}</Paragraph>
      <ul className="weerbaar-card-list">
        <li>
          <section className="weerbaar-card" aria-labelledby="home-scan-title">
            <Heading2 id="home-scan-title">{t('orgHome.kandidaat.scanTitle')}</Heading2>
            <Paragraph>{t('orgHome.kandidaat.scanText')}</Paragraph>
            <AppButtonLink to={`/o/${organisation.tenantId}/mijn-scans`} appearance="primary-action-button">
              {t('orgHome.kandidaat.scanLink')}
            </AppButtonLink>
          </section>
        </li>
      </ul>
      <section aria-labelledby="home-who-title" className="weerbaar-section">
        <Heading2 id="home-who-title">{t('orgHome.kandidaat.whoTitle')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('orgHome.kandidaat.whoSecure')}</UnorderedListItem>
          <UnorderedListItem>{t('orgHome.kandidaat.whoExpert')}</UnorderedListItem>
          <UnorderedListItem>{t('orgHome.kandidaat.whoClient')}</UnorderedListItem>
          <UnorderedListItem>{t('orgHome.kandidaat.whoResearch')}</UnorderedListItem>
          <UnorderedListItem>{t('orgHome.kandidaat.whoLog')}</UnorderedListItem>
        </UnorderedList>
      </section>
      <section aria-labelledby="home-help-title" className="weerbaar-section">
        <Heading2 id="home-help-title">{t('orgHome.kandidaat.helpTitle')}</Heading2>
        <Paragraph>{t('orgHome.kandidaat.helpText')}</Paragraph>
        <Paragraph>{t('orgHome.kandidaat.helpPressure')}</Paragraph>
      </section>
    </>
  );
}

function OnderzoekerHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-research-title" className="weerbaar-section">
      <Heading2 id="home-research-title">{t('orgHome.onderzoeker.title')}</Heading2>
      <Paragraph>{t('orgHome.onderzoeker.text')}</Paragraph>
      <Paragraph>{t('orgHome.onderzoeker.privacy')}</Paragraph>
      <AppButtonLink to={`/o/${organisation.tenantId}/onderzoek`} appearance="primary-action-button">
        {t('orgHome.onderzoeker.link')}
      </AppButtonLink>
    </section>
  );
}

function CommissieHome({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-committee-title" className="weerbaar-section">
      <Heading2 id="home-committee-title">{t('committee.home.title')}</Heading2>
      <Paragraph>{t('committee.home.text')}</Paragraph>
      <AppButtonLink to={`/o/${organisation.tenantId}/kandidatenlijsten`} appearance="primary-action-button">
        {t('committee.home.link')}
      </AppButtonLink>
    </section>
  );
}

const ROLE_HOME: Record<Role, (props: { organisation: Organisation }) => ReactNode> = {
  beheerder: BeheerderHome,
  opdrachtgever: OpdrachtgeverHome,
  expert: ExpertHome,
  kandidaat: KandidaatHome,
  onderzoeker: OnderzoekerHome,
  commissie: CommissieHome,
};

export function OrganisationHome() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;

  return (
    <>
      <PageTitle>{t('orgHome.welcome', { name: session.user.displayName })}</PageTitle>
      <Paragraph lead>
        {t('orgHome.yourRole', {
          role: organisation.roles.map((role) => t(`roles.${role}`).toLowerCase()).join(', '),
          org: organisation.tenantName,
        })}
      </Paragraph>
      {organisation.roles.map((role) => {
        const RoleHome = ROLE_HOME[role];
        return <RoleHome key={role} organisation={organisation} />;
      })}
    </>
  );
}

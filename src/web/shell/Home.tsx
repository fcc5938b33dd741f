// / — sends people where they need to be: sign in, second step, their organisation,
// or a choice when they work for several organisations.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { organisations, useSession } from '../session.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

export function Home() {
  const { t } = useTranslation();
  const { session } = useSession();
  if (!session) return null; // RequireSession handles the other states.
  const all = organisations(session);

  if (all.length === 1 && all[0]) {
    return <Navigate to={`/o/${all[0].tenantId}`} replace />;
  }

  if (all.length === 0) {
    return (
      <>
        <PageTitle>{t('chooser.noneTitle')}</PageTitle>
        <Paragraph>{t('chooser.noneText')}</Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('chooser.title')}</PageTitle>
      <Paragraph lead>{t('chooser.intro')}</Paragraph>
      <ul className="weerbaar-card-list">
        {all.map((organisation) => (
          <li key={organisation.tenantId}>
            <div className="weerbaar-card">
              <Heading2 className="weerbaar-card__title">
                <AppLink to={`/o/${organisation.tenantId}`}>{organisation.tenantName}</AppLink>
              </Heading2>
              <Paragraph>
                {t('chooser.role', {
                  role: organisation.roles.map((role) => t(`roles.${role}`)).join(', '),
                })}
              </Paragraph>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

// A card on a home page that leads to the public dilemma session.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink } from '../ui/links.tsx';

export function DilemmaSessionCard() {
  const { t } = useTranslation();
  return (
    <section className="weerbaar-card" aria-labelledby="home-dilemmas-title">
      <Heading2 id="home-dilemmas-title">{t('conversation.home.title')}</Heading2>
      <Paragraph>{t('conversation.home.text')}</Paragraph>
      <AppButtonLink to="/dilemmakaarten" appearance="secondary-action-button">
        {t('conversation.home.link')}
      </AppButtonLink>
    </section>
  );
}

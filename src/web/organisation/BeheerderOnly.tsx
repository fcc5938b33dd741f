// Shown on pages that only a beheerder may use (the API refuses the others anyway).
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../ui/PageTitle.tsx';

export function BeheerderOnly() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('beheerderOnly.title')}</PageTitle>
      <Paragraph>{t('beheerderOnly.text')}</Paragraph>
    </>
  );
}

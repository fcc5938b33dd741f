// The page's one <h1>. It also sets the document title, and it can take focus (tabIndex -1):
// after each route change the layout moves focus here, so screen reader users hear where they are.
import { Heading1 } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_TITLE_ID = 'page-title';

export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = children === appName ? appName : `${children} - ${appName}`;
  }, [children, appName]);
  return (
    <Heading1 id={PAGE_TITLE_ID} tabIndex={-1} className="weerbaar-page-title">
      {children}
    </Heading1>
  );
}

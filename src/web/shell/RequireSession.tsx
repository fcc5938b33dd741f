// Route guard: only for signed-in users who finished the second step.

import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { problemMessage } from '../problem.ts';
import { needsSecondFactor, useSession } from '../session.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ErrorBlock, Loading } from '../ui/Status.tsx';

export function RequireSession() {
  const { t } = useTranslation();
  const { state, refresh } = useSession();
  if (state.status === 'loading') {
    return (
      <>
        <PageTitle>{t('common.appName')}</PageTitle>
        <Loading />
      </>
    );
  }
  if (state.status === 'error') {
    return (
      <>
        <PageTitle>{t('common.errorTitle')}</PageTitle>
        <ErrorBlock message={problemMessage(state.error, t)} onRetry={() => void refresh()} />
      </>
    );
  }
  if (state.status === 'signed-out') return <Navigate to="/aanmelden" replace />;
  if (needsSecondFactor(state.session)) return <Navigate to="/aanmelden/tweede-stap" replace />;
  return <Outlet />;
}

// /aanmelden/link#token=... — the link from the e-mail. The token is in the fragment, so it never
// reaches server logs; we read it, remove it from the address bar, and redeem it.
import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api.ts';
import { call } from '../client.ts';
import { problemMessage } from '../problem.ts';
import { needsSecondFactor, useSession } from '../session.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { Loading } from '../ui/Status.tsx';

type State = { status: 'busy' } | { status: 'invalid'; message: string };

function takeTokenFromFragment(): string | null {
  const fragment = window.location.hash.replace(/^#/, '');
  const token = new URLSearchParams(fragment).get('token');
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return token?.trim() ? token.trim() : null;
}

export function SignInLink() {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ status: 'busy' });
  const busy = useRef(false);
  const started = useRef(false);

  const redeem = useCallback(
    (token: string) => {
      if (busy.current) return;
      busy.current = true;
      setState({ status: 'busy' });
      call('auth.redeem', { body: { token } })
        .then((session) => {
          setSession(session);
          void navigate(needsSecondFactor(session) ? '/aanmelden/tweede-stap' : '/', { replace: true });
        })
        .catch((error: unknown) => {
          const message =
            error instanceof ApiError && (error.code === 'link-invalid' || error.status === 400)
              ? t('signInLink.invalidText')
              : problemMessage(error, t);
          setState({ status: 'invalid', message });
        })
        .finally(() => {
          busy.current = false;
        });
    },
    [navigate, setSession, t],
  );

  // The token can be used only once, so it is taken from the address bar exactly once. When
  // another link is opened in this same tab, only the fragment changes: handle that as well.
  useEffect(() => {
    const take = (first: boolean) => {
      const token = takeTokenFromFragment();
      if (token) redeem(token);
      else if (first && !busy.current) setState({ status: 'invalid', message: t('signInLink.missingText') });
    };
    if (!started.current) {
      started.current = true;
      take(true);
    }
    const onHashChange = () => take(false);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [redeem, t]);

  if (state.status === 'busy') {
    return (
      <>
        <PageTitle>{t('signInLink.title')}</PageTitle>
        <Loading text={t('signInLink.busy')} />
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('signInLink.invalidTitle')}</PageTitle>
      <Alert type="warning" role="alert">
        <Paragraph>{state.message}</Paragraph>
      </Alert>
      <ButtonGroup>
        <AppButtonLink to="/aanmelden" appearance="primary-action-button">
          {t('signInLink.requestNew')}
        </AppButtonLink>
      </ButtonGroup>
    </>
  );
}

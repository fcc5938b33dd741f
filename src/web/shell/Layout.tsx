// The frame around every page: skip link, header (app name, organisation, signed-in name,
// language switch, sign-out), main menu, content and footer. Moves focus to the page heading
// after every route change.
import {
  Button,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import type { Language } from '../../core/vocabulary.ts';
import { call } from '../client.ts';
import { changeLanguage, currentLanguage } from '../i18n/index.ts';
import { may, needsSecondFactor, organisationFor, organisations, useSession } from '../session.tsx';
import { PAGE_TITLE_ID } from '../ui/PageTitle.tsx';

function Logo() {
  return (
    <svg
      className="weerbaar-brand__logo"
      viewBox="0 0 32 32"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="6" className="weerbaar-brand__logo-back" />
      <path
        d="M16 5l9 3.5v7c0 5.6-3.8 9.8-9 11.5-5.2-1.7-9-5.9-9-11.5v-7z"
        className="weerbaar-brand__logo-shield"
      />
      <path d="M16 9l5.5 2.2v4.5c0 3.4-2.3 6-5.5 7.2z" className="weerbaar-brand__logo-back" />
    </svg>
  );
}

function useFocusOnRouteChange() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    // On the first load the browser starts at the top (with the skip link); only move focus after navigating.
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.getElementById(PAGE_TITLE_ID) ?? document.getElementById('main');
    heading?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  ['weerbaar-nav__link', isActive ? 'weerbaar-nav__link--current' : ''].filter(Boolean).join(' ');

export function Layout() {
  const { t } = useTranslation();
  const { session, clear } = useSession();
  const navigate = useNavigate();
  const orgMatch = useMatch('/o/:tenantId/*');
  useFocusOnRouteChange();

  const language = currentLanguage();
  const otherLanguage: Language = language === 'nl' ? 'en' : 'nl';

  const ready = session && !needsSecondFactor(session);
  const all = session ? organisations(session) : [];
  const current =
    session && orgMatch
      ? organisationFor(session, orgMatch.params.tenantId)
      : all.length === 1
        ? all[0]
        : undefined;

  const signOut = async () => {
    try {
      await call('auth.signOut');
    } catch {
      // Signed out locally either way; the server session ends at its timeout.
    }
    clear('signedOut');
    await navigate('/aanmelden');
  };

  return (
    <div className="weerbaar-app utrecht-document">
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="weerbaar-header">
        <div className="weerbaar-container weerbaar-header__bar">
          <NavLink to="/" className="weerbaar-brand">
            <Logo />
            <span className="weerbaar-brand__text">
              <span className="weerbaar-brand__name">{t('common.appName')}</span>
              <span className="weerbaar-brand__tagline">{t('layout.tagline')}</span>
            </span>
          </NavLink>
          <div className="weerbaar-header__tools">
            {session ? (
              <p className="weerbaar-header__user">
                <span className="weerbaar-header__label">{t('layout.signedInAs')}</span>{' '}
                <strong>{session.user.displayName}</strong>
                {current ? (
                  <>
                    <br />
                    <span className="weerbaar-header__label">{t('layout.organisation')}:</span>{' '}
                    <span>{current.tenantName}</span>
                  </>
                ) : null}
              </p>
            ) : null}
            <div className="weerbaar-header__actions">
              <Button
                appearance="subtle-button"
                type="button"
                lang={otherLanguage}
                className="weerbaar-header__button"
                onClick={() => void changeLanguage(otherLanguage)}
              >
                {t('layout.switchLanguage')}
              </Button>
              {session ? (
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  className="weerbaar-header__button"
                  onClick={() => void signOut()}
                >
                  {t('layout.signOut')}
                </Button>
              ) : null}
            </div>
          </div>
        </div>
        {ready ? (
          <nav className="weerbaar-nav" aria-label={t('layout.mainNavigation')}>
            <div className="weerbaar-container">
              <ul className="weerbaar-nav__list">
                {current ? (
                  <>
                    <li>
                      <NavLink end to={`/o/${current.tenantId}`} className={navClass}>
                        {t('layout.nav.home')}
                      </NavLink>
                    </li>
                    {may(current, 'procedures.read') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/procedures`} className={navClass}>
                          {t('layout.nav.procedures')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'scans.own') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/mijn-scans`} className={navClass}>
                          {t('layout.nav.myScans')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'members.list') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/gebruikers`} className={navClass}>
                          {t('layout.nav.members')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'instruments.preview') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/instrumenten`} className={navClass}>
                          {t('layout.nav.instruments')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'settings.read') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/instellingen`} className={navClass}>
                          {t('layout.nav.settings')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'colleges.manage') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/colleges`} className={navClass}>
                          {t('college.nav.manage')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'committee.lists') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/kandidatenlijsten`} className={navClass}>
                          {t('committee.nav')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'colleges.own') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/mijn-college`} className={navClass}>
                          {t('college.nav.own')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'nevenfuncties.own') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/nevenfuncties`} className={navClass}>
                          {t('nevenfuncties.nav.own')}
                        </NavLink>
                      </li>
                    ) : null}
                    {may(current, 'nevenfuncties.publish') ? (
                      <li>
                        <NavLink to={`/o/${current.tenantId}/nevenfuncties/publiceren`} className={navClass}>
                          {t('nevenfuncties.nav.publish')}
                        </NavLink>
                      </li>
                    ) : null}
                  </>
                ) : null}
                {all.length > 1 ? (
                  <li>
                    <NavLink end to="/" className={navClass}>
                      {t('layout.nav.organisations')}
                    </NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/account/beveiliging" className={navClass}>
                    {t('layout.nav.security')}
                  </NavLink>
                </li>
              </ul>
            </div>
          </nav>
        ) : null}
      </PageHeader>
      <PageContent className="weerbaar-content">
        <main id="main" tabIndex={-1} className="utrecht-page-content__main weerbaar-container weerbaar-main">
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="weerbaar-footer">
        <div className="weerbaar-container weerbaar-footer__content">
          <Paragraph>{t('layout.footerPrivacy')}</Paragraph>
          <Paragraph>
            <NavLink to="/zelfscan" className="weerbaar-footer__link">
              {t('layout.zelfscanLink')}
            </NavLink>
          </Paragraph>
          <Paragraph>
            <NavLink to="/zelfassessment" className="weerbaar-footer__link">
              {t('handreiking.zelfassessment.footerLink')}
            </NavLink>
          </Paragraph>
          <Paragraph>
            <NavLink to="/ondermijning-herkennen" className="weerbaar-footer__link">
              {t('handreiking.ondermijning.link')}
            </NavLink>
          </Paragraph>
          <Paragraph small>{t('layout.footerOpenSource')}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}

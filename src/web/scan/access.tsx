// Which pages of the scan flow a person may open, by the abilities the server sent (the server decides for real; this only avoids
// showing a page that would end in "not found").
import { Paragraph } from '@utrecht/component-library-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrganisationAction } from '../../core/vocabulary.ts';
import { may, type Organisation, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { AppButtonLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';

function NotForYourRole({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('flow.notForRoleTitle')}</PageTitle>
      <Paragraph>{t('flow.notForRoleText')}</Paragraph>
      <Paragraph>
        <AppButtonLink to={`/o/${organisation.tenantId}`} appearance="secondary-action-button">
          {t('flow.toStart')}
        </AppButtonLink>
      </Paragraph>
    </>
  );
}

/** Renders the page for someone who may take the action in this organisation. */
export function ForAbility({
  action,
  children,
}: {
  action: OrganisationAction;
  children: (organisation: Organisation) => ReactNode;
}) {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;
  if (!may(organisation, action)) return <NotForYourRole organisation={organisation} />;
  return <>{children(organisation)}</>;
}

/** What a page about one scan of a procedure receives (…/procedures/:procedureId/scans/:scanId/…). */
export interface ProcedureScanPageProps {
  organisation: Organisation;
  procedureId: string;
  scanId: string;
}

/**
 * The guard of a page about one scan of a procedure: the ability, then the page keyed by the ids in
 * the address, so moving to another scan starts it afresh.
 */
export function ForProcedureScan({
  action,
  page: Page,
}: {
  action: OrganisationAction;
  page: ComponentType<ProcedureScanPageProps>;
}) {
  const { procedureId = '', scanId = '' } = useParams();
  return (
    <ForAbility action={action}>
      {(organisation) => (
        <Page
          key={`${procedureId}/${scanId}`}
          organisation={organisation}
          procedureId={procedureId}
          scanId={scanId}
        />
      )}
    </ForAbility>
  );
}

/** A page's data: loading, an error with a sentence, or ready. */
export type Load<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

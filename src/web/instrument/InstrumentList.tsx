// /o/:tenantId/instrumenten — for beheerders: the instruments (questionnaires) Weerbaar offers,
// each with its version and content hash, and a preview to try it out.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import type { InstrumentSummary } from '../contract.ts';
import { BeheerderOnly } from '../organisation/BeheerderOnly.tsx';
import { may, type Organisation, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { useSay } from './text.ts';

export function InstrumentList() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!session || !organisation) return <NoAccess />;
  if (!may(organisation, 'instruments.preview')) return <BeheerderOnly />;
  return <InstrumentListPage organisation={organisation} />;
}

/** The first characters of a content hash: enough to tell versions apart by eye. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

function InstrumentListPage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const tenantId = organisation.tenantId;
  const list = useResource(
    async () => (await call('instruments.list', { params: { tenantId } })).instruments,
    [tenantId],
  );

  return (
    <>
      <PageTitle>{t('instruments.title')}</PageTitle>
      <Paragraph lead>{t('instruments.intro')}</Paragraph>
      <ResourceView resource={list} isEmpty={(items) => items.length === 0} empty={t('instruments.empty')}>
        {(instruments: InstrumentSummary[]) => (
          <ul className="weerbaar-card-list weerbaar-instrument-list">
            {instruments.map((instrument) => (
              <li key={instrument.id}>
                <article className="weerbaar-card" aria-labelledby={`instrument-${instrument.id}`}>
                  <Heading2 id={`instrument-${instrument.id}`} className="weerbaar-card__title">
                    <AppLink to={`/o/${organisation.tenantId}/instrumenten/${instrument.id}`}>
                      {sayText(instrument.title)}
                    </AppLink>
                  </Heading2>
                  <Paragraph>{sayText(instrument.description)}</Paragraph>
                  <dl className="weerbaar-facts">
                    <div>
                      <dt>{t('instruments.mode')}</dt>
                      <dd>{t(`instruments.modes.${instrument.mode}`)}</dd>
                    </div>
                    <div>
                      <dt>{t('instruments.version')}</dt>
                      <dd>
                        {instrument.version}
                        {instrument.versions.length > 1
                          ? ` ${t('instruments.versionsCount', { count: instrument.versions.length })}`
                          : null}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('instruments.hash')}</dt>
                      <dd>
                        <code className="weerbaar-hash" title={instrument.hash}>
                          {shortHash(instrument.hash)}
                        </code>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('instruments.duration')}</dt>
                      <dd>{t('instruments.minutes', { count: instrument.minutes })}</dd>
                    </div>
                  </dl>
                </article>
              </li>
            ))}
          </ul>
        )}
      </ResourceView>
    </>
  );
}

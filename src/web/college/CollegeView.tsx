// The stacked view of a college, the same for its members (/o/:t/mijn-college/:collegeId) and the
// opdrachtgever it names (/o/:t/colleges/:collegeId): counts over the college in tables (the
// server sends nothing else), with a small bar beside each shared item. Until everyone agreed, only
// how many of how many.
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './college.css';

type View = Reply<'colleges.view'>;
type Stack = NonNullable<View['stack']>;
type SharedList = Stack['sectors'];
type Labels = NonNullable<View['labels']>;

export function CollegeViewPage({ back }: { back: 'colleges' | 'mijn-college' }) {
  const { session } = useSession();
  const { tenantId, collegeId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !collegeId || !may(organisation, 'colleges.view')) return <NoAccess />;
  return <CollegeViewLoaded tenantId={organisation.tenantId} collegeId={collegeId} back={back} />;
}

function CollegeViewLoaded({
  tenantId,
  collegeId,
  back,
}: {
  tenantId: string;
  collegeId: string;
  back: 'colleges' | 'mijn-college';
}) {
  const { t } = useTranslation();
  const load = useResource(
    () => call('colleges.view', { params: { tenantId, collegeId } }),
    [tenantId, collegeId],
  );
  return (
    <>
      <PageTitle>
        {load.status === 'ready'
          ? t('college.view.title', { name: load.data.college.name })
          : t('college.manage.title')}
      </PageTitle>
      <Paragraph>
        <AppLink to={`/o/${tenantId}/${back}`}>{t('college.view.back')}</AppLink>
      </Paragraph>
      <ResourceView resource={load}>
        {(view) =>
          view.state === 'shown' && view.stack && view.labels ? (
            <Stacked stack={view.stack} labels={view.labels} />
          ) : (
            <Paragraph className="weerbaar-panel" role="status">
              {view.state === 'unavailable'
                ? t('college.view.unavailable')
                : t('college.view.waiting', { agreed: view.agreed, members: view.members })}
            </Paragraph>
          )
        }
      </ResourceView>
    </>
  );
}

function Stacked({ stack, labels }: { stack: Stack; labels: Labels }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const nameOf = (list: Labels['sectors']) => (id: string) => say(list.find((l) => l.id === id)?.label) || id;
  const number = (x: number) => x.toLocaleString(undefined, { maximumFractionDigits: 2 });
  return (
    <>
      <Paragraph lead>{t('college.view.intro', { members: stack.members })}</Paragraph>

      <section aria-labelledby="college-summary" className="weerbaar-section">
        <Heading2 id="college-summary">{t('college.view.summaryTitle')}</Heading2>
        <Scroll label={t('college.view.summaryCaption')}>
          <Table className="weerbaar-table">
            <TableCaption>{t('college.view.summaryCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('college.view.measure')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.value')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(
                [
                  ['members', stack.members],
                  ['contacts', stack.contacts],
                  ['contexts', stack.contexts.total],
                  ['ownNamed', stack.contexts.ownNamed],
                  ['multiplex', stack.multiplexContacts],
                ] as const
              ).map(([key, value]) => (
                <TableRow key={key}>
                  <TableHeaderCell scope="row">{t(`college.view.${key}`)}</TableHeaderCell>
                  <TableCell>{value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Scroll>
      </section>

      <SharedTable
        id="college-contexts"
        title={t('college.view.contextsTitle')}
        caption={t('college.view.contextsCaption')}
        list={stack.contexts.types}
        members={stack.members}
        nameOf={nameOf(labels.contexts)}
      />
      <SharedTable
        id="college-sectors"
        title={t('college.view.sectorsTitle')}
        caption={t('college.view.sectorsCaption')}
        list={stack.sectors}
        members={stack.members}
        nameOf={nameOf(labels.sectors)}
      />
      <SharedTable
        id="college-places"
        title={t('college.view.placesTitle')}
        caption={t('college.view.placesCaption')}
        list={stack.places}
        members={stack.members}
        nameOf={nameOf(labels.places)}
      />

      <section aria-labelledby="college-inclusive" className="weerbaar-section">
        <Heading2 id="college-inclusive">{t('college.view.inclusiveTitle')}</Heading2>
        <Paragraph>{t('college.view.inclusiveIntro')}</Paragraph>
        <Scroll label={t('college.view.inclusiveCaption')}>
          <Table className="weerbaar-table">
            <TableCaption>{t('college.view.inclusiveCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('college.view.attribute')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.valued')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.blau')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.iqv')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.ei')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {stack.inclusiveness.map((row) => (
                <TableRow key={row.attribute}>
                  <TableHeaderCell scope="row">
                    {t(`college.view.attributes.${row.attribute}`)}
                  </TableHeaderCell>
                  <TableCell>{row.valued}</TableCell>
                  <TableCell>{row.valued > 0 ? number(row.blau) : t('college.view.notKnown')}</TableCell>
                  <TableCell>{row.valued > 0 ? number(row.iqv) : t('college.view.notKnown')}</TableCell>
                  <TableCell>{row.ei === null ? t('college.view.notKnown') : number(row.ei)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Scroll>
      </section>

      <section aria-labelledby="college-sensitive" className="weerbaar-section">
        <Heading2 id="college-sensitive">{t('college.view.sensitiveTitle')}</Heading2>
        <Paragraph>{t('college.view.sensitiveIntro')}</Paragraph>
        <Scroll label={t('college.view.sensitiveCaption')}>
          <Table className="weerbaar-table">
            <TableCaption>{t('college.view.sensitiveCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('college.view.measure')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.value')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                <TableHeaderCell scope="row">{t('college.view.sensitiveDirect')}</TableHeaderCell>
                <TableCell>{stack.sensitive.direct}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('college.view.sensitiveRemoved')}</TableHeaderCell>
                <TableCell>{stack.sensitive.onePersonRemoved}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('college.view.sensitiveMembers')}</TableHeaderCell>
                <TableCell>{stack.sensitive.members}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </Scroll>
        <SharedTable
          id="college-sensitive-sectors"
          caption={t('college.view.sensitiveSectorsCaption')}
          list={stack.sensitive.sectors}
          members={stack.members}
          nameOf={nameOf(labels.sectors)}
        />
      </section>
    </>
  );
}

export function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="weerbaar-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** Items held by at least two members, each with a bar (decoration: the numbers are in the cells). */
function SharedTable({
  id,
  title,
  caption,
  list,
  members,
  nameOf,
}: {
  id: string;
  title?: string;
  caption: string;
  list: SharedList;
  members: number;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const body = (
    <>
      {list.shared.length === 0 ? (
        <Paragraph>{t('college.view.noneShared')}</Paragraph>
      ) : (
        <Scroll label={caption}>
          <Table className="weerbaar-table">
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('college.view.item')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.byMembers')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('college.view.itemContacts')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.shared.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">{nameOf(item.id)}</TableHeaderCell>
                  <TableCell>
                    <svg
                      aria-hidden="true"
                      className="weerbaar-college-bar"
                      viewBox="0 0 100 10"
                      focusable="false"
                    >
                      <rect width="100" height="10" className="weerbaar-college-bar__track" />
                      <rect
                        width={Math.round((item.members / Math.max(1, members)) * 100)}
                        height="10"
                        className="weerbaar-college-bar__fill"
                      />
                    </svg>{' '}
                    {item.members}
                  </TableCell>
                  <TableCell>{item.contacts}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Scroll>
      )}
      {list.elsewhere.items > 0 ? (
        <Paragraph small className="weerbaar-muted">
          {t('college.view.elsewhere', list.elsewhere)}
        </Paragraph>
      ) : null}
    </>
  );
  if (!title) return body;
  return (
    <section aria-labelledby={id} className="weerbaar-section">
      <Heading2 id={id}>{title}</Heading2>
      {body}
    </section>
  );
}

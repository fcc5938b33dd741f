// /o/:tenantId/colleges — for a beheerder or opdrachtgever: the colleges they made or may see (how
// many of how many agree, never who), and a form to put a new one together from people with a
// submitted scan with a network map, naming the opdrachtgever who may see the combined view.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import { problemMessage } from '../problem.ts';
import { may, organisationFor, useSession } from '../session.tsx';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import {
  CheckboxField,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  summarise,
  TextField,
} from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Scroll } from './CollegeView.tsx';
import './college.css';

export function Colleges() {
  const { session } = useSession();
  const { tenantId } = useParams();
  const organisation = session ? organisationFor(session, tenantId) : undefined;
  if (!organisation || !may(organisation, 'colleges.manage')) return <NoAccess />;
  return <CollegesPage tenantId={organisation.tenantId} />;
}

function CollegesPage({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const list = useResource(() => call('colleges.list', { params: { tenantId } }), [tenantId]);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('college.manage.title')}</PageTitle>
      <Paragraph lead>{t('college.manage.intro')}</Paragraph>
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby="colleges-list" className="weerbaar-section">
        <Heading2 id="colleges-list">{t('college.manage.listTitle')}</Heading2>
        <ResourceView
          resource={list}
          isEmpty={(d) => d.colleges.length === 0}
          empty={t('college.manage.empty')}
        >
          {({ colleges }) => (
            <Scroll label={t('college.manage.tableRegion')}>
              <Table className="weerbaar-table">
                <TableCaption>{t('college.manage.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('college.manage.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('college.manage.viewer')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('college.manage.agreed')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('college.manage.open')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {colleges.map((c) => (
                    <TableRow key={c.id}>
                      <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
                      <TableCell>{c.viewer}</TableCell>
                      <TableCell>
                        {t('college.own.agreedCount', { agreed: c.agreed, members: c.members })}
                      </TableCell>
                      <TableCell>
                        {c.as.includes('viewer') ? (
                          <AppLink
                            to={`/o/${tenantId}/colleges/${c.id}`}
                            aria-label={t('college.manage.openLabel', { name: c.name })}
                          >
                            {t('college.manage.open')}
                          </AppLink>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Scroll>
          )}
        </ResourceView>
      </section>
      <NewCollege
        tenantId={tenantId}
        onMade={() => {
          setStatus(t('college.manage.made'));
          void list.reload({ quiet: true });
        }}
      />
    </>
  );
}

function NewCollege({ tenantId, onMade }: { tenantId: string; onMade: () => void }) {
  const { t } = useTranslation();
  const candidates = useResource(() => call('colleges.candidates', { params: { tenantId } }), [tenantId]);
  const [name, setName] = useState('');
  const [viewer, setViewer] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (name.trim() === '') found['college-name'] = t('college.manage.errorName');
    if (viewer === '') found['college-viewer'] = t('college.manage.errorViewer');
    if (chosen.length < 3) found['college-people'] = t('college.manage.errorMembers');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length > 0) {
      window.setTimeout(() => document.getElementById('college-errors')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      await call('colleges.create', {
        params: { tenantId },
        body: { name: name.trim(), viewerMembershipId: viewer, memberMembershipIds: chosen },
      });
      setName('');
      setViewer('');
      setChosen([]);
      onMade();
    } catch (caught) {
      setMessage(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const summary = summarise(errors, ['college-name', 'college-viewer', 'college-people']);
  return (
    <section aria-labelledby="college-new" className="weerbaar-section">
      <Heading2 id="college-new">{t('college.manage.newTitle')}</Heading2>
      <Paragraph>{t('college.manage.newIntro')}</Paragraph>
      <ResourceView resource={candidates}>
        {({ people, viewers }) => (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <div id="college-errors" tabIndex={-1}>
              {summary.length > 0 || message ? <ErrorSummary errors={summary} message={message} /> : null}
            </div>
            <TextField
              id="college-name"
              label={t('college.manage.nameLabel')}
              description={t('college.manage.nameHint')}
              error={errors['college-name']}
              value={name}
              onValueChange={setName}
              autoComplete="off"
            />
            <SelectField
              id="college-viewer"
              label={t('college.manage.viewerLabel')}
              description={t('college.manage.viewerHint')}
              error={errors['college-viewer']}
              value={viewer}
              onValueChange={setViewer}
            >
              <SelectOption value="">{t('college.manage.chooseViewer')}</SelectOption>
              {viewers.map((v) => (
                <SelectOption key={v.membershipId} value={v.membershipId}>
                  {v.displayName}
                </SelectOption>
              ))}
            </SelectField>
            <Fieldset
              id="college-people"
              tabIndex={-1}
              className="weerbaar-choices weerbaar-college-people"
              invalid={Boolean(errors['college-people'])}
              aria-describedby={errors['college-people'] ? 'college-people-error' : undefined}
            >
              <FieldsetLegend className="weerbaar-choices__legend">
                {t('college.manage.membersLegend')}
              </FieldsetLegend>
              {errors['college-people'] ? (
                <FormFieldErrorMessage id="college-people-error">
                  {errors['college-people']}
                </FormFieldErrorMessage>
              ) : null}
              {people.length === 0 ? <Paragraph>{t('college.manage.noPeople')}</Paragraph> : null}
              {people.map((p) => (
                <CheckboxField
                  key={p.membershipId}
                  id={`college-person-${p.membershipId}`}
                  label={p.displayName}
                  checked={chosen.includes(p.membershipId)}
                  onCheckedChange={(on) =>
                    setChosen((now) =>
                      on ? [...now, p.membershipId] : now.filter((id) => id !== p.membershipId),
                    )
                  }
                />
              ))}
            </Fieldset>
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('college.manage.make')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </ResourceView>
    </section>
  );
}

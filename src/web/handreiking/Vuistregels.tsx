// The vuistregels integriteit of an organisation (handreiking/vuistregels.yaml, or the
// organisation's own wording): on the candidate's first page before the questionnaire, on a
// printable page of their own (/o/:tenantId/vuistregels, ?ambt=… for one office; linked from the
// report), and the beheerder's page to reword a set or go back to the default
// (/o/:tenantId/vuistregels/aanpassen).
import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type Office, offices } from '../../core/vocabulary.ts';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { ForAbility } from '../scan/access.tsx';
import { may, type Organisation } from '../session.tsx';
import { TextArea } from '../ui/choices.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import './handreiking.css';

type VuistregelsView = Reply<'vuistregels.read'>;
type VuistregelsSet = VuistregelsView['sets'][number];

function setFor(view: VuistregelsView, office: string | null): VuistregelsSet | undefined {
  return view.sets.find((s) => s.offices.includes(office ?? ''));
}

function isOffice(value: string | null): value is Office {
  return (offices as readonly string[]).includes(value ?? '');
}

export const vuistregelsAddress = (tenantId: string, office?: string) =>
  `/o/${tenantId}/vuistregels${office ? `?ambt=${encodeURIComponent(office)}` : ''}`;

function RuleList({ set }: { set: VuistregelsSet }) {
  const { say } = useSay();
  return (
    <OrderedList className="weerbaar-vuistregels__rules">
      {set.rules.map((rule) => (
        <OrderedListItem key={rule.id}>{say(rule.text)}</OrderedListItem>
      ))}
    </OrderedList>
  );
}

/** On the candidate's first page, before the questions: the rules for the procedure's office. */
export function VuistregelsBeforeStart({
  organisation,
  office,
}: {
  organisation: Organisation;
  office: string;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const tenantId = organisation.tenantId;
  const load = useResource(() => call('vuistregels.read', { params: { tenantId } }), [tenantId]);
  if (load.status !== 'ready') return <ResourceView resource={load} />;
  const set = setFor(load.data, office);
  if (!set) return null;
  return (
    <section className="weerbaar-section weerbaar-vuistregels" aria-labelledby="vuistregels-before-start">
      <Heading2 id="vuistregels-before-start">{t('handreiking.vuistregels.title')}</Heading2>
      <Paragraph>{t('handreiking.vuistregels.beforeStart')}</Paragraph>
      <Paragraph small className="weerbaar-muted">
        {say(set.title)}
        {set.adjusted
          ? ` — ${t('handreiking.vuistregels.ownWording', { org: organisation.tenantName })}`
          : ''}
      </Paragraph>
      <RuleList set={set} />
      <Paragraph>
        <AppLink to={vuistregelsAddress(tenantId, office)}>
          {t('handreiking.vuistregels.openPrintable')}
        </AppLink>
      </Paragraph>
    </section>
  );
}

/** /o/:tenantId/vuistregels — every member; printable. */
export function VuistregelsPage() {
  return (
    <ForAbility action="organisation.read">
      {(organisation) => <VuistregelsPrintable organisation={organisation} />}
    </ForAbility>
  );
}

function VuistregelsPrintable({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [params] = useSearchParams();
  const tenantId = organisation.tenantId;
  const office = params.get('ambt');
  const load = useResource(() => call('vuistregels.read', { params: { tenantId } }), [tenantId]);
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('handreiking.vuistregels.title')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  const one = isOffice(office) ? setFor(load.data, office) : undefined;
  const sets = one ? [one] : load.data.sets;
  return (
    <div className="weerbaar-vuistregels weerbaar-printable">
      <PageTitle>
        {one
          ? t('handreiking.vuistregels.titleFor', { title: say(one.title) })
          : t('handreiking.vuistregels.title')}
      </PageTitle>
      <Paragraph lead>{say(load.data.intro)}</Paragraph>
      {sets.map((set) => (
        <section key={set.id} className="weerbaar-section" aria-label={say(set.title)}>
          {one ? null : <Heading2>{say(set.title)}</Heading2>}
          <Paragraph small className="weerbaar-muted">
            {t('handreiking.vuistregels.offices', {
              offices: set.offices.map((o) => t(`offices.${o as Office}`)).join(', '),
            })}
            {set.adjusted
              ? ` — ${t('handreiking.vuistregels.ownWording', { org: organisation.tenantName })}`
              : ''}
          </Paragraph>
          <RuleList set={set} />
        </section>
      ))}
      <ButtonGroup className="weerbaar-steps">
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
          {t('handreiking.vuistregels.print')}
        </Button>
      </ButtonGroup>
      <nav className="weerbaar-page-nav" aria-label={t('handreiking.vuistregels.title')}>
        <ul>
          {one ? (
            <li>
              <AppLink to={vuistregelsAddress(tenantId)}>{t('handreiking.vuistregels.allSets')}</AppLink>
            </li>
          ) : null}
          <li>
            <AppLink to="/ondermijning-herkennen">{t('handreiking.ondermijning.link')}</AppLink>
          </li>
          {may(organisation, 'vuistregels.adjust') ? (
            <li>
              <AppLink to={`/o/${tenantId}/vuistregels/aanpassen`}>
                {t('handreiking.vuistregels.manage.link')}
              </AppLink>
            </li>
          ) : null}
        </ul>
      </nav>
    </div>
  );
}

/** /o/:tenantId/vuistregels/aanpassen — the beheerder. */
export function VuistregelsManagePage() {
  return (
    <ForAbility action="vuistregels.adjust">
      {(organisation) => <VuistregelsManage organisation={organisation} />}
    </ForAbility>
  );
}

function VuistregelsManage({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(() => call('vuistregels.read', { params: { tenantId } }), [tenantId]);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('handreiking.vuistregels.manage.title')}</PageTitle>
      <StatusMessage>{status}</StatusMessage>
      <Paragraph lead>{t('handreiking.vuistregels.manage.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={vuistregelsAddress(tenantId)}>{t('handreiking.vuistregels.openPrintable')}</AppLink>
      </Paragraph>
      <ResourceView resource={load} />
      {load.status === 'ready'
        ? load.data.sets.map((set) => (
            <SetEditor
              // A new editor after a save or reset, starting from what the server holds.
              key={`${set.id}-${set.revision}-${set.adjusted}`}
              tenantId={tenantId}
              set={set}
              onChange={(view, message) => {
                setStatus(message);
                load.update(() => view);
              }}
              onBusy={() => setStatus(null)}
            />
          ))
        : null}
    </>
  );
}

type Draft = Array<{ key: number; nl: string; en: string }>;

function SetEditor({
  tenantId,
  set,
  onChange,
  onBusy,
}: {
  tenantId: string;
  set: VuistregelsSet;
  onChange: (view: VuistregelsView, message: string) => void;
  onBusy: () => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [draft, setDraft] = useState<Draft>(() =>
    set.rules.map((r, i) => ({ key: i, nl: r.text.nl, en: r.text.en })),
  );
  const [nextKey, setNextKey] = useState(set.rules.length);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = say(set.title);
  const headingId = `vuistregels-set-${set.id}`;

  const run = async (action: () => Promise<VuistregelsView>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    onBusy();
    try {
      const view = await action();
      onChange(view, done);
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft.some((r) => !r.nl.trim() || !r.en.trim())) {
      setError(t('handreiking.vuistregels.manage.bothLanguages'));
      return;
    }
    void run(
      () =>
        call('vuistregels.adjust', {
          params: { tenantId, setId: set.id },
          body: { rules: draft.map((r) => ({ text: { nl: r.nl, en: r.en } })) },
        }),
      t('handreiking.vuistregels.manage.saved', { title }),
    );
  };

  const edit = (key: number, field: 'nl' | 'en', value: string) =>
    setDraft((rules) => rules.map((r) => (r.key === key ? { ...r, [field]: value } : r)));

  return (
    <section className="weerbaar-section weerbaar-vuistregels__editor" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{title}</Heading2>
      <Paragraph small className="weerbaar-muted">
        {t('handreiking.vuistregels.offices', {
          offices: set.offices.map((o) => t(`offices.${o as Office}`)).join(', '),
        })}{' '}
        —{' '}
        {set.adjusted
          ? t('handreiking.vuistregels.manage.adjusted')
          : t('handreiking.vuistregels.manage.standard')}
      </Paragraph>
      <form noValidate onSubmit={save} className="weerbaar-form">
        <ErrorSummary errors={[]} message={error} />
        {draft.map((rule, i) => (
          <fieldset key={rule.key} className="weerbaar-vuistregels__rule">
            <legend>
              <Heading3>{t('handreiking.vuistregels.manage.rule', { number: i + 1 })}</Heading3>
            </legend>
            <TextArea
              id={`${set.id}-${rule.key}-nl`}
              label={t('handreiking.vuistregels.manage.ruleNl', { number: i + 1 })}
              rows={2}
              maxLength={400}
              value={rule.nl}
              onValueChange={(value) => edit(rule.key, 'nl', value)}
            />
            <TextArea
              id={`${set.id}-${rule.key}-en`}
              label={t('handreiking.vuistregels.manage.ruleEn', { number: i + 1 })}
              rows={2}
              maxLength={400}
              value={rule.en}
              onValueChange={(value) => edit(rule.key, 'en', value)}
            />
            {draft.length > 1 ? (
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => setDraft((rules) => rules.filter((r) => r.key !== rule.key))}
              >
                {t('handreiking.vuistregels.manage.remove', { number: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <ButtonGroup className="weerbaar-steps">
          <Button
            appearance="secondary-action-button"
            type="button"
            disabled={draft.length >= 20}
            onClick={() => {
              setDraft((rules) => [...rules, { key: nextKey, nl: '', en: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('handreiking.vuistregels.manage.add')}
          </Button>
          <Button appearance="primary-action-button" type="submit" busy={busy}>
            {t('handreiking.vuistregels.manage.save')}
          </Button>
          {set.adjusted ? (
            <Button
              appearance="subtle-button"
              type="button"
              onClick={() =>
                void run(
                  () => call('vuistregels.reset', { params: { tenantId, setId: set.id } }),
                  t('handreiking.vuistregels.manage.wasReset', { title }),
                )
              }
            >
              {t('handreiking.vuistregels.manage.reset')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}

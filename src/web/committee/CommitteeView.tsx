// The committee view of one candidate, in two pages from the same reply (committee.view):
// /o/:t/kandidatenlijsten/:p/kandidaten/:s          the themes to discuss with their talking points;
// /o/:t/kandidatenlijsten/:p/kandidaten/:s/leidraad the printable leidraad: per theme the questions,
//   what a good answer shows and ruled space for notes (print styles of the conversation guide,
//   scoped with body:has(.weerbaar-guide)). Never answers, evidence or levels: the reply has none.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../client.ts';
import type { Reply } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { NoAccess } from '../shell/OrganisationHome.tsx';
import { AppButtonLink, AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { useCommitteeOrganisation } from './ElectionLists.tsx';
import '../conversation/conversation.css';
import './committee.css';

type Shared = Reply<'committee.view'>;

export function CommitteeViewPage({ print = false }: { print?: boolean }) {
  const tenantId = useCommitteeOrganisation();
  const { procedureId, scanId } = useParams();
  if (!tenantId || !procedureId || !scanId) return <NoAccess />;
  return <Loaded tenantId={tenantId} procedureId={procedureId} scanId={scanId} print={print} />;
}

function Loaded(props: { tenantId: string; procedureId: string; scanId: string; print: boolean }) {
  const { tenantId, procedureId, scanId } = props;
  const shared = useResource(
    () => call('committee.view', { params: { tenantId, procedureId, scanId } }),
    [tenantId, procedureId, scanId],
  );
  const base = `/o/${tenantId}/kandidatenlijsten/${procedureId}`;
  return (
    <ResourceView resource={shared}>
      {(s) =>
        props.print ? (
          <Guide shared={s} back={`${base}/kandidaten/${scanId}`} />
        ) : (
          <View shared={s} base={base} scanId={scanId} />
        )
      }
    </ResourceView>
  );
}

function View({ shared, base, scanId }: { shared: Shared; base: string; scanId: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const name = shared.displayName ?? '';
  const themes = shared.report.sections.flatMap((section) => section.themes);
  const discuss = themes.filter((th) => th.discuss);
  const other = themes.filter((th) => !th.discuss);
  return (
    <>
      <Paragraph>
        <AppLink to={base}>{t('committee.view.back')}</AppLink>
      </Paragraph>
      <PageTitle>{t('committee.view.title', { name })}</PageTitle>
      <Paragraph lead>{t('committee.view.intro')}</Paragraph>
      {shared.report.judgedBy === 'expert' ? (
        <Paragraph>{t('committee.view.judgedByExpert')}</Paragraph>
      ) : null}
      <Paragraph>
        <AppButtonLink to={`${base}/kandidaten/${scanId}/leidraad`} appearance="primary-action-button">
          {t('committee.view.toGuide')}
        </AppButtonLink>
      </Paragraph>
      <section aria-labelledby="discuss-title" className="weerbaar-section">
        <Heading2 id="discuss-title">{t('committee.view.discussTitle')}</Heading2>
        {discuss.length === 0 ? <Paragraph>{t('committee.view.noDiscuss')}</Paragraph> : null}
        {discuss.map((theme) => (
          <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="weerbaar-committee-theme">
            <Heading3 id={`theme-${theme.id}`}>{say(theme.title)}</Heading3>
            {(theme.indicators ?? []).map((indicator) => (
              <div key={indicator.id} className="weerbaar-committee-point">
                <p className="weerbaar-guide__label">{say(indicator.title)}</p>
                {indicator.talkingPoints && indicator.talkingPoints.length > 0 ? (
                  <>
                    <p className="weerbaar-guide__inline-label">{t('committee.view.talkingPoints')}</p>
                    <ul>
                      {indicator.talkingPoints.map((point) => (
                        <li key={point.nl}>{say(point)}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <Paragraph>{t('committee.view.noTalkingPoints')}</Paragraph>
                )}
              </div>
            ))}
          </section>
        ))}
      </section>
      {other.length > 0 ? (
        <section aria-labelledby="other-title" className="weerbaar-section">
          <Heading2 id="other-title">{t('committee.view.otherTitle')}</Heading2>
          <ul>
            {other.map((theme) => (
              <li key={theme.id}>{say(theme.title)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Guide({ shared, back }: { shared: Shared; back: string }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const name = shared.displayName ?? '';
  const questionWithLines = (q: { nl: string; en: string }) => (
    <div key={q.nl} className="weerbaar-guide__question">
      <Paragraph>{say(q)}</Paragraph>
      <div className="weerbaar-guide__notes weerbaar-guide__print-only" aria-hidden="true">
        <span className="weerbaar-guide__notes-label">{t('committee.guide.notes')}</span>
      </div>
    </div>
  );
  return (
    <div className="weerbaar-guide">
      <Paragraph className="weerbaar-guide__screen-only">
        <AppLink to={back}>{t('committee.guide.back')}</AppLink>
      </Paragraph>
      <PageTitle>{t('committee.guide.title', { name })}</PageTitle>
      <Paragraph>{`${shared.election} ${shared.year}`}</Paragraph>
      <Paragraph>{t('committee.guide.intro')}</Paragraph>
      <ButtonGroup className="weerbaar-guide__screen-only">
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
          {t('committee.guide.print')}
        </Button>
      </ButtonGroup>
      {shared.guide.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`guide-${theme.id}`} className="weerbaar-guide__theme">
          <Heading2 id={`guide-${theme.id}`}>
            {theme.attention ? `${say(theme.title)} — ${t('committee.guide.discuss')}` : say(theme.title)}
          </Heading2>
          <p className="weerbaar-guide__label">{t('committee.guide.questions')}</p>
          {theme.questions.map(questionWithLines)}
          {theme.goodAnswer.length > 0 ? (
            <>
              <p className="weerbaar-guide__label">{t('committee.guide.goodAnswer')}</p>
              <ul>
                {theme.goodAnswer.map((g) => (
                  <li key={g.nl}>{say(g)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {theme.indicators.map((indicator) => (
            <div key={indicator.id} className="weerbaar-guide__indicator">
              <Heading3 className="weerbaar-guide__indicator-title">{say(indicator.title)}</Heading3>
              {indicator.talkingPoints && indicator.talkingPoints.length > 0 ? (
                <>
                  <p className="weerbaar-guide__label">{t('committee.view.talkingPoints')}</p>
                  <ul>
                    {indicator.talkingPoints.map((point) => (
                      <li key={point.nl}>{say(point)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {indicator.questions.map(questionWithLines)}
            </div>
          ))}
        </section>
      ))}
      {shared.guide.dilemmas.length > 0 ? (
        <section aria-labelledby="guide-dilemmas" className="weerbaar-section weerbaar-guide__dilemmas">
          <Heading2 id="guide-dilemmas">{t('committee.guide.dilemmas')}</Heading2>
          {shared.guide.dilemmas.map((d) => (
            <section key={d.id} aria-labelledby={`dilemma-${d.id}`} className="weerbaar-dilemma">
              <Heading3 id={`dilemma-${d.id}`}>{say(d.title)}</Heading3>
              <Paragraph>{say(d.situation)}</Paragraph>
              <ul>
                {d.questions.map((q) => (
                  <li key={q.nl}>{say(q)}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}

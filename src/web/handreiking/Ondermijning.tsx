// /ondermijning-herkennen — the guide to recognising possible ondermijning (handreiking/
// ondermijning-herkennen.yaml): signals with examples, the sensitive trades, and what to do.
// Public: it holds no personal data, a candidate needs it before they have an account, and a group
// reads it beside the dilemma cards. Linked from the scan and check (the candidate's first page and
// the questionnaire), the vuistregels and the dilemma session.
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { call } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './handreiking.css';

export function Ondermijning() {
  const { t } = useTranslation();
  const { say } = useSay();
  const load = useResource(() => call('handreiking.ondermijning'), []);
  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('handreiking.ondermijning.link')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  const guide = load.data;
  return (
    <div className="weerbaar-printable">
      <PageTitle>{say(guide.title)}</PageTitle>
      <Paragraph lead>{say(guide.intro)}</Paragraph>
      <Alert type="warning" role="presentation">
        <Paragraph>{t('handreiking.ondermijning.emergency')}</Paragraph>
      </Alert>

      <section className="weerbaar-section" aria-labelledby="ondermijning-signals">
        <Heading2 id="ondermijning-signals">{t('handreiking.ondermijning.signalsTitle')}</Heading2>
        {guide.signals.map((signal) => (
          <article
            key={signal.id}
            className="weerbaar-handreiking__item"
            aria-labelledby={`signal-${signal.id}`}
          >
            <Heading3 id={`signal-${signal.id}`}>{say(signal.title)}</Heading3>
            <Paragraph>{say(signal.text)}</Paragraph>
            {signal.examples.length > 0 ? (
              <>
                <Paragraph small className="weerbaar-muted">
                  {t('handreiking.ondermijning.examples')}:
                </Paragraph>
                <UnorderedList className="weerbaar-handreiking__list">
                  {signal.examples.map((example) => (
                    <UnorderedListItem key={example.nl}>{say(example)}</UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            ) : null}
          </article>
        ))}
      </section>

      <section className="weerbaar-section" aria-labelledby="ondermijning-sectors">
        <Heading2 id="ondermijning-sectors">{t('handreiking.ondermijning.sectorsTitle')}</Heading2>
        <Paragraph>{say(guide.sectors.intro)}</Paragraph>
        <UnorderedList className="weerbaar-handreiking__list">
          {guide.sectors.items.map((item) => (
            <UnorderedListItem key={item.nl}>{say(item)}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section className="weerbaar-section" aria-labelledby="ondermijning-steps">
        <Heading2 id="ondermijning-steps">{t('handreiking.ondermijning.stepsTitle')}</Heading2>
        {guide.steps.map((step) => (
          <article key={step.id} className="weerbaar-handreiking__item" aria-labelledby={`step-${step.id}`}>
            <Heading3 id={`step-${step.id}`}>{say(step.title)}</Heading3>
            <Paragraph>{say(step.text)}</Paragraph>
          </article>
        ))}
      </section>

      <ButtonGroup className="weerbaar-steps">
        <Button appearance="secondary-action-button" type="button" onClick={() => window.print()}>
          {t('handreiking.ondermijning.print')}
        </Button>
      </ButtonGroup>
      <nav className="weerbaar-page-nav" aria-label={t('handreiking.zelfassessment.moreTitle')}>
        <ul>
          <li>
            <AppLink to="/dilemmakaarten">{t('conversation.session.title')}</AppLink>
          </li>
          <li>
            <AppLink to="/zelfassessment">{t('handreiking.zelfassessment.footerLink')}</AppLink>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/** A short pointer to the guide, for the scan, the check and the dilemma session. */
export function OndermijningLink() {
  const { t } = useTranslation();
  return (
    <aside className="weerbaar-calm" aria-labelledby="ondermijning-link-title">
      <Heading2 id="ondermijning-link-title" className="weerbaar-calm__title">
        {t('handreiking.ondermijning.link')}
      </Heading2>
      <Paragraph>{t('handreiking.ondermijning.linkText')}</Paragraph>
      <Paragraph>
        <AppLink to="/ondermijning-herkennen">{t('handreiking.ondermijning.link')}</AppLink>
      </Paragraph>
    </aside>
  );
}

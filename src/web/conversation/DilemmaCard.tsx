// One dilemma card: the title, the situation and (when shown) the questions to discuss. The same
// card in the interview guide, under the candidate's report and, large, in the session mode.
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Dilemma } from '../../core/conversation/schema.ts';
import { useSay } from '../instrument/text.ts';
import './conversation.css';

export function DilemmaCard({
  dilemma,
  level = 3,
  showQuestions = true,
  idPrefix,
  size = 'normal',
  themeTitle,
}: {
  dilemma: Dilemma;
  level?: 2 | 3;
  showQuestions?: boolean;
  idPrefix: string;
  size?: 'normal' | 'large';
  /** When given, the themes are named under the card. */
  themeTitle?: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const headingId = `${idPrefix}-${dilemma.id}-title`;
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <article
      id={`${idPrefix}-${dilemma.id}`}
      className={`weerbaar-dilemma weerbaar-dilemma--${size}`}
      aria-labelledby={headingId}
      data-dilemma={dilemma.id}
    >
      <Heading id={headingId} className="weerbaar-dilemma__title">
        {say(dilemma.title)}
      </Heading>
      <Paragraph className="weerbaar-dilemma__situation">{say(dilemma.situation)}</Paragraph>
      {showQuestions ? (
        <div className="weerbaar-dilemma__questions">
          <p className="weerbaar-dilemma__label">{t('conversation.dilemma.questions')}</p>
          <ol className="utrecht-ordered-list">
            {dilemma.questions.map((q) => (
              <li key={q.nl} className="utrecht-ordered-list__item">
                {say(q)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {themeTitle ? (
        <Paragraph small className="weerbaar-muted weerbaar-dilemma__themes">
          {t('conversation.dilemma.themes')} {dilemma.themes.map(themeTitle).join(', ')}
        </Paragraph>
      ) : null}
    </article>
  );
}

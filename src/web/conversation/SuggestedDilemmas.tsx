// Dilemmas that fit the themes that need attention, under the candidate's report: a few cards to
// think about, with the questions behind a disclosure, and a way to all cards. The cards come from
// the public GET route; nothing about the candidate is sent (the choice is made in the browser).
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestDilemmas } from '../../core/conversation/interview-guide.ts';
import { call } from '../client.ts';
import type { DilemmaCards } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { AppLink } from '../ui/links.tsx';
import { DilemmaCard } from './DilemmaCard.tsx';
import './conversation.css';

export function SuggestedDilemmas({ themes }: { themes: readonly string[] }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [cards, setCards] = useState<DilemmaCards | null>(null);
  const key = themes.join(',');

  useEffect(() => {
    if (key === '') return;
    let live = true;
    call('conversation.dilemmas')
      .then((c) => {
        if (live) setCards(c);
      })
      .catch(() => {
        // Suggestions are an extra: without them the report is complete.
      });
    return () => {
      live = false;
    };
  }, [key]);

  const suggested = useMemo(
    () => (cards ? suggestDilemmas(cards, { themes: key.split(','), limit: 3 }) : []),
    [cards, key],
  );
  if (key === '' || suggested.length === 0) return null;
  const titles = new Map(cards?.themes.map((th) => [th.id, say(th.title)]));
  return (
    <section aria-labelledby="suggested-dilemmas-title" className="weerbaar-section weerbaar-suggested">
      <Heading2 id="suggested-dilemmas-title">{t('conversation.suggested.title')}</Heading2>
      <Paragraph>{t('conversation.suggested.intro')}</Paragraph>
      <ul className="weerbaar-suggested__list">
        {suggested.map((dilemma) => (
          <li key={dilemma.id}>
            <DilemmaCard
              dilemma={dilemma}
              idPrefix="suggested"
              showQuestions
              themeTitle={(id) => titles.get(id) ?? id}
            />
          </li>
        ))}
      </ul>
      <Paragraph>
        <AppLink to="/dilemmakaarten">{t('conversation.suggested.more')}</AppLink>
      </Paragraph>
    </section>
  );
}

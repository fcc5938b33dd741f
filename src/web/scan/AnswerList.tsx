// Answers to read, not to change: per part and section, each shown question with its answer in
// words (option labels, "Weet ik niet", entries of a group by name). For the expert's review and
// for the candidate after sending.
import { Heading3, Heading4 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Answers, GroupEntry } from '../../core/instrument/answers.ts';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import type { Instrument, Item } from '../../core/instrument/schema.ts';
import { displayAnswer, entryTitle, useSay } from '../instrument/text.ts';

function Answer({ item, answers }: { item: Item; answers: Answers }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const value = answers[item.id];
  if (item.kind === 'group') {
    const entries = Array.isArray(value) ? (value as GroupEntry[]) : [];
    if (entries.length === 0) return <span className="weerbaar-muted">{t('answers.none')}</span>;
    return (
      <ol className="weerbaar-answers__entries">
        {entries.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their place is their name
          <li key={index}>
            <span className="weerbaar-answers__entry-title">{entryTitle(item, index, sayText)}</span>
            <dl className="weerbaar-answers__fields">
              {item.fields.map((field) => {
                const shown = displayAnswer(field, entry[field.id], sayText, t);
                return shown ? (
                  <div key={field.id}>
                    <dt>{sayText(field.text)}</dt>
                    <dd>{shown}</dd>
                  </div>
                ) : null;
              })}
            </dl>
          </li>
        ))}
      </ol>
    );
  }
  const shown = displayAnswer(item, value, sayText, t);
  return shown ? (
    <span className="weerbaar-answers__value">{shown}</span>
  ) : (
    <span className="weerbaar-muted">{t('answers.notAnswered')}</span>
  );
}

export function AnswerList({
  instrument,
  answers,
  evaluation,
  idPrefix = 'answers',
}: {
  instrument: Instrument;
  answers: Answers;
  /** For which sections and questions were shown; without it, everything answered is listed. */
  evaluation: Evaluation | null;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const visibleSections = evaluation ? new Set(evaluation.visibleSections) : null;
  const visibleItems = evaluation ? new Set(evaluation.visibleItems) : null;
  const shown = (item: Item) => (visibleItems ? visibleItems.has(item.id) : item.id in answers);
  const answered = (item: Item) => displayAnswer(item, answers[item.id], sayText, t) !== '';
  return (
    <div className="weerbaar-answers">
      {instrument.parts.map((part) => {
        const sections = part.sections.filter(
          (section) => !visibleSections || visibleSections.has(section.id),
        );
        // Questions left open are listed once per part, so the answers given stay easy to read.
        const skipped = sections.flatMap((section) => section.items.filter((i) => shown(i) && !answered(i)));
        return (
          <section
            key={part.id}
            aria-labelledby={`${idPrefix}-${part.id}`}
            className="weerbaar-answers__part"
          >
            <Heading3 id={`${idPrefix}-${part.id}`}>{sayText(part.title)}</Heading3>
            {sections.map((section) => {
              const items = section.items.filter((i) => shown(i) && answered(i));
              if (items.length === 0) return null;
              return (
                <section
                  key={section.id}
                  aria-labelledby={`${idPrefix}-${section.id}`}
                  className="weerbaar-answers__section"
                >
                  <Heading4 id={`${idPrefix}-${section.id}`}>{sayText(section.title)}</Heading4>
                  <dl className="weerbaar-answers__list">
                    {items.map((item) => (
                      <div key={item.id} className="weerbaar-answers__row">
                        <dt>{sayText(item.text)}</dt>
                        <dd>
                          <Answer item={item} answers={answers} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </section>
              );
            })}
            {skipped.length > 0 ? (
              <details className="weerbaar-details">
                <summary>{t('answers.skipped', { count: skipped.length })}</summary>
                <ul className="weerbaar-answers__skipped">
                  {skipped.map((item) => (
                    <li key={item.id}>{sayText(item.text)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

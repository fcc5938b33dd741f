// The questionnaire of an instrument: parts and sections with headings, the progress of each part,
// and one control per visible question. Controlled: the caller holds the answers and the engine's
// evaluation (so it can save, preview or advise); this component only remembers which questions
// the person has touched, so an error shows after touching a question or after "check".
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerError, Answers } from '../../core/instrument/answers.ts';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import type { Instrument, Item, Part, Section } from '../../core/instrument/schema.ts';
import { QuestionField } from './fields.tsx';
import { GroupQuestion, isTyped } from './group.tsx';
import { DEFAULT_ID_PREFIX, errorKey, questionId } from './ids.ts';
import { type Say, useSay } from './text.ts';

export interface QuestionnaireProps {
  instrument: Instrument;
  answers: Answers;
  evaluation: Evaluation;
  /** A new answer for a question; undefined clears it. */
  onChange: (itemId: string, value: Answer | undefined) => void;
  /** Show every error, also for questions not touched yet (after the person pressed "check"). */
  showAllErrors?: boolean;
  /** Only these parts, by id (default: all). */
  parts?: readonly string[];
  /** Give each part a heading (off when the page title already names the one part shown). */
  partHeadings?: boolean;
  /** Prefix of element ids, when a page shows more than one questionnaire. */
  idPrefix?: string;
}

export function Questionnaire({
  instrument,
  answers,
  evaluation,
  onChange,
  showAllErrors = false,
  parts,
  partHeadings = true,
  idPrefix = DEFAULT_ID_PREFIX,
}: QuestionnaireProps) {
  const { say: sayText, language } = useSay();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());

  const touch = useCallback((key: string) => {
    setTouched((current) => (current.has(key) ? current : new Set([...current, key])));
  }, []);

  // After an entry is removed, the touched state of the entries after it moves up one place.
  const shiftEntries = useCallback((item: string, removed: number) => {
    setTouched((current) => {
      const next = new Set<string>();
      for (const key of current) {
        const [id, entry, field] = key.split('#');
        if (id !== item || entry === undefined) next.add(key);
        else if (Number(entry) < removed) next.add(key);
        else if (Number(entry) > removed) next.add(`${id}#${Number(entry) - 1}#${field ?? ''}`);
      }
      return next;
    });
  }, []);

  const visibleSections = new Set(evaluation.visibleSections);
  const visibleItems = new Set(evaluation.visibleItems);
  const shown = instrument.parts.filter((part) => !parts || parts.includes(part.id));

  const message = (error: AnswerError) =>
    language === 'en' ? (error.message.en ?? error.message.nl) : error.message.nl;
  const errorAt = (item: string, entry?: number, field?: string): string | undefined => {
    const key = errorKey({ item, entry, field });
    if (!showAllErrors && !touched.has(key)) return undefined;
    const found = evaluation.errors.find(
      (e) => e.item === item && e.entry === entry && (entry === undefined || e.field === field),
    );
    return found ? message(found) : undefined;
  };

  const renderItem = (item: Item): ReactNode => {
    if (!visibleItems.has(item.id)) return null;
    if (item.kind === 'group') {
      return (
        <GroupQuestion
          key={item.id}
          group={item}
          prefix={idPrefix}
          value={answers[item.id]}
          error={errorAt(item.id)}
          fieldError={(entry, field) => errorAt(item.id, entry, field)}
          onChange={(entries) => onChange(item.id, entries)}
          onTouch={(entry, field) =>
            touch(entry === null ? item.id : errorKey({ item: item.id, entry, field }))
          }
          onRemoved={(entry) => shiftEntries(item.id, entry)}
        />
      );
    }
    return (
      <QuestionField
        key={item.id}
        field={item}
        id={questionId(idPrefix, item.id)}
        value={answers[item.id]}
        error={errorAt(item.id)}
        onChange={(value) => {
          onChange(item.id, value);
          if (!isTyped(item.kind)) touch(item.id);
        }}
        onBlur={() => touch(item.id)}
      />
    );
  };

  return (
    <div className="weerbaar-questionnaire">
      {shown.map((part) => (
        <PartView
          key={part.id}
          part={part}
          prefix={idPrefix}
          heading={partHeadings}
          progress={evaluation.progress.find((p) => p.part === part.id)}
          sayText={sayText}
        >
          {part.sections
            .filter((section) => visibleSections.has(section.id))
            .map((section) => (
              <SectionView
                key={section.id}
                section={section}
                prefix={idPrefix}
                level={partHeadings ? 3 : 2}
                sayText={sayText}
              >
                {section.items.map(renderItem)}
              </SectionView>
            ))}
        </PartView>
      ))}
    </div>
  );
}

type Progress = Evaluation['progress'][number];

/** "7 van 12 vragen beantwoord", with a bar; the counts follow the questions now shown. */
export function PartProgress({ progress, id }: { progress: Progress; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-progress" id={id}>
      <progress
        className="weerbaar-progress__bar"
        max={Math.max(progress.visible, 1)}
        value={progress.answered}
        aria-hidden="true"
      />
      <Paragraph small className="weerbaar-progress__text">
        {t('instrument.progress', { answered: progress.answered, count: progress.visible })}
        {progress.required > 0
          ? ` ${t('instrument.progressRequired', { answered: progress.answeredRequired, count: progress.required })}`
          : null}
      </Paragraph>
    </div>
  );
}

function PartView({
  part,
  prefix,
  heading,
  progress,
  sayText,
  children,
}: {
  part: Part;
  prefix: string;
  heading: boolean;
  progress: Progress | undefined;
  sayText: Say;
  children: ReactNode;
}) {
  const titleId = `${prefix}-part-${part.id}`;
  return (
    <section
      className="weerbaar-part"
      aria-labelledby={heading ? titleId : undefined}
      aria-label={heading ? undefined : sayText(part.title)}
    >
      {heading ? (
        <Heading2 id={titleId} className="weerbaar-part__title">
          {sayText(part.title)}
        </Heading2>
      ) : null}
      {progress ? <PartProgress progress={progress} /> : null}
      {part.intro ? <Paragraph>{sayText(part.intro)}</Paragraph> : null}
      {children}
    </section>
  );
}

function SectionView({
  section,
  prefix,
  level,
  sayText,
  children,
}: {
  section: Section;
  prefix: string;
  level: 2 | 3;
  sayText: Say;
  children: ReactNode;
}) {
  const titleId = `${prefix}-section-${section.id}`;
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <section className="weerbaar-questionnaire__section" aria-labelledby={titleId}>
      <Heading id={titleId} className="weerbaar-questionnaire__section-title">
        {sayText(section.title)}
      </Heading>
      {section.intro ? <Paragraph>{sayText(section.intro)}</Paragraph> : null}
      <div className="weerbaar-questionnaire__items">{children}</div>
    </section>
  );
}

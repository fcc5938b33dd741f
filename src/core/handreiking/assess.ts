// The zelfassessment's advice, computed where the person answers (in the browser): per topic how
// many questions were answered and how many with a "ready" choice, and the advice that goes with
// each other answer. Pure; nothing here stores or sends anything.
import type { FullText } from '../conversation/schema.ts';
import type { Zelfassessment } from './schema.ts';

/** Question id → choice id. */
export type AssessmentAnswers = Readonly<Record<string, string>>;

export interface TopicAdvice {
  id: string;
  title: FullText;
  questions: number;
  answered: number;
  ready: number;
  /** In the order of the questions: the question, the chosen label and what to consider. */
  points: Array<{ questionId: string; question: FullText; answer: FullText; advice: FullText }>;
}

export interface AssessmentAdvice {
  topics: TopicAdvice[];
  answered: number;
  questions: number;
  /** Topics where every question was answered with a ready choice. */
  readyTopics: number;
}

export function assess(
  assessment: Pick<Zelfassessment, 'choices' | 'topics'>,
  answers: AssessmentAnswers,
): AssessmentAdvice {
  const choices = new Map(assessment.choices.map((c) => [c.id, c]));
  const topics = assessment.topics.map((topic): TopicAdvice => {
    let answered = 0;
    let ready = 0;
    const points: TopicAdvice['points'] = [];
    for (const question of topic.questions) {
      const choice = choices.get(answers[question.id] ?? '');
      if (!choice) continue;
      answered += 1;
      if (choice.ready) ready += 1;
      const advice = question.advice[choice.id];
      if (advice)
        points.push({ questionId: question.id, question: question.text, answer: choice.label, advice });
    }
    return { id: topic.id, title: topic.title, questions: topic.questions.length, answered, ready, points };
  });
  return {
    topics,
    answered: topics.reduce((n, t) => n + t.answered, 0),
    questions: topics.reduce((n, t) => n + t.questions, 0),
    readyTopics: topics.filter((t) => t.ready === t.questions).length,
  };
}

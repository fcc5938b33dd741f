// The largest answer set an instrument admits: every question answered with the answer that
// opens follow-ups (ja, the last option, the top of a scale), every repeatable group filled to
// its maximum. Used by the evaluate benchmark and by tests that need a worst case.
import type { Answer, Answers, GroupEntry } from '../../src/core/instrument/answers.ts';
import type { Field, Instrument, Item } from '../../src/core/instrument/schema.ts';

function maximal(field: Field | Item, i: number): Answer {
  switch (field.kind) {
    case 'singleChoice':
      return field.options[field.options.length - 1]!.value;
    case 'multiChoice':
      return field.options.slice(0, field.maxSelected ?? field.options.length).map((o) => o.value);
    case 'yesNoUnknown':
      return 'ja';
    case 'scale':
      return Math.max(...field.points.map((p) => p.value));
    case 'number':
      return field.max ?? 100;
    case 'date':
      return field.max ?? '2026-01-01';
    case 'shortText':
      return `Antwoord ${i} `.repeat(20).slice(0, field.maxLength);
    case 'longText':
      return 'Een uitgebreide toelichting met details. '.repeat(100).slice(0, field.maxLength);
    case 'group':
      return Array.from({ length: field.maxEntries }, (_, n) =>
        Object.fromEntries(field.fields.map((f) => [f.id, maximal(f, n)])),
      ) as GroupEntry[];
  }
}

export function maximalAnswers(instrument: Instrument): Answers {
  const answers: Answers = {};
  let i = 0;
  for (const part of instrument.parts)
    for (const section of part.sections)
      for (const item of section.items) answers[item.id] = maximal(item, i++);
  return answers;
}

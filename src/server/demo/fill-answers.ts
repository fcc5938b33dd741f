// The smallest answer set that passes validation: answer every visible required question with
// its first valid value, then look again (answers can show new questions), until nothing is
// missing. Used for the demo's fictional candidates and in tests.
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { evaluate } from '../../core/instrument/evaluate.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { Field, Instrument, Item } from '../../core/instrument/schema.ts';

function first(field: Field | Item): Answer {
  switch (field.kind) {
    case 'singleChoice':
      return field.options[0]!.value;
    case 'multiChoice':
      return [field.options[0]!.value];
    case 'yesNoUnknown':
      return 'nee';
    case 'scale':
      return Math.min(...field.points.map((p) => p.value));
    case 'number':
      return field.min ?? 0;
    case 'date':
      return field.min ?? '2020-01-01';
    case 'shortText':
    case 'longText':
      return 'ingevuld';
    case 'group':
      return Array.from({ length: Math.max(1, field.minEntries) }, () =>
        Object.fromEntries(field.fields.map((f) => [f.id, first(f)])),
      ) as Answer;
  }
}

export function completeAnswers(instrument: Instrument, start: Answers = {}): Answers {
  const index = indexInstrument(instrument);
  const answers: Answers = { ...start };
  for (let round = 0; round < 20; round++) {
    const missing = evaluate(instrument, { answers }).errors.filter(
      (e) => e.code === 'required' || e.code === 'too-few-entries',
    );
    if (missing.length === 0) return answers;
    for (const e of missing) {
      const item = index.items.get(e.item)?.item;
      if (item) answers[item.id] = first(item);
    }
  }
  throw new Error('could not complete the answers');
}

// fast-check arbitraries: valid answer sets for any instrument, and noisy ones.
import fc from 'fast-check';
import type { Answer, Answers } from '../../src/core/instrument/answers.ts';
import type { Field, Instrument, Item } from '../../src/core/instrument/schema.ts';

function fieldAnswer(field: Field | Item): fc.Arbitrary<Answer> {
  switch (field.kind) {
    case 'singleChoice':
      return fc.constantFrom(...field.options.map((o) => o.value));
    case 'multiChoice':
      return fc
        .subarray(
          field.options.map((o) => o.value),
          { minLength: 1, maxLength: field.maxSelected ?? field.options.length },
        )
        .map((v) => v);
    case 'yesNoUnknown':
      return fc.constantFrom('ja', 'nee', 'onbekend');
    case 'scale':
      return fc.constantFrom(...field.points.map((p) => p.value));
    case 'number': {
      const min = field.min ?? -1000;
      const max = field.max ?? 1000;
      return field.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true });
    }
    case 'date':
      return fc
        .date({
          min: new Date(field.min ?? '1950-01-01'),
          max: new Date(field.max ?? '2040-12-31'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'shortText':
    case 'longText':
      return fc.string({ minLength: 1, maxLength: Math.min(field.maxLength, 40) });
    case 'group':
      return fc.array(
        fc.record(Object.fromEntries(field.fields.map((f) => [f.id, fieldAnswer(f)]))) as fc.Arbitrary<
          Record<string, string | number | string[]>
        >,
        { minLength: field.minEntries, maxLength: Math.min(field.maxEntries, 4) },
      );
  }
}

export function allItems(instrument: Instrument): Item[] {
  return instrument.parts.flatMap((p) => p.sections.flatMap((s) => s.items));
}

/** A valid answer for some (random) subset of the items. */
export function validAnswers(instrument: Instrument): fc.Arbitrary<Answers> {
  const entries = allItems(instrument).map((item) => [item.id, fieldAnswer(item)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** Anything at all under known and unknown keys: the engine must stay total. */
export function noisyAnswers(instrument: Instrument): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...allItems(instrument).map((i) => i.id), 'onbekend'];
  return fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: keys.length });
}

// Answers and their validation against an item. Messages speak to the person filling in.
import type { Field, Item, Text } from './schema.ts';

/** One entry of a repeatable group; a field left empty may be null (read as "not answered"). */
export type GroupEntry = Record<string, string | number | string[] | null>;
export type Answer = string | number | string[] | GroupEntry[];
export type Answers = Record<string, Answer>;

export const yesNoUnknownValues = ['ja', 'nee', 'onbekend'] as const;

export interface AnswerError {
  item: string;
  /** For group entries: which entry and field. */
  entry?: number;
  field?: string;
  code:
    | 'required'
    | 'wrong-type'
    | 'unknown-option'
    | 'too-many'
    | 'out-of-range'
    | 'not-integer'
    | 'not-a-date'
    | 'too-long'
    | 'too-few-entries'
    | 'too-many-entries'
    | 'unknown-item'
    | 'unknown-field';
  message: Text;
}

const msg = {
  required: { nl: 'Dit is nog niet ingevuld.', en: 'This has not been answered yet.' },
  wrongType: { nl: 'Dit antwoord past niet bij de vraag.', en: 'This answer does not fit the question.' },
  unknownOption: { nl: 'Kies een van de gegeven mogelijkheden.', en: 'Choose one of the options given.' },
  notInteger: { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  notDate: { nl: 'Vul een datum in als jjjj-mm-dd.', en: 'Enter a date as yyyy-mm-dd.' },
  unknownItem: {
    nl: 'Deze vraag bestaat niet in deze vragenlijst.',
    en: 'This question is not part of this questionnaire.',
  },
  unknownField: { nl: 'Dit veld bestaat niet.', en: 'This field does not exist.' },
} satisfies Record<string, Text>;

function err(
  item: string,
  code: AnswerError['code'],
  message: Text,
  where: { entry?: number; field?: string } = {},
): AnswerError {
  return { item, code, message, ...where };
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Validates one field-like answer; `where` places it inside a group entry. */
function validateField(
  field: Field,
  value: unknown,
  itemId: string,
  where: { entry?: number; field?: string },
): AnswerError[] {
  if (isBlank(value)) return field.required ? [err(itemId, 'required', msg.required, where)] : [];
  const wrongType = [err(itemId, 'wrong-type', msg.wrongType, where)];
  switch (field.kind) {
    case 'singleChoice':
      if (typeof value !== 'string') return wrongType;
      return field.options.some((o) => o.value === value)
        ? []
        : [err(itemId, 'unknown-option', msg.unknownOption, where)];
    case 'multiChoice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return wrongType;
      if (
        value.some((v) => !field.options.some((o) => o.value === v)) ||
        new Set(value).size !== value.length
      ) {
        return [err(itemId, 'unknown-option', msg.unknownOption, where)];
      }
      if (field.maxSelected !== undefined && value.length > field.maxSelected) {
        return [
          err(
            itemId,
            'too-many',
            { nl: `Kies er hoogstens ${field.maxSelected}.`, en: `Choose at most ${field.maxSelected}.` },
            where,
          ),
        ];
      }
      return [];
    }
    case 'yesNoUnknown':
      return (yesNoUnknownValues as readonly unknown[]).includes(value)
        ? []
        : [err(itemId, 'unknown-option', msg.unknownOption, where)];
    case 'scale':
      if (typeof value !== 'number') return wrongType;
      return field.points.some((p) => p.value === value)
        ? []
        : [err(itemId, 'unknown-option', msg.unknownOption, where)];
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType;
      if (field.integer && !Number.isInteger(value))
        return [err(itemId, 'not-integer', msg.notInteger, where)];
      if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
        const range = `${field.min ?? '…'}–${field.max ?? '…'}`;
        return [
          err(
            itemId,
            'out-of-range',
            { nl: `Vul een getal in tussen ${range}.`, en: `Enter a number between ${range}.` },
            where,
          ),
        ];
      }
      return [];
    }
    case 'date': {
      if (
        typeof value !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
        Number.isNaN(Date.parse(`${value}T00:00:00Z`))
      ) {
        return [err(itemId, 'not-a-date', msg.notDate, where)];
      }
      if ((field.min && value < field.min) || (field.max && value > field.max)) {
        const range = `${field.min ?? '…'} – ${field.max ?? '…'}`;
        return [
          err(
            itemId,
            'out-of-range',
            { nl: `Kies een datum tussen ${range}.`, en: `Choose a date between ${range}.` },
            where,
          ),
        ];
      }
      return [];
    }
    case 'shortText':
    case 'longText':
      if (typeof value !== 'string') return wrongType;
      return value.length > field.maxLength
        ? [
            err(
              itemId,
              'too-long',
              {
                nl: `Gebruik hoogstens ${field.maxLength} tekens.`,
                en: `Use at most ${field.maxLength} characters.`,
              },
              where,
            ),
          ]
        : [];
  }
}

export function validateAnswer(item: Item, value: unknown): AnswerError[] {
  if (item.kind !== 'group') return validateField(item, value, item.id, {});
  if (isBlank(value)) {
    if (item.required || item.minEntries > 0) return [err(item.id, 'required', msg.required)];
    return [];
  }
  if (!Array.isArray(value) || value.some((e) => typeof e !== 'object' || e === null || Array.isArray(e))) {
    return [err(item.id, 'wrong-type', msg.wrongType)];
  }
  const errors: AnswerError[] = [];
  if (value.length < item.minEntries) {
    errors.push(
      err(item.id, 'too-few-entries', {
        nl: `Vul er minstens ${item.minEntries} in.`,
        en: `Add at least ${item.minEntries}.`,
      }),
    );
  }
  if (value.length > item.maxEntries) {
    errors.push(
      err(item.id, 'too-many-entries', {
        nl: `Hoogstens ${item.maxEntries}.`,
        en: `At most ${item.maxEntries}.`,
      }),
    );
  }
  value.forEach((entry, i) => {
    for (const key of Object.keys(entry)) {
      if (!item.fields.some((f) => f.id === key))
        errors.push(err(item.id, 'unknown-field', msg.unknownField, { entry: i, field: key }));
    }
    for (const field of item.fields) {
      errors.push(
        ...validateField(field, (entry as Record<string, unknown>)[field.id], item.id, {
          entry: i,
          field: field.id,
        }),
      );
    }
  });
  return errors;
}

// Answers and their validation against an item. Messages speak to the person filling in.
import { sentence } from '../texts/namespaces.ts';
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
  required: sentence('instrument', 'answers.required'),
  wrongType: sentence('instrument', 'answers.wrongType'),
  unknownOption: sentence('instrument', 'answers.unknownOption'),
  notInteger: sentence('instrument', 'answers.notInteger'),
  notDate: sentence('instrument', 'answers.notDate'),
  unknownItem: sentence('instrument', 'answers.unknownItem'),
  unknownField: sentence('instrument', 'answers.unknownField'),
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
            sentence('instrument', 'answers.tooMany', { max: field.maxSelected }),
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
        return [err(itemId, 'out-of-range', sentence('instrument', 'answers.numberRange', { range }), where)];
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
        return [err(itemId, 'out-of-range', sentence('instrument', 'answers.dateRange', { range }), where)];
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
              sentence('instrument', 'answers.tooLong', { max: field.maxLength }),
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
      err(
        item.id,
        'too-few-entries',
        sentence('instrument', 'answers.tooFewEntries', { min: item.minEntries }),
      ),
    );
  }
  if (value.length > item.maxEntries) {
    errors.push(
      err(
        item.id,
        'too-many-entries',
        sentence('instrument', 'answers.tooManyEntries', { max: item.maxEntries }),
      ),
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

/** One autosave's change set: item id → its new answer, or null to clear it. */
export type AnswerChanges = Record<string, Answer | null>;

/**
 * The answers after change sets, applied in the order given (oldest first): a later answer to an
 * item replaces an earlier one, null clears it. The base is not changed.
 */
export function applyAnswerChanges(base: Answers, changeSets: ReadonlyArray<AnswerChanges>): Answers {
  const answers: Answers = { ...base };
  for (const changes of changeSets) {
    for (const [itemId, value] of Object.entries(changes)) {
      if (value === null) delete answers[itemId];
      else answers[itemId] = value;
    }
  }
  return answers;
}

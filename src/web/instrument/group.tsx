// A repeatable group (e.g. "nevenfuncties"): entries with the same fields, an "add another"
// button and a "remove" button per entry. Focus goes to the new entry's first field after adding,
// and to a neighbouring entry (or the add button) after removing; both are announced.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupEntry } from '../../core/instrument/answers.ts';
import type { GroupItem } from '../../core/instrument/schema.ts';
import { type FieldValue, fieldFocusId, QuestionField } from './fields.tsx';
import { addEntryButtonId, entryLegendId, questionId } from './ids.ts';
import { capitalise, entryTitle, useSay } from './text.ts';

export interface GroupQuestionProps {
  group: GroupItem;
  prefix: string;
  value: unknown;
  /** The message for the group as a whole (e.g. "add at least one"), already filtered. */
  error: string | undefined;
  /** The message for a field in an entry, already filtered. */
  fieldError: (entry: number, field: string) => string | undefined;
  onChange: (entries: GroupEntry[] | undefined) => void;
  onTouch: (entry: number | null, field?: string) => void;
  /** An entry was removed: touched state of later entries moves up one place. */
  onRemoved: (entry: number) => void;
}

let nextKey = 0;
const newKey = () => `entry-${++nextKey}`;

function entriesOf(value: unknown): GroupEntry[] {
  return Array.isArray(value)
    ? (value.filter((e) => typeof e === 'object' && e !== null && !Array.isArray(e)) as GroupEntry[])
    : [];
}

export function GroupQuestion({
  group,
  prefix,
  value,
  error,
  fieldError,
  onChange,
  onTouch,
  onRemoved,
}: GroupQuestionProps) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const entries = entriesOf(value);
  const id = questionId(prefix, group.id);
  // Stable React keys for entries (they have no ids of their own), so that removing one does
  // not hand its neighbour's half-typed input to another entry.
  const keys = useRef<string[]>([]);
  while (keys.current.length < entries.length) keys.current.push(newKey());
  if (keys.current.length > entries.length) keys.current.length = entries.length;

  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const label = sayText(group.entryLabel);
  const canAdd = entries.length < group.maxEntries;
  const helpId = group.help ? `${id}-description` : null;
  const errorId = error ? `${id}-error` : null;

  const add = () => {
    const index = entries.length;
    keys.current.push(newKey());
    onChange([...entries, {}]);
    onTouch(null);
    const first = group.fields[0];
    setFocusTarget(first ? fieldFocusId(first, questionId(prefix, group.id, index, first.id)) : null);
    setAnnouncement(t('instrument.entryAdded', { entry: entryTitle(group, index, sayText) }));
  };

  const remove = (index: number) => {
    const title = entryTitle(group, index, sayText);
    keys.current.splice(index, 1);
    const next = entries.filter((_, i) => i !== index);
    onChange(next.length > 0 ? next : undefined);
    onRemoved(index);
    onTouch(null);
    // The entry that moved into this place, else the one before, else the add button.
    const target =
      index < next.length
        ? entryLegendId(prefix, group.id, index)
        : index > 0
          ? entryLegendId(prefix, group.id, index - 1)
          : addEntryButtonId(prefix, group.id);
    setFocusTarget(target);
    setAnnouncement(t('instrument.entryRemoved', { entry: title }));
  };

  const setField = (index: number, field: string, fieldValue: FieldValue | undefined) => {
    const next = entries.map((entry, i) => {
      if (i !== index) return entry;
      const copy: GroupEntry = { ...entry };
      if (fieldValue === undefined) delete copy[field];
      else copy[field] = fieldValue;
      return copy;
    });
    onChange(next);
  };

  return (
    <Fieldset
      className="weerbaar-question weerbaar-group"
      invalid={Boolean(error)}
      aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <FieldsetLegend className="weerbaar-question__legend">
        {sayText(group.text)}
        {group.required || group.minEntries > 0 ? (
          <span className="weerbaar-question__required"> ({t('instrument.required')})</span>
        ) : null}
      </FieldsetLegend>
      {group.help ? (
        <FormFieldDescription id={`${id}-description`}>{sayText(group.help)}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {entries.length === 0 ? (
        <Paragraph className="weerbaar-group__empty">{t('instrument.noEntries', { label })}</Paragraph>
      ) : (
        <ol className="weerbaar-group__entries">
          {entries.map((entry, index) => {
            const title = entryTitle(group, index, sayText);
            return (
              <li key={keys.current[index]} className="weerbaar-group__entry">
                <Fieldset className="weerbaar-group__entry-fieldset">
                  <FieldsetLegend
                    id={entryLegendId(prefix, group.id, index)}
                    tabIndex={-1}
                    className="weerbaar-group__entry-title"
                  >
                    {title}
                  </FieldsetLegend>
                  {group.fields.map((field) => (
                    <QuestionField
                      key={field.id}
                      field={field}
                      id={questionId(prefix, group.id, index, field.id)}
                      value={entry[field.id]}
                      error={fieldError(index, field.id)}
                      onChange={(fieldValue) => {
                        setField(index, field.id, fieldValue);
                        if (!isTyped(field.kind)) onTouch(index, field.id);
                      }}
                      onBlur={() => onTouch(index, field.id)}
                    />
                  ))}
                  <ButtonGroup>
                    <Button appearance="secondary-action-button" type="button" onClick={() => remove(index)}>
                      {t('instrument.removeEntry', { entry: title })}
                    </Button>
                  </ButtonGroup>
                </Fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {canAdd ? (
        <ButtonGroup>
          <Button
            id={addEntryButtonId(prefix, group.id)}
            appearance="secondary-action-button"
            type="button"
            onClick={add}
          >
            {entries.length === 0
              ? t('instrument.addFirst', { label: capitalise(label) })
              : t('instrument.addAnother', { label })}
          </Button>
        </ButtonGroup>
      ) : (
        <Paragraph id={addEntryButtonId(prefix, group.id)} tabIndex={-1}>
          {t('instrument.maxEntries', { count: group.maxEntries, label })}
        </Paragraph>
      )}
      <div className="weerbaar-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </Fieldset>
  );
}

/** Kinds the person types into: they count as touched when left, not at every key. */
export function isTyped(kind: string): boolean {
  return kind === 'number' || kind === 'date' || kind === 'shortText' || kind === 'longText';
}

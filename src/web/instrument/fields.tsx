// One controlled component per kind of question: a value in, a new value out (undefined clears the
// answer). Labels, help and error messages are linked to the inputs with aria-describedby; a tip
// that belongs to the chosen answer appears at once under the question, in a polite live region.
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type ChangeEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../core/instrument/schema.ts';
import { type Say, tipsFor, useSay } from './text.ts';

export type FieldValue = string | number | string[];

export interface FieldProps {
  field: Field;
  /** The id of the input (text kinds) or the base of the option ids (choice kinds). */
  id: string;
  value: unknown;
  /** The message to show, already filtered (only after the person touched the field or pressed "check"). */
  error?: string | undefined;
  onChange: (value: FieldValue | undefined) => void;
  /** Called when the person leaves the field. */
  onBlur?: () => void;
}

/** The id of the element to focus for a field, e.g. from an error summary. */
export function fieldFocusId(field: Field, id: string): string {
  switch (field.kind) {
    case 'singleChoice':
    case 'multiChoice':
      return optionId(id, field.options[0]?.value ?? '');
    case 'yesNoUnknown':
      return optionId(id, 'ja');
    case 'scale':
      return optionId(id, String(field.points[0]?.value ?? ''));
    default:
      return id;
  }
}

function optionId(id: string, value: string): string {
  return `${id}--${value}`;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

function Label({ field, sayText }: { field: Field; sayText: Say }) {
  const { t } = useTranslation();
  return (
    <>
      {sayText(field.text)}
      {field.required ? (
        <span className="weerbaar-question__required"> ({t('instrument.required')})</span>
      ) : null}
    </>
  );
}

/** The tip for the current answer; always rendered so that a new tip is announced. */
function Tip({ id, field, value }: { id: string; field: Field; value: unknown }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const tips = tipsFor(field, value as FieldValue | undefined);
  return (
    <div id={`${id}-tip`} className="weerbaar-tip-region" aria-live="polite">
      {tips.map((tip) => (
        <p className="weerbaar-tip" key={tip.nl}>
          <strong className="weerbaar-tip__label">{t('instrument.tip')}:</strong> {sayText(tip)}
        </p>
      ))}
    </div>
  );
}

function Help({ id, field, sayText, extra }: { id: string; field: Field; sayText: Say; extra?: ReactNode }) {
  if (!field.help && !extra) return null;
  return (
    <FormFieldDescription id={`${id}-description`} className="weerbaar-question__help">
      {field.help ? sayText(field.help) : null}
      {field.help && extra ? ' ' : null}
      {extra}
    </FormFieldDescription>
  );
}

function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  return error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null;
}

interface ChoiceOption {
  value: string | number;
  label: string;
}

function ChoiceField({
  field,
  id,
  value,
  error,
  options,
  multiple,
  extraHelp,
  onToggle,
  onBlur,
}: {
  field: Field;
  id: string;
  value: unknown;
  error: string | undefined;
  options: ChoiceOption[];
  multiple: boolean;
  extraHelp?: ReactNode;
  onToggle: (option: string | number, checked: boolean) => void;
  onBlur?: (() => void) | undefined;
}) {
  const { say: sayText } = useSay();
  const hasHelp = Boolean(field.help || extraHelp);
  const selected = (option: string | number) =>
    multiple ? Array.isArray(value) && value.includes(option) : value === option;
  return (
    <Fieldset
      role={multiple ? undefined : 'radiogroup'}
      invalid={Boolean(error)}
      className="weerbaar-question"
      aria-describedby={describedBy(hasHelp && `${id}-description`, error && `${id}-error`)}
    >
      <FieldsetLegend className="weerbaar-question__legend">
        <Label field={field} sayText={sayText} />
      </FieldsetLegend>
      <Help id={id} field={field} sayText={sayText} extra={extraHelp} />
      <ErrorMessage id={id} error={error} />
      <div className="weerbaar-options">
        {options.map((option) => {
          const inputId = optionId(id, String(option.value));
          const checked = selected(option.value);
          return (
            <FormField type={multiple ? 'checkbox' : 'radio'} key={String(option.value)}>
              <div
                className={`utrecht-form-field__label utrecht-form-field__label--${multiple ? 'checkbox' : 'radio'}`}
              >
                <FormLabel type={multiple ? 'checkbox' : 'radio'} htmlFor={inputId} checked={checked}>
                  {multiple ? (
                    <Checkbox
                      id={inputId}
                      name={id}
                      value={String(option.value)}
                      className="utrecht-form-field__input"
                      checked={checked}
                      invalid={Boolean(error)}
                      onChange={(event: ChangeEvent<HTMLInputElement>) =>
                        onToggle(option.value, event.target.checked)
                      }
                      onBlur={onBlur}
                    />
                  ) : (
                    <RadioButton
                      id={inputId}
                      name={id}
                      value={String(option.value)}
                      className="utrecht-form-field__input"
                      checked={checked}
                      invalid={Boolean(error)}
                      onChange={() => onToggle(option.value, true)}
                      onBlur={onBlur}
                    />
                  )}{' '}
                  {option.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
      <Tip id={id} field={field} value={value} />
    </Fieldset>
  );
}

/** Accepts "12", "12,5" and "12.5"; null when the text is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const number = Number(cleaned);
  return Number.isFinite(number) ? number : null;
}

function NumberField({ field, id, value, error, onChange, onBlur }: FieldProps & { field: Field }) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const answer = typeof value === 'number' ? value : undefined;
  // What the person typed, kept as typed ("1,5" stays "1,5"), also while it is not a number yet.
  const [draft, setDraft] = useState(answer === undefined ? '' : String(answer));
  // The answer this field last gave or saw; a different one came from outside (e.g. "clear all").
  const [seen, setSeen] = useState(answer);
  const [left, setLeft] = useState(false);
  if (answer !== seen) {
    setSeen(answer);
    setDraft(answer === undefined ? '' : String(answer));
  }
  const unreadable = draft.trim() !== '' && parseNumber(draft) === null;
  const unit = field.kind === 'number' && field.unit ? sayText(field.unit) : '';
  // An unreadable number is this field's own message, shown once the person leaves the field.
  const message = unreadable && left ? t('instrument.numberInvalid') : error;
  const hasHelp = Boolean(field.help || unit);
  return (
    <FormField
      invalid={Boolean(message)}
      className="weerbaar-question"
      label={
        <FormLabel htmlFor={id} className="weerbaar-question__legend">
          <Label field={field} sayText={sayText} />
        </FormLabel>
      }
      description={
        hasHelp ? (
          <Help
            id={id}
            field={field}
            sayText={sayText}
            extra={unit ? t('instrument.unit', { unit }) : null}
          />
        ) : undefined
      }
      input={
        <Textbox
          id={id}
          name={id}
          value={draft}
          inputMode={field.kind === 'number' && !field.integer ? 'decimal' : 'numeric'}
          autoComplete="off"
          className="weerbaar-input-number"
          invalid={Boolean(message)}
          aria-describedby={describedBy(hasHelp && `${id}-description`, message && `${id}-error`)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const text = event.target.value;
            const number = text.trim() === '' ? undefined : (parseNumber(text) ?? undefined);
            setDraft(text);
            setSeen(number);
            onChange(number);
          }}
          onBlur={() => {
            setLeft(true);
            onBlur?.();
          }}
        />
      }
      errorMessage={<ErrorMessage id={id} error={message} />}
    />
  );
}

function TextInputField({ field, id, value, error, onChange, onBlur }: FieldProps) {
  const { say: sayText } = useSay();
  const text = typeof value === 'string' ? value : '';
  const hasHelp = Boolean(field.help);
  const common = {
    id,
    name: id,
    value: text,
    invalid: Boolean(error),
    'aria-describedby': describedBy(hasHelp && `${id}-description`, error && `${id}-error`),
    onBlur,
  };
  const change = (next: string) => onChange(next === '' ? undefined : next);
  let input: ReactNode;
  if (field.kind === 'longText') {
    input = (
      <Textarea
        {...common}
        rows={4}
        maxLength={field.maxLength}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => change(event.target.value)}
      />
    );
  } else if (field.kind === 'date') {
    input = (
      <Textbox
        {...common}
        type="date"
        min={field.min}
        max={field.max}
        className="weerbaar-input-date"
        onChange={(event: ChangeEvent<HTMLInputElement>) => change(event.target.value)}
      />
    );
  } else {
    input = (
      <Textbox
        {...common}
        maxLength={field.kind === 'shortText' ? field.maxLength : undefined}
        autoComplete="off"
        onChange={(event: ChangeEvent<HTMLInputElement>) => change(event.target.value)}
      />
    );
  }
  return (
    <FormField
      invalid={Boolean(error)}
      className="weerbaar-question"
      label={
        <FormLabel htmlFor={id} className="weerbaar-question__legend">
          <Label field={field} sayText={sayText} />
        </FormLabel>
      }
      description={hasHelp ? <Help id={id} field={field} sayText={sayText} /> : undefined}
      input={input}
      errorMessage={<ErrorMessage id={id} error={error} />}
    />
  );
}

/** A question of any kind except a group. */
export function QuestionField(props: FieldProps) {
  const { t } = useTranslation();
  const { say: sayText } = useSay();
  const { field, id, value, error, onChange, onBlur } = props;
  switch (field.kind) {
    case 'singleChoice':
      return (
        <ChoiceField
          field={field}
          id={id}
          value={value}
          error={error}
          multiple={false}
          options={field.options.map((o) => ({ value: o.value, label: sayText(o.label) }))}
          onToggle={(option) => onChange(option)}
          onBlur={onBlur}
        />
      );
    case 'yesNoUnknown':
      return (
        <ChoiceField
          field={field}
          id={id}
          value={value}
          error={error}
          multiple={false}
          options={(['ja', 'nee', 'onbekend'] as const).map((v) => ({
            value: v,
            label: t(`instrument.yesNoUnknown.${v}`),
          }))}
          onToggle={(option) => onChange(option)}
          onBlur={onBlur}
        />
      );
    case 'scale':
      return (
        <ChoiceField
          field={field}
          id={id}
          value={value}
          error={error}
          multiple={false}
          options={field.points.map((p) => ({ value: p.value, label: sayText(p.label) }))}
          onToggle={(option) => onChange(option)}
          onBlur={onBlur}
        />
      );
    case 'multiChoice': {
      const current = Array.isArray(value) ? (value as string[]) : [];
      return (
        <ChoiceField
          field={field}
          id={id}
          value={value}
          error={error}
          multiple
          extraHelp={
            field.maxSelected !== undefined
              ? t('instrument.chooseAtMost', { count: field.maxSelected })
              : null
          }
          options={field.options.map((o) => ({ value: o.value, label: sayText(o.label) }))}
          onToggle={(option, checked) => {
            // Keep the order of the options, whatever the order of clicking.
            const next = field.options
              .map((o) => o.value)
              .filter((v) => (v === option ? checked : current.includes(v)));
            onChange(next.length > 0 ? next : undefined);
          }}
          onBlur={onBlur}
        />
      );
    }
    case 'number':
      return <NumberField {...props} />;
    default:
      return <TextInputField {...props} />;
  }
}

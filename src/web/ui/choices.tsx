// A group of radio buttons or checkboxes with a legend, a description per option, help and an
// error message, wired like the fields in components/forms.tsx (aria-describedby, aria-invalid).
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
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';

export interface Choice {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

/** The id of an option's input: `${id}--${value}`; the first one is where an error summary points. */
export function choiceId(id: string, value: string): string {
  return `${id}--${value}`;
}

function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

interface GroupProps {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  choices: Choice[];
  className?: string;
}

function GroupFrame({
  id,
  legend,
  description,
  error,
  radio,
  className,
  children,
}: Omit<GroupProps, 'choices'> & { radio: boolean; children: ReactNode }) {
  return (
    <Fieldset
      role={radio ? 'radiogroup' : undefined}
      invalid={Boolean(error)}
      className={['weerbaar-choices', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy(description ? `${id}-description` : null, error ? `${id}-error` : null)}
    >
      <FieldsetLegend className="weerbaar-choices__legend">{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="weerbaar-options">{children}</div>
    </Fieldset>
  );
}

export function RadioGroup({
  value,
  onValueChange,
  ...props
}: GroupProps & { value: string; onValueChange: (value: string) => void }) {
  const { id, choices, error } = props;
  return (
    <GroupFrame {...props} radio>
      {choices.map((choice) => {
        const inputId = choiceId(id, choice.value);
        const checked = value === choice.value;
        return (
          <FormField type="radio" key={choice.value}>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel type="radio" htmlFor={inputId} checked={checked} disabled={choice.disabled}>
                <RadioButton
                  id={inputId}
                  name={id}
                  value={choice.value}
                  className="utrecht-form-field__input"
                  checked={checked}
                  disabled={choice.disabled}
                  invalid={Boolean(error)}
                  aria-describedby={choice.description ? `${inputId}-description` : undefined}
                  onChange={() => onValueChange(choice.value)}
                />{' '}
                {choice.label}
              </FormLabel>
            </div>
            {choice.description ? (
              <FormFieldDescription id={`${inputId}-description`} className="weerbaar-choices__description">
                {choice.description}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </GroupFrame>
  );
}

export function CheckboxGroup({
  values,
  onValuesChange,
  ...props
}: GroupProps & { values: readonly string[]; onValuesChange: (values: string[]) => void }) {
  const { id, choices, error } = props;
  return (
    <GroupFrame {...props} radio={false}>
      {choices.map((choice) => {
        const inputId = choiceId(id, choice.value);
        const checked = values.includes(choice.value);
        return (
          <FormField type="checkbox" key={choice.value}>
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel type="checkbox" htmlFor={inputId} checked={checked} disabled={choice.disabled}>
                <Checkbox
                  id={inputId}
                  name={id}
                  value={choice.value}
                  className="utrecht-form-field__input"
                  checked={checked}
                  disabled={choice.disabled}
                  invalid={Boolean(error)}
                  aria-describedby={choice.description ? `${inputId}-description` : undefined}
                  onChange={(event: ChangeEvent<HTMLInputElement>) => {
                    const on = event.target.checked;
                    // Keep the order of the choices, whatever the order of clicking.
                    onValuesChange(
                      choices
                        .map((c) => c.value)
                        .filter((v) => (v === choice.value ? on : values.includes(v))),
                    );
                  }}
                />{' '}
                {choice.label}
              </FormLabel>
            </div>
            {choice.description ? (
              <FormFieldDescription id={`${inputId}-description`} className="weerbaar-choices__description">
                {choice.description}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
    </GroupFrame>
  );
}

/** A multi-line text field, wired like TextField in components/forms.tsx. */
export function TextArea({
  id,
  label,
  description,
  error,
  value,
  onValueChange,
  rows = 5,
  maxLength,
  disabled,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  disabled?: boolean;
}) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? (
          <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
        ) : undefined
      }
      input={
        <Textarea
          id={id}
          name={id}
          rows={rows}
          maxLength={maxLength}
          disabled={disabled}
          value={value}
          invalid={Boolean(error)}
          className="weerbaar-textarea"
          aria-describedby={describedBy(
            description ? `${id}-description` : null,
            error ? `${id}-error` : null,
          )}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onValueChange(event.target.value)}
        />
      }
      errorMessage={
        error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined
      }
    />
  );
}

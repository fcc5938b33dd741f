// Form fields built from NL Design System (Utrecht) components, with the accessibility wiring
// done once: label, description and error message linked with aria-describedby, aria-invalid,
// an error summary that is announced (role=alert), and focus on the first field with an error.
import {
  Alert,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  Textbox,
  type TextboxProps,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ChangeEvent, MouseEvent, ReactNode, SelectHTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type FieldErrors = Record<string, string | undefined>;

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function fieldParts({ id, description, error }: { id: string; description?: ReactNode; error?: string }) {
  return {
    description: description ? (
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
    ) : undefined,
    errorMessage: error ? (
      <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>
    ) : undefined,
  };
}

interface TextFieldProps extends Omit<TextboxProps, 'id' | 'invalid' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
}

export function TextField({ id, label, description, error, value, onValueChange, ...input }: TextFieldProps) {
  const parts = fieldParts({ id, description, error });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={parts.description}
      input={
        <Textbox
          {...input}
          id={id}
          name={input.name ?? id}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        />
      }
      errorMessage={parts.errorMessage}
    />
  );
}

interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
}

export function SelectField({
  id,
  label,
  description,
  error,
  value,
  onValueChange,
  children,
  ...select
}: SelectFieldProps) {
  const parts = fieldParts({ id, description, error });
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={parts.description}
      input={
        <Select
          {...select}
          id={id}
          name={select.name ?? id}
          value={value}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        >
          {children}
        </Select>
      }
      errorMessage={parts.errorMessage}
    />
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  onCheckedChange: (checked: boolean) => void;
}

export function CheckboxField({
  id,
  label,
  description,
  error,
  checked,
  disabled,
  onCheckedChange,
}: CheckboxFieldProps) {
  const parts = fieldParts({ id, description, error });
  return (
    <FormField invalid={Boolean(error)} type="checkbox">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id} checked={checked} disabled={disabled}>
          <Checkbox
            id={id}
            name={id}
            className="utrecht-form-field__input"
            checked={checked}
            disabled={disabled}
            invalid={Boolean(error)}
            aria-describedby={describedBy(id, description, error)}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onCheckedChange(event.target.checked)}
          />{' '}
          {label}
        </FormLabel>
      </div>
      {parts.description}
      {parts.errorMessage}
    </FormField>
  );
}

export interface SummaryError {
  /** The id of the field, so the summary can link to it. */
  field: string;
  message: string;
}

/**
 * Lists what is wrong after a failed submit. role=alert makes screen readers announce it;
 * each item links to its field.
 */
export function ErrorSummary({ errors, message }: { errors: SummaryError[]; message?: string | null }) {
  const { t } = useTranslation();
  if (errors.length === 0 && !message) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    const element = document.getElementById(field);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };
  return (
    <Alert type="error" role="alert" className="weerbaar-error-summary">
      <Heading2 className="weerbaar-alert-heading">
        {errors.length > 0 ? t('common.errorSummaryTitle') : t('common.errorTitle')}
      </Heading2>
      {message ? <Paragraph>{message}</Paragraph> : null}
      {errors.length > 0 ? (
        <UnorderedList>
          {errors.map((error) => (
            <UnorderedListItem key={error.field}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${error.field}`}
                onClick={(event) => focusField(event, error.field)}
              >
                {error.message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}

/** Turns field errors into summary items, in the order of the given field ids. */
export function summarise(errors: FieldErrors, order: string[]): SummaryError[] {
  const items: SummaryError[] = [];
  for (const field of order) {
    const message = errors[field];
    if (message) items.push({ field, message });
  }
  return items;
}

/**
 * Moves focus to the first field with an error after each failed submit.
 * Call `focusFirstError()` after setting the errors of a submit attempt.
 */
export function useFocusFirstError(errors: FieldErrors, order: string[]): () => void {
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per submit attempt, with the errors of that attempt
  useEffect(() => {
    if (attempt === 0) return;
    const first = order.find((field) => errors[field]);
    if (first) document.getElementById(first)?.focus();
  }, [attempt]);
  return () => setAttempt((value) => value + 1);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

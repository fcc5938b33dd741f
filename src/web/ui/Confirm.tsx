// Asking before something that cannot be undone: a panel in the page (no pop-up), its heading
// takes focus when it opens, and "cancel" puts focus back on the button that opened it.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './forms.tsx';

export function ConfirmPanel({
  id,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  error = null,
  danger = false,
  level = 2,
}: {
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: string | null;
  danger?: boolean;
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={['weerbaar-confirm', danger ? 'weerbaar-confirm--danger' : ''].filter(Boolean).join(' ')}
    >
      <Heading id={`${id}-title`} ref={heading} tabIndex={-1} className="weerbaar-confirm__title">
        {title}
      </Heading>
      {children}
      <ErrorSummary errors={[]} message={error} />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          type="button"
          busy={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

/** A paragraph for inside a ConfirmPanel. */
export function ConfirmText({ children }: { children: ReactNode }) {
  return <Paragraph>{children}</Paragraph>;
}

/** Focus an element after React has rendered it (e.g. the button that opened a panel). */
export function focusSoon(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

// Closing a procedure or an election list: a confirmation that says what follows (no more
// invitations; after the retention period every scan is deleted), shared by the opdrachtgever's
// procedure page and the kandidatencommissie's list page, each with its own words.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../problem.ts';
import { ConfirmPanel, focusSoon } from '../ui/Confirm.tsx';

export function CloseProcedure({
  words,
  name,
  retentionDays,
  close,
  onClosed,
}: {
  /** The texts' key: the procedure's or the election list's. */
  words: 'closeProcedure' | 'committee.close';
  name: string;
  retentionDays: number;
  close: () => Promise<unknown>;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirmClose = async () => {
    setBusy(true);
    setError(null);
    try {
      await close();
      setAsking(false);
      onClosed();
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="close-title" className="weerbaar-section">
      <Heading2 id="close-title">{t(`${words}.title`)}</Heading2>
      <Paragraph>{t(`${words}.intro`, { count: retentionDays })}</Paragraph>
      {asking ? (
        <ConfirmPanel
          id="close-confirm"
          level={3}
          title={t(`${words}.confirmTitle`, { name })}
          confirmLabel={t(`${words}.confirm`)}
          busy={busy}
          error={error}
          danger
          onConfirm={() => void confirmClose()}
          onCancel={() => {
            setAsking(false);
            focusSoon('close-open');
          }}
        >
          <Paragraph>{t(`${words}.confirmText`, { count: retentionDays })}</Paragraph>
        </ConfirmPanel>
      ) : (
        <ButtonGroup>
          <Button
            id="close-open"
            appearance="secondary-action-button"
            type="button"
            onClick={() => setAsking(true)}
          >
            {t(`${words}.open`)}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}

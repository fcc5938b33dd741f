// The candidate's rights, at hand on every page of their scan: download everything Weerbaar holds
// about them, withdraw from the procedure, or delete the scan. Withdrawing and deleting destroy
// the scan for good (its key is destroyed), so each asks first in one clear sentence; all three
// may ask to confirm it is really them (Reauthenticate.tsx).
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSensitiveAction } from '../account/Reauthenticate.tsx';
import { call } from '../client.ts';
import { downloadFile } from '../instrument/advice.ts';
import { problemMessage } from '../problem.ts';
import { ConfirmPanel, focusSoon } from '../ui/Confirm.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { localDay } from './format.ts';

type Asking = null | 'withdraw' | 'delete';

export function YourRights({
  tenantId,
  scanId,
  procedureName,
}: {
  tenantId: string;
  scanId: string;
  procedureName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sensitive = useSensitiveAction();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState<null | 'export' | 'withdraw' | 'delete'>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const download = () => {
    setError(null);
    setStatus(null);
    setBusy('export');
    void sensitive
      .run(
        async () => {
          const data = await call('scans.exportOwnData', { params: { tenantId } });
          downloadFile(
            `${t('rights.fileName')}-${localDay(new Date())}.json`,
            `${JSON.stringify(data, null, 2)}\n`,
            'application/json;charset=utf-8',
          );
          setStatus(t('rights.downloaded'));
        },
        (caught) => setError(problemMessage(caught, t)),
      )
      .finally(() => setBusy(null));
  };

  const remove = (kind: 'withdraw' | 'delete') => {
    setError(null);
    setBusy(kind);
    void sensitive
      .run(
        async () => {
          if (kind === 'withdraw') await call('scans.withdraw', { params: { tenantId, scanId } });
          else await call('scans.delete', { params: { tenantId, scanId } });
          await navigate(`/o/${tenantId}/mijn-scans`, { state: { removed: kind } });
        },
        (caught) => setError(problemMessage(caught, t)),
      )
      .finally(() => {
        setBusy(null);
        setAsking(null);
      });
  };

  const cancel = () => {
    const opener = asking === 'withdraw' ? 'rights-withdraw' : 'rights-delete';
    setAsking(null);
    focusSoon(opener);
  };

  return (
    <section aria-labelledby="rights-title" className="weerbaar-section weerbaar-rights">
      <Heading2 id="rights-title">{t('rights.title')}</Heading2>
      <Paragraph>{t('rights.intro')}</Paragraph>
      <StatusMessage>{status}</StatusMessage>
      {!sensitive.panel ? <ErrorSummary errors={[]} message={error} /> : null}
      {sensitive.panel}

      <Heading3>{t('rights.downloadTitle')}</Heading3>
      <Paragraph>{t('rights.downloadText')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={busy === 'export'}
          onClick={download}
        >
          {t('rights.download')}
        </Button>
      </ButtonGroup>

      <Heading3>{t('rights.withdrawTitle')}</Heading3>
      <Paragraph>{t('rights.withdrawText')}</Paragraph>
      {asking === 'withdraw' ? (
        <ConfirmPanel
          id="rights-withdraw-confirm"
          level={3}
          danger
          title={t('rights.withdrawConfirmTitle', { name: procedureName })}
          confirmLabel={t('rights.withdrawConfirm')}
          busy={busy === 'withdraw'}
          onConfirm={() => remove('withdraw')}
          onCancel={cancel}
        >
          <Paragraph>{t('rights.withdrawConfirmText')}</Paragraph>
        </ConfirmPanel>
      ) : (
        <ButtonGroup>
          <Button
            id="rights-withdraw"
            appearance="secondary-action-button"
            hint="danger"
            type="button"
            onClick={() => setAsking('withdraw')}
          >
            {t('rights.withdraw')}
          </Button>
        </ButtonGroup>
      )}

      <Heading3>{t('rights.deleteTitle')}</Heading3>
      <Paragraph>{t('rights.deleteText')}</Paragraph>
      {asking === 'delete' ? (
        <ConfirmPanel
          id="rights-delete-confirm"
          level={3}
          danger
          title={t('rights.deleteConfirmTitle')}
          confirmLabel={t('rights.deleteConfirm')}
          busy={busy === 'delete'}
          onConfirm={() => remove('delete')}
          onCancel={cancel}
        >
          <Paragraph>{t('rights.deleteConfirmText')}</Paragraph>
        </ConfirmPanel>
      ) : (
        <ButtonGroup>
          <Button
            id="rights-delete"
            appearance="secondary-action-button"
            hint="danger"
            type="button"
            onClick={() => setAsking('delete')}
          >
            {t('rights.delete')}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}

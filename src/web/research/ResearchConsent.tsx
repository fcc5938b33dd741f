// The candidate's choice whether this scan may count in research tables: plain words, default no,
// saved only when they press the button, changeable at any time. Shown on the scan page once the
// scan is sent: right after sending, and whenever they come back.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { problemMessage } from '../problem.ts';
import { formatDateTime } from '../scan/format.ts';
import { RadioGroup } from '../ui/choices.tsx';
import { ErrorSummary } from '../ui/forms.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Saved } from './Saved.tsx';

export function ResearchConsent({ tenantId, scanId }: { tenantId: string; scanId: string }) {
  const { t } = useTranslation();
  const { language } = useSay();
  const [choice, setChoice] = useState<'ja' | 'nee'>('nee');
  const load = useResource(
    async (signal) => {
      const consent = await call('research.readConsent', { params: { tenantId, scanId } });
      if (!signal.aborted) setChoice(consent.consent ? 'ja' : 'nee');
      return consent;
    },
    [tenantId, scanId],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const result = await call('research.setConsent', {
        params: { tenantId, scanId },
        body: { consent: choice === 'ja' },
      });
      setSaved(result.consent ? t('research.consent.savedYes') : t('research.consent.savedNo'));
      await load.reload({ quiet: true });
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="research-consent-title" className="weerbaar-section weerbaar-research-consent">
      <Heading2 id="research-consent-title">{t('research.consent.title')}</Heading2>
      <Paragraph>{t('research.consent.explain')}</Paragraph>
      <Paragraph>{t('research.consent.revocable')}</Paragraph>
      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
          <ErrorSummary errors={[]} message={error} />
          <RadioGroup
            id="research-consent"
            legend={t('research.consent.legend')}
            value={choice}
            onValueChange={(value) => {
              setChoice(value === 'ja' ? 'ja' : 'nee');
              setSaved(null);
            }}
            choices={[
              { value: 'ja', label: t('research.consent.yes') },
              { value: 'nee', label: t('research.consent.no') },
            ]}
          />
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="submit" busy={busy}>
              {t('research.consent.save')}
            </Button>
          </ButtonGroup>
          <Saved>{saved}</Saved>
          <Paragraph>{t('research.consent.tables', { count: load.data.tables })}</Paragraph>
          {load.data.history.length > 0 ? (
            <details>
              <summary>{t('research.consent.historyTitle')}</summary>
              <ul>
                {load.data.history.map((entry) => (
                  <li key={entry.at}>
                    {t(entry.consent ? 'research.consent.historyYes' : 'research.consent.historyNo', {
                      at: formatDateTime(entry.at, language),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}

// The beheerder's research settings, on the settings page: the smallest group a research table
// shows (never below 5), the kind of organisation, and which research organisations may count this
// organisation's consented scans in their tables (by their short names).
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationType, organisationTypes } from '../../core/vocabulary.ts';
import { call } from '../client.ts';
import { problemMessage } from '../problem.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/forms.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { Saved } from './Saved.tsx';

export function ResearchSettings({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const [threshold, setThreshold] = useState('10');
  const [kind, setKind] = useState<OrganisationType>('gemeente');
  const [admits, setAdmits] = useState('');
  const load = useResource(
    async (signal) => {
      const settings = await call('research.readSettings', { params: { tenantId } });
      if (!signal.aborted) {
        setThreshold(String(settings.threshold));
        setKind(settings.organisationType);
        setAdmits(settings.admits.map((a) => a.slug).join(', '));
      }
      return settings;
    },
    [tenantId],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setSaved(null);
    const number = Number(threshold);
    if (!Number.isInteger(number) || number < 5 || number > 1000) {
      setError(t('research.settings.thresholdInvalid'));
      return;
    }
    setBusy(true);
    try {
      const settings = await call('research.updateSettings', {
        params: { tenantId },
        body: {
          threshold: number,
          organisationType: kind,
          admits: admits
            .split(',')
            .map((slug) => slug.trim())
            .filter(Boolean),
        },
      });
      load.update(() => settings);
      setSaved(t('research.settings.saved'));
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="research-settings-title" className="weerbaar-section">
      <Heading2 id="research-settings-title">{t('research.settings.title')}</Heading2>
      <Paragraph>{t('research.settings.intro')}</Paragraph>
      <ResourceView resource={load} />
      {load.status === 'ready' ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="weerbaar-form">
          <ErrorSummary errors={[]} message={error} />
          <TextField
            id="research-threshold"
            label={t('research.settings.threshold')}
            description={t('research.settings.thresholdHelp')}
            inputMode="numeric"
            value={threshold}
            onValueChange={setThreshold}
          />
          <SelectField
            id="research-kind"
            label={t('research.settings.kind')}
            value={kind}
            onValueChange={(value) => setKind(value as OrganisationType)}
          >
            {organisationTypes.map((type) => (
              <option key={type} value={type}>
                {t(`research.category.${type}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="research-admits"
            label={t('research.settings.admits')}
            description={t('research.settings.admitsHelp')}
            value={admits}
            onValueChange={setAdmits}
          />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="submit" busy={busy}>
              {t('research.settings.save')}
            </Button>
          </ButtonGroup>
          <Saved>{saved}</Saved>
        </form>
      ) : null}
    </section>
  );
}

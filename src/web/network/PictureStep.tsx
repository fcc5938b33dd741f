// Step 5: the picture of the network (the picture component, passed in by the page), with choosing
// and connecting on the drawing, and the downloads: GraphML, egor's three CSV tables and
// FollowTheMoney JSON, built by the server from the saved network and saved as files here.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkBlock } from '../../core/instrument/schema.ts';
import type { Network } from '../../core/network/model.ts';
import { call } from '../client.ts';
import type { Input } from '../contract.ts';
import { downloadFile } from '../instrument/advice.ts';
import { problemMessage } from '../problem.ts';
import { ErrorSummary } from '../ui/forms.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import type { StepProps } from './shared.tsx';

export interface PictureProps {
  network: Network;
  catalogue: NetworkBlock;
  selected?: string[];
  onSelect?(ids: string[]): void;
  onConnect?(a: string, b: string): void;
  label: string;
}

export function PictureStep({
  network,
  catalogue,
  apply,
  announce,
  Picture,
  readOnly,
}: StepProps & { Picture: ComponentType<PictureProps>; readOnly: boolean }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  const label = (id: string) => network.contacts.find((c) => c.id === id)?.label ?? '';
  return (
    <>
      <Paragraph>{t('networkMap.picture.intro')}</Paragraph>
      {network.contacts.length === 0 ? <Paragraph>{t('networkMap.picture.empty')}</Paragraph> : null}
      <Picture
        network={network}
        catalogue={catalogue}
        selected={selected}
        onSelect={setSelected}
        {...(readOnly
          ? {}
          : {
              onConnect: (a: string, b: string) => {
                apply({ op: 'addTie', a, b });
                announce(t('networkMap.picture.connectedPair', { a: label(a), b: label(b) }));
              },
            })}
        label={t('networkMap.picture.label')}
      />
    </>
  );
}

type Format = Input<'scans.exportNetwork'>['query']['format'];

/** Downloads of the saved network. `flush` first sends what is not saved yet. */
export function NetworkExports({
  tenantId,
  scanId,
  flush,
}: {
  tenantId: string;
  scanId: string;
  flush: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (key: string, formats: Format[]) => {
    setBusy(key);
    setStatus(null);
    setError(null);
    try {
      if (!(await flush())) {
        setError(t('networkMap.picture.notSaved'));
        return;
      }
      for (const format of formats) {
        const file = await call('scans.exportNetwork', { params: { tenantId, scanId }, query: { format } });
        downloadFile(file.file, file.content, file.contentType);
      }
      setStatus(
        formats.length > 1 ? t('networkMap.picture.downloadedMany') : t('networkMap.picture.downloaded'),
      );
    } catch (caught) {
      setError(problemMessage(caught, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="nw-export-title" className="weerbaar-section">
      <Heading2 id="nw-export-title">{t('networkMap.picture.exportTitle')}</Heading2>
      <Paragraph>{t('networkMap.picture.exportHelp')}</Paragraph>
      <ErrorSummary errors={[]} message={error} />
      <ButtonGroup className="weerbaar-network__exports">
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={busy === 'graphml'}
          onClick={() => void download('graphml', ['graphml'])}
        >
          {t('networkMap.picture.graphml')}
        </Button>
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={busy === 'egor'}
          onClick={() => void download('egor', ['egor-ego', 'egor-alters', 'egor-ties'])}
        >
          {t('networkMap.picture.egor')}
        </Button>
        <Button
          appearance="secondary-action-button"
          type="button"
          busy={busy === 'ftm'}
          onClick={() => void download('ftm', ['ftm'])}
        >
          {t('networkMap.picture.ftm')}
        </Button>
      </ButtonGroup>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

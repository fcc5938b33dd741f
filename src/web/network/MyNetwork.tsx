// /o/:tenantId/mijn-scans/:scanId/netwerk — the candidate maps the networks they move in and the
// people and organisations in them, in five steps a candidate understands: networks, contacts,
// describing (many at a time), who knows whom, and the picture. Every change is an operation
// (core/network/edit.ts) autosaved through the network route (network/network-autosave.ts), sealed
// with the scan by the server. After the scan was sent the map can be viewed and downloaded only.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Instrument, NetworkBlock } from '../../core/instrument/schema.ts';
import type { Network } from '../../core/network/model.ts';
import type { OwnScan } from '../contract.ts';
import { ForAbility } from '../scan/access.tsx';
import { loadOwnScan } from '../scan/MyScan.tsx';
import { SaveStatus } from '../scan/SaveStatus.tsx';
import type { Organisation } from '../session.tsx';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { StatusMessage } from '../ui/Status.tsx';
import { useResource } from '../ui/use-resource.ts';
import { ContactsStep } from './ContactsStep.tsx';
import { ContextsStep } from './ContextsStep.tsx';
import { DescribeStep } from './DescribeStep.tsx';
import { NetworkExports, PictureStep } from './PictureStep.tsx';
import { NetworkPicture } from './picture/NetworkPicture.tsx';
import { TiesStep } from './TiesStep.tsx';
import { useNetworkAutosave } from './useNetworkAutosave.ts';
import './networkMap.css';

export function MyNetwork() {
  const { scanId } = useParams();
  return (
    <ForAbility action="scans.own">
      {(organisation) => <MyNetworkPage key={scanId} organisation={organisation} scanId={scanId ?? ''} />}
    </ForAbility>
  );
}

interface Data {
  scan: OwnScan;
  network: Network | null;
  instrument: Instrument;
}

const STEPS = ['contexts', 'contacts', 'describe', 'ties', 'picture'] as const;
type Step = (typeof STEPS)[number];

function MyNetworkPage({ organisation, scanId }: { organisation: Organisation; scanId: string }) {
  const { t } = useTranslation();
  const tenantId = organisation.tenantId;
  const load = useResource(async (): Promise<Data> => {
    const { scan, instrument } = await loadOwnScan(tenantId, scanId);
    return { scan, network: scan.network, instrument };
  }, [tenantId, scanId]);
  const [notice, setNotice] = useState<string | null>(null);

  const back = (
    <Paragraph>
      <AppLink to={`/o/${tenantId}/mijn-scans/${scanId}`}>{t('networkMap.back')}</AppLink>
    </Paragraph>
  );

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('networkMap.loadingTitle')}</PageTitle>
        {back}
        <ResourceView resource={load} />
      </>
    );
  }

  const { scan, instrument, network } = load.data;
  const catalogue = instrument.network;
  if (!catalogue) {
    return (
      <>
        <PageTitle>{t('networkMap.title')}</PageTitle>
        {back}
        <Paragraph>{t('networkMap.noNetwork')}</Paragraph>
      </>
    );
  }
  const editable = scan.may.includes('answer');

  return (
    <>
      <PageTitle>{t('networkMap.title')}</PageTitle>
      {back}
      <Paragraph lead>{t('networkMap.lead')}</Paragraph>
      <Paragraph>{t('networkMap.why')}</Paragraph>
      <StatusMessage type="info">{notice ?? (editable ? null : t('networkMap.frozen'))}</StatusMessage>
      <Editor
        key={load.version}
        tenantId={tenantId}
        scan={scan}
        network={network}
        catalogue={catalogue}
        readOnly={!editable}
        onFrozen={() => {
          setNotice(t('networkMap.frozenElsewhere'));
          void load.reload({ quiet: true });
        }}
      />
    </>
  );
}

function Editor({
  tenantId,
  scan,
  network: initial,
  catalogue,
  readOnly,
  onFrozen,
}: {
  tenantId: string;
  scan: OwnScan;
  network: Network | null;
  catalogue: NetworkBlock;
  readOnly: boolean;
  onFrozen: () => void;
}) {
  const { t } = useTranslation();
  const { snapshot, apply, flush } = useNetworkAutosave({
    tenantId,
    scanId: scan.id,
    catalogue,
    initial: { revision: scan.revision, network: initial },
    onFrozen,
  });
  const [step, setStep] = useState<Step>(readOnly ? 'picture' : 'contexts');
  const [said, setSaid] = useState<string | null>(null);
  const stepTitle = useRef<HTMLHeadingElement>(null);
  const network = snapshot.network;
  const props = {
    network,
    catalogue,
    apply: readOnly ? () => undefined : apply,
    announce: setSaid,
  };

  const go = (next: Step) => {
    setStep(next);
    setSaid(null);
    window.setTimeout(() => {
      stepTitle.current?.focus();
      stepTitle.current?.scrollIntoView({ block: 'start' });
    }, 0);
  };
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const counts = t('networkMap.counts', {
    contexts: t('networkMap.countContexts', { count: network.contexts.length }),
    contacts: t('networkMap.countContacts', { count: network.contacts.length }),
    ties: t('networkMap.countTies', { count: network.ties.length }),
  });

  if (readOnly) {
    return (
      <>
        <Paragraph>{counts}</Paragraph>
        <PictureStep {...props} Picture={NetworkPicture} readOnly />
        <NetworkExports tenantId={tenantId} scanId={scan.id} flush={flush} />
      </>
    );
  }

  return (
    <div className="weerbaar-network">
      <nav aria-label={t('networkMap.stepsLabel')} className="weerbaar-network__steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                className="weerbaar-network__step"
                aria-current={s === step ? 'step' : undefined}
                onClick={() => go(s)}
              >
                <span className="weerbaar-network__step-number">{i + 1}</span> {t(`networkMap.steps.${s}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <Paragraph className="weerbaar-muted" id="nw-counts">
        {counts}
      </Paragraph>

      <section aria-labelledby="nw-step-title" className="weerbaar-network__step-body">
        <Heading2 id="nw-step-title" ref={stepTitle} tabIndex={-1}>
          <span className="weerbaar-muted weerbaar-network__step-of">
            {t('networkMap.stepOf', { n: index + 1, total: STEPS.length })}
          </span>{' '}
          {t(`networkMap.steps.${step}`)}
        </Heading2>
        {step === 'contexts' ? <ContextsStep {...props} /> : null}
        {step === 'contacts' ? <ContactsStep {...props} /> : null}
        {step === 'describe' ? <DescribeStep {...props} /> : null}
        {step === 'ties' ? <TiesStep {...props} /> : null}
        {step === 'picture' ? (
          <>
            <PictureStep {...props} Picture={NetworkPicture} readOnly={false} />
            <NetworkExports tenantId={tenantId} scanId={scan.id} flush={flush} />
          </>
        ) : null}
      </section>

      <div role="status" aria-live="polite" className="weerbaar-network__said">
        {said ? <Paragraph>{said}</Paragraph> : null}
      </div>

      <ButtonGroup className="weerbaar-steps weerbaar-network__nav">
        {prev ? (
          <Button appearance="secondary-action-button" type="button" onClick={() => go(prev)}>
            {t('networkMap.previous', { step: t(`networkMap.steps.${prev}`) })}
          </Button>
        ) : null}
        {next ? (
          <Button appearance="primary-action-button" type="button" onClick={() => go(next)}>
            {t('networkMap.next', { step: t(`networkMap.steps.${next}`) })}
          </Button>
        ) : null}
      </ButtonGroup>

      <div className="weerbaar-savebar">
        <div className="weerbaar-container">
          <SaveStatus snapshot={{ ...snapshot, answers: {}, held: {} }} id="save-status" subject="network" />
        </div>
      </div>
    </div>
  );
}

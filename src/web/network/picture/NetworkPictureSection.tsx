// The read-only network picture as a section of a page where the network is read: the expert's
// review (drawn here from the network the review API returns) and the candidate's report (the
// drawing the server made for the report, so page and PDF show the same). Never for an
// opdrachtgever: their views hold no network at all.
import { Heading2 } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkBlock } from '../../../core/instrument/schema.ts';
import type { NetworkDrawing } from '../../../core/network/drawing.ts';
import { validateNetwork } from '../../../core/network/model.ts';
import { DrawnNetworkFigure, NetworkFigure } from './NetworkSvg.tsx';

export function NetworkPictureSection({
  network,
  drawing,
  catalogue,
  reader,
}: {
  /** A network as the API returns it (checked here); drawn in the worker. */
  network?: unknown;
  /** Or a finished drawing (the report's). */
  drawing?: NetworkDrawing | null;
  catalogue?: NetworkBlock;
  reader: 'kandidaat' | 'expert';
}) {
  const { t } = useTranslation();
  const checked = useMemo(() => {
    if (network === undefined || network === null) return null;
    const result = validateNetwork(network);
    return result.ok && result.network.contacts.length > 0 ? result.network : null;
  }, [network]);
  const caption = reader === 'expert' ? t('networkPicture.reviewCaption') : t('networkPicture.ownCaption');
  const figure =
    drawing && drawing.contacts.length > 0 ? (
      <NetworkFigure drawing={drawing} caption={caption} id={`network-${reader}`} />
    ) : checked && catalogue ? (
      <DrawnNetworkFigure network={checked} catalogue={catalogue} caption={caption} />
    ) : null;
  if (!figure) return null;
  return (
    <section aria-labelledby="network-picture-title" className="weerbaar-section">
      <Heading2 id="network-picture-title">{t('networkPicture.title')}</Heading2>
      {figure}
    </section>
  );
}

// The network picture as SVG, drawn from a NetworkDrawing (src/core/network/drawing.ts): context
// circles with their names, ties (dotted for a membership), contacts as circle (person), square
// (organisation) or diamond (sensitive sector), a "€" badge for business with the municipality,
// a dashed outline for someone known only through another and a double outline for a contact in
// several contexts. The layers are memoised so an interactive picture redraws only what moves.
//
// `NetworkSvg` is the pure picture (no interaction) for the report and review pages;
// `NetworkFigure` wraps it with caption, description and legend.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkBlock } from '../../../core/instrument/schema.ts';
import {
  contactLabelGap,
  type DrawnContact,
  type DrawnContext,
  type DrawnTie,
  type NetworkDrawing,
} from '../../../core/network/drawing.ts';
import type { Network } from '../../../core/network/model.ts';
import { useSay } from '../../instrument/text.ts';
import { shortLabel } from './names.ts';
import { useNetworkDrawing } from './useNetworkDrawing.ts';
import './networkPicture.css';

/** The outline of a mark of radius r, centred on (0, 0). */
export function MarkShape({
  shape,
  r,
  className,
  dashed,
}: {
  shape: DrawnContact['shape'];
  r: number;
  className: string;
  dashed?: boolean;
}) {
  const dash = dashed ? '3 2' : undefined;
  if (shape === 'square') {
    const s = r * 0.9;
    return <rect className={className} x={-s} y={-s} width={2 * s} height={2 * s} strokeDasharray={dash} />;
  }
  if (shape === 'diamond') {
    const d = r * 1.25;
    return <polygon className={className} points={`0,${-d} ${d},0 0,${d} ${-d},0`} strokeDasharray={dash} />;
  }
  return <circle className={className} r={r} strokeDasharray={dash} />;
}

/** One contact's marks, drawn at (0, 0): the caller translates it. */
export function ContactGlyph({ contact }: { contact: DrawnContact }) {
  const { r, shape } = contact;
  return (
    <>
      <MarkShape shape={shape} r={r + 6} className="weerbaar-netpic__focus" />
      <MarkShape shape={shape} r={r + 4} className="weerbaar-netpic__selected" />
      {contact.multiplex ? (
        <MarkShape
          shape={shape}
          r={r + 2.2}
          className="weerbaar-netpic__shape weerbaar-netpic__shape--outer"
          dashed={contact.indirect}
        />
      ) : null}
      <MarkShape
        shape={shape}
        r={r}
        className={`weerbaar-netpic__shape${contact.sensitive ? ' weerbaar-netpic__shape--sensitive' : ''}`}
        dashed={contact.indirect}
      />
      {contact.business ? (
        <g className="weerbaar-netpic__badge" transform={`translate(${round(r * 0.85)} ${round(-r * 0.85)})`}>
          <circle r={4.5} />
          <text>€</text>
        </g>
      ) : null}
      <text className="weerbaar-netpic__label" y={r + contactLabelGap - 1}>
        {shortLabel(contact.label)}
      </text>
    </>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

export const ContextLayer = memo(function ContextLayer({
  contexts,
  language,
}: {
  contexts: DrawnContext[];
  language: string;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; what it shows is told in words elsewhere
    <g aria-hidden="true">
      {contexts.map((c) => (
        <circle
          key={c.id}
          className={`weerbaar-netpic__context weerbaar-netpic__context--tone${c.tone}`}
          cx={c.cx}
          cy={c.cy}
          r={c.r}
        />
      ))}
      {contexts.map((c) => (
        <text
          key={c.id}
          className="weerbaar-netpic__context-label"
          x={c.labelX ?? c.cx}
          y={c.labelY ?? c.cy - c.r - 6}
          textAnchor={c.labelAnchor ?? 'middle'}
        >
          {language === 'en' ? (c.label.en ?? c.label.nl) : c.label.nl}
        </text>
      ))}
    </g>
  );
});

export function tieWidth(tie: Pick<DrawnTie, 'strength' | 'membership'>): number {
  return tie.membership ? 1.4 : 0.5 + 0.35 * tie.strength;
}

export const TieLine = memo(function TieLine({
  tie,
  className = 'weerbaar-netpic__tie',
}: {
  tie: DrawnTie;
  className?: string;
}) {
  return (
    <line
      className={`${className}${tie.membership ? ' weerbaar-netpic__tie--membership' : ''}`}
      x1={tie.x1}
      y1={tie.y1}
      x2={tie.x2}
      y2={tie.y2}
      strokeWidth={tieWidth(tie)}
      strokeDasharray={tie.membership ? '0.1 3' : undefined}
    />
  );
});

/** All ties, except those of `hidden` (the contact being dragged: the drag layer draws those). */
export const TieLayer = memo(function TieLayer({
  ties,
  hidden,
}: {
  ties: DrawnTie[];
  hidden?: string | null;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; what it shows is told in words elsewhere
    <g aria-hidden="true">
      {ties.map((t) =>
        hidden && (t.a === hidden || t.b === hidden) ? null : <TieLine key={`${t.a} ${t.b}`} tie={t} />,
      )}
    </g>
  );
});

export function EgoMark({ r, label }: { r: number; label: string }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; what it shows is told in words elsewhere
    <g className="weerbaar-netpic__ego" aria-hidden="true">
      <circle r={r} />
      <text>{label}</text>
    </g>
  );
}

const StaticContacts = memo(function StaticContacts({ contacts }: { contacts: DrawnContact[] }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; what it shows is told in words elsewhere
    <g aria-hidden="true">
      {contacts.map((c) => (
        <g key={c.id} className="weerbaar-netpic__contact-static" transform={`translate(${c.x} ${c.y})`}>
          <ContactGlyph contact={c} />
        </g>
      ))}
    </g>
  );
});

/** The picture alone, without interaction: an image with the drawing's description as its name. */
export function NetworkSvg({
  drawing,
  label,
  describedBy,
}: {
  drawing: NetworkDrawing;
  label?: string;
  /** Id of a visible description of the picture: then the image is named by `label` alone. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const { box } = drawing;
  return (
    <svg
      className="weerbaar-netpic__svg weerbaar-netpic__svg--static"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      role="img"
      aria-label={
        describedBy && label
          ? label
          : label
            ? `${label}. ${say(drawing.description)}`
            : say(drawing.description)
      }
      aria-describedby={describedBy}
      preserveAspectRatio="xMidYMid meet"
    >
      <ContextLayer contexts={drawing.contexts} language={language} />
      <TieLayer ties={drawing.ties} />
      <EgoMark r={drawing.ego.r} label={t('networkPicture.you')} />
      <StaticContacts contacts={drawing.contacts} />
    </svg>
  );
}

/** The legend: every shape, badge and line explained in words, each beside a small sample. */
export function NetworkLegend({ id }: { id?: string }) {
  const { t } = useTranslation();
  const sample = (children: React.ReactNode) => (
    <svg viewBox="-14 -10 28 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  const contact = (extra: Partial<DrawnContact>): DrawnContact => ({
    id: 'legend',
    label: '',
    x: 0,
    y: 0,
    r: 6,
    shape: 'circle',
    kind: 'person',
    indirect: false,
    sensitive: false,
    business: false,
    multiplex: false,
    contexts: [],
    ...extra,
  });
  const line = (membership: boolean) => (
    <TieLine tie={{ a: '', b: '', x1: -12, y1: 0, x2: 12, y2: 0, strength: 3, membership }} />
  );
  const items: Array<[string, React.ReactNode]> = [
    ['you', <EgoMark key="you" r={8} label={t('networkPicture.you')} />],
    [
      'context',
      <circle key="context" className="weerbaar-netpic__context weerbaar-netpic__context--tone0" r={9} />,
    ],
    ['person', <ContactGlyph key="person" contact={contact({})} />],
    ['organisation', <ContactGlyph key="org" contact={contact({ shape: 'square', kind: 'organisation' })} />],
    ['sensitive', <ContactGlyph key="sensitive" contact={contact({ shape: 'diamond', sensitive: true })} />],
    ['business', <ContactGlyph key="business" contact={contact({ business: true })} />],
    ['multiplex', <ContactGlyph key="multiplex" contact={contact({ multiplex: true })} />],
    ['indirect', <ContactGlyph key="indirect" contact={contact({ indirect: true })} />],
    ['tie', line(false)],
    ['membership', line(true)],
  ];
  return (
    <div className="weerbaar-netpic__legend" id={id}>
      <p className="weerbaar-netpic__caption-title">{t('networkPicture.legendTitle')}</p>
      <ul>
        {items.map(([key, glyph]) => (
          <li key={key}>
            {sample(glyph)}
            <span>{t(`networkPicture.legend.${key}` as 'networkPicture.legend.you')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A read-only figure: the picture with a caption, its description in words, and the legend. */
export function NetworkFigure({
  drawing,
  caption,
  id = 'network-figure',
}: {
  drawing: NetworkDrawing;
  caption: string;
  id?: string;
}) {
  const { say } = useSay();
  return (
    <figure className="weerbaar-netpic" aria-labelledby={`${id}-title`}>
      <div className="weerbaar-netpic__frame">
        <NetworkSvg drawing={drawing} label={caption} describedBy={`${id}-description`} />
      </div>
      <figcaption className="weerbaar-netpic__caption">
        <span className="weerbaar-netpic__caption-title" id={`${id}-title`}>
          {caption}
        </span>
        . <span id={`${id}-description`}>{say(drawing.description)}</span>
      </figcaption>
      <NetworkLegend />
    </figure>
  );
}

/**
 * The read-only figure for a network that still has to be drawn (the expert's review page): the
 * layout runs in the worker. Nothing is shown for a map without contacts.
 */
export function DrawnNetworkFigure({
  network,
  catalogue,
  caption,
}: {
  network: Network;
  catalogue: NetworkBlock;
  caption: string;
}) {
  const { t } = useTranslation();
  const { drawing } = useNetworkDrawing(network, catalogue);
  const empty = useMemo(() => network.contacts.length === 0, [network]);
  if (empty) return <p>{t('networkPicture.empty')}</p>;
  if (!drawing) return <p>{t('networkPicture.drawing')}</p>;
  return <NetworkFigure drawing={drawing} caption={caption} />;
}

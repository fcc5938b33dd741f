// The interactive network picture (the candidate's network page): the same drawing as the report,
// with
//  - keyboard: the map itself is one tab stop (arrow keys pan, + and − zoom, 0 fits); the contacts
//    are a second one with a roving tabindex: arrow keys go to the nearest contact in that
//    direction, Enter or Space chooses, Escape clears; with two chosen, "Verbind" connects them;
//  - pointer (mouse, pen, touch): drag a contact onto another to connect them, tap to choose,
//    drag the background to pan, wheel or pinch to zoom;
//  - speed: the layers are memoised; while dragging only the dragged mark and its own ties are
//    redrawn (the drag layer), and the layout never runs during a drag.
// The layout runs in a Web Worker (useNetworkDrawing); the last drawing stays while a new one comes.
import { Button } from '@utrecht/component-library-react';
import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkBlock } from '../../../core/instrument/schema.ts';
import type { DrawnContact, DrawnTie, NetworkDrawing } from '../../../core/network/drawing.ts';
import type { Network } from '../../../core/network/model.ts';
import { useSay } from '../../instrument/text.ts';
import {
  ContactGlyph,
  ContextLayer,
  EgoMark,
  MarkShape,
  NetworkLegend,
  TieLayer,
  TieLine,
} from './NetworkSvg.tsx';
import { contactName, contextNamesOf } from './names.ts';
import { useNetworkDrawing } from './useNetworkDrawing.ts';
import './networkPicture.css';

export interface NetworkPictureProps {
  network: Network;
  catalogue: NetworkBlock;
  selected?: string[];
  onSelect?(ids: string[]): void;
  onConnect?(a: string, b: string): void;
  label: string;
}

/** The view: drawing point p shows at p·k + (x, y) in the SVG's viewBox units. */
interface View {
  x: number;
  y: number;
  k: number;
}

const fitView: View = { x: 0, y: 0, k: 1 };
/** Zoom bounds: from the whole map at half size to a few contacts filling the screen. */
const minZoom = 0.5;
const maxZoom = 8;
/** One press of + or −. */
const zoomStep = 1.4;
/** Pointer travel (CSS px) before a press on a contact becomes a drag rather than a tap. */
const dragThreshold = 5;
/** How near (drawing units, beyond its radius) the pointer must be to drop onto a contact. */
const dropSlack = 6;
/** One arrow press pans this share of the visible width. */
const panStep = 0.1;

const clampZoom = (k: number) => Math.min(maxZoom, Math.max(minZoom, k));

/** Zoom by `factor` keeping the viewBox point (ux, uy) where it is. */
function zoomAt(view: View, factor: number, ux: number, uy: number): View {
  const k = clampZoom(view.k * factor);
  const f = k / view.k;
  return { k, x: ux - (ux - view.x) * f, y: uy - (uy - view.y) * f };
}

/** The nearest contact in a direction: within a cone around it, nearness across counting double. */
export function nearestInDirection(
  from: DrawnContact,
  contacts: readonly DrawnContact[],
  dx: number,
  dy: number,
): DrawnContact | null {
  let best: DrawnContact | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of contacts) {
    if (c.id === from.id) continue;
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * 2) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

const ContactButton = memo(function ContactButton({
  contact,
  name,
  tabbable,
  selected,
  dragging,
}: {
  contact: DrawnContact;
  name: string;
  tabbable: boolean;
  selected: boolean;
  dragging: boolean;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it gets role, name, state and keys
    <g
      className={`weerbaar-netpic__contact${selected ? ' weerbaar-netpic__contact--selected' : ''}${dragging ? ' weerbaar-netpic__contact--dragging' : ''}`}
      transform={`translate(${contact.x} ${contact.y})`}
      data-contact={contact.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
    >
      <ContactGlyph contact={contact} />
    </g>
  );
});

const ContactLayer = memo(function ContactLayer({
  contacts,
  names,
  tabStop,
  selectedKey,
  dragging,
}: {
  contacts: DrawnContact[];
  names: ReadonlyMap<string, string>;
  tabStop: string | null;
  selectedKey: string;
  dragging: string | null;
}) {
  const selected = useMemo(() => new Set(selectedKey ? selectedKey.split('\u0000') : []), [selectedKey]);
  return (
    <g>
      {contacts.map((c) => (
        <ContactButton
          key={c.id}
          contact={c}
          name={names.get(c.id) ?? c.label}
          tabbable={c.id === tabStop}
          selected={selected.has(c.id)}
          dragging={c.id === dragging}
        />
      ))}
    </g>
  );
});

interface DragState {
  id: string;
  x: number;
  y: number;
  over: string | null;
}

/** What moves during a drag: the dragged mark, its own ties, and a ring on the drop target. */
function DragLayer({ drag, drawing, ties }: { drag: DragState; drawing: NetworkDrawing; ties: DrawnTie[] }) {
  const contact = drawing.contacts.find((c) => c.id === drag.id);
  const over = drag.over ? drawing.contacts.find((c) => c.id === drag.over) : undefined;
  if (!contact) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; what it shows is told in words elsewhere
    <g className="weerbaar-netpic__drag" aria-hidden="true">
      {ties.map((t) => {
        const moved = t.a === drag.id ? { ...t, x1: drag.x, y1: drag.y } : { ...t, x2: drag.x, y2: drag.y };
        return (
          <TieLine
            key={`${t.a} ${t.b}`}
            tie={moved}
            className="weerbaar-netpic__tie weerbaar-netpic__tie--dragging"
          />
        );
      })}
      {over ? (
        <g transform={`translate(${over.x} ${over.y})`}>
          <MarkShape shape={over.shape} r={over.r + 5} className="weerbaar-netpic__drop-target" />
        </g>
      ) : null}
      <g transform={`translate(${drag.x} ${drag.y})`}>
        <ContactGlyph contact={contact} />
      </g>
    </g>
  );
}

type Gesture =
  | { kind: 'none' }
  | { kind: 'press'; id: string; pointerId: number; startX: number; startY: number; moved: boolean }
  | { kind: 'pan'; pointerId: number; startX: number; startY: number; view: View }
  | { kind: 'pinch'; distance: number; view: View };

export function NetworkPicture({
  network,
  catalogue,
  selected,
  onSelect,
  onConnect,
  label,
}: NetworkPictureProps) {
  const { t } = useTranslation();
  const { say, language } = useSay();
  const uid = useId();
  const { drawing: latest, pending } = useNetworkDrawing(network, catalogue);
  const svgRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(fitView);
  const [ownSelection, setOwnSelection] = useState<string[]>([]);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const [drag, setDrag] = useState<DragState | null>(null);
  // A new drawing that arrives during a drag waits until the drop: nothing moves under the hand.
  const held = useRef(latest);
  if (!drag) held.current = latest;
  const drawing = drag ? held.current : latest;
  const [announcement, setAnnouncement] = useState('');
  const gesture = useRef<Gesture>({ kind: 'none' });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const focusAfter = useRef<string | null>(null);

  const current = useMemo(() => {
    const ids = new Set(drawing?.contacts.map((c) => c.id) ?? []);
    return (selected ?? ownSelection).filter((id) => ids.has(id)).slice(-2);
  }, [selected, ownSelection, drawing]);
  const select = useCallback(
    (ids: string[]) => {
      if (selected === undefined) setOwnSelection(ids);
      onSelect?.(ids);
    },
    [selected, onSelect],
  );

  const contextNames = useMemo(() => (drawing ? contextNamesOf(drawing, say) : new Map()), [drawing, say]);
  const names = useMemo(
    () => new Map((drawing?.contacts ?? []).map((c) => [c.id, contactName(c, contextNames, t, say)])),
    [drawing, contextNames, t, say],
  );
  const byId = useMemo(() => new Map((drawing?.contacts ?? []).map((c) => [c.id, c])), [drawing]);
  const labelOf = useCallback((id: string) => byId.get(id)?.label ?? id, [byId]);

  // Keep the tab stop on a contact that exists: the first by position (top-left) when unset.
  const effectiveTabStop = useMemo(() => {
    if (!drawing || drawing.contacts.length === 0) return null;
    if (tabStop && byId.has(tabStop)) return tabStop;
    return [...drawing.contacts].sort((a, b) => a.y - b.y || a.x - b.x)[0]!.id;
  }, [drawing, tabStop, byId]);

  // Focus follows the roving tab stop after a key press moved it.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id || id !== effectiveTabStop) return;
    focusAfter.current = null;
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-contact="${CSS.escape(id)}"]`);
    element?.focus({ preventScroll: true });
  }, [effectiveTabStop]);

  // The SVG appears with the first drawing.
  const hasDrawing = drawing !== null;
  // Wheel zoom needs a non-passive listener to keep the page from scrolling at the same time.
  useEffect(() => {
    const svg = svgRef.current;
    if (!hasDrawing || !svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const u = toViewBox(svg, event.clientX, event.clientY);
      setView((v) => zoomAt(v, Math.exp(-event.deltaY * 0.002), u.x, u.y));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [hasDrawing]);

  const toggle = useCallback(
    (id: string) => {
      const next = current.includes(id)
        ? current.filter((x) => x !== id)
        : current.length >= 2
          ? [current[1]!, id]
          : [...current, id];
      select(next);
      setAnnouncement(
        next.length === 0
          ? t('networkPicture.selectedNone')
          : next.length === 1
            ? t('networkPicture.selectedOne', { a: labelOf(next[0]!) })
            : t('networkPicture.selectedTwo', { a: labelOf(next[0]!), b: labelOf(next[1]!) }),
      );
    },
    [current, select, t, labelOf],
  );

  const connect = useCallback(
    (a: string, b: string) => {
      if (!onConnect || a === b) return;
      // The page that owns the network adds the tie and says so (it knows whether it was new).
      onConnect(a, b);
    },
    [onConnect],
  );

  const centre = drawing
    ? { x: drawing.box.x + drawing.box.width / 2, y: drawing.box.y + drawing.box.height / 2 }
    : { x: 0, y: 0 };

  /** Pans so a contact is on screen (keyboard moves can go outside the zoomed view). */
  const reveal = (contact: DrawnContact) => {
    if (!drawing) return;
    const { box } = drawing;
    setView((v) => {
      const sx = contact.x * v.k + v.x;
      const sy = contact.y * v.k + v.y;
      const margin = (contact.r + 12) * v.k;
      if (
        sx - margin >= box.x &&
        sx + margin <= box.x + box.width &&
        sy - margin >= box.y &&
        sy + margin <= box.y + box.height
      )
        return v;
      return { ...v, x: centre.x - contact.x * v.k, y: centre.y - contact.y * v.k };
    });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!drawing) return;
    const target = event.target as Element;
    const id = target.getAttribute('data-contact');
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const direction = arrows[event.key];
    if (id) {
      const from = byId.get(id);
      if (!from) return;
      if (direction) {
        event.preventDefault();
        const next = nearestInDirection(from, drawing.contacts, direction[0], direction[1]);
        if (next) {
          focusAfter.current = next.id;
          setTabStop(next.id);
          reveal(next);
        }
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle(id);
      } else if (event.key === 'Escape' && current.length > 0) {
        event.preventDefault();
        select([]);
        setAnnouncement(t('networkPicture.selectedNone'));
      }
      return;
    }
    // The map itself has focus: pan and zoom.
    const step = drawing.box.width * panStep;
    if (direction) {
      event.preventDefault();
      setView((v) => ({ ...v, x: v.x - direction[0] * step, y: v.y - direction[1] * step }));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      setView((v) => zoomAt(v, zoomStep, centre.x, centre.y));
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      setView((v) => zoomAt(v, 1 / zoomStep, centre.x, centre.y));
    } else if (event.key === '0') {
      event.preventDefault();
      setView(fitView);
    }
  };

  /** The drawing point under a pointer. */
  const toDrawing = (clientX: number, clientY: number) => {
    const u = toViewBox(svgRef.current!, clientX, clientY);
    return { x: (u.x - view.x) / view.k, y: (u.y - view.y) / view.k };
  };

  const contactAt = (x: number, y: number, except: string): string | null => {
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const c of drawing?.contacts ?? []) {
      if (c.id === except) continue;
      const d = Math.hypot(c.x - x, c.y - y);
      if (d <= c.r * 1.25 + dropSlack && d < bestDistance) {
        best = c.id;
        bestDistance = d;
      }
    }
    return best;
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (!drawing || (event.pointerType === 'mouse' && event.button !== 0)) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    try {
      svgRef.current?.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (tests, benchmarks) cannot be captured; the events still arrive here.
    }
    if (pointers.current.size === 2) {
      const [p, q] = [...pointers.current.values()];
      gesture.current = { kind: 'pinch', distance: Math.hypot(p!.x - q!.x, p!.y - q!.y) || 1, view };
      setDrag(null);
      return;
    }
    const id = (event.target as Element).closest('[data-contact]')?.getAttribute('data-contact');
    gesture.current = id
      ? {
          kind: 'press',
          id,
          pointerId: event.pointerId,
          startX: event.clientX,
          startY: event.clientY,
          moved: false,
        }
      : { kind: 'pan', pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, view };
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!pointers.current.has(event.pointerId)) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const g = gesture.current;
    const svg = svgRef.current;
    if (!svg || !drawing) return;
    if (g.kind === 'pinch') {
      const [p, q] = [...pointers.current.values()];
      if (!p || !q) return;
      const distance = Math.hypot(p.x - q.x, p.y - q.y);
      const mid = toViewBox(svg, (p.x + q.x) / 2, (p.y + q.y) / 2);
      setView(zoomAt(g.view, distance / g.distance, mid.x, mid.y));
    } else if (g.kind === 'pan' && g.pointerId === event.pointerId) {
      const a = toViewBox(svg, g.startX, g.startY);
      const b = toViewBox(svg, event.clientX, event.clientY);
      setView({ ...g.view, x: g.view.x + b.x - a.x, y: g.view.y + b.y - a.y });
    } else if (g.kind === 'press' && g.pointerId === event.pointerId) {
      if (!g.moved && Math.hypot(event.clientX - g.startX, event.clientY - g.startY) < dragThreshold) return;
      g.moved = true;
      const p = toDrawing(event.clientX, event.clientY);
      setDrag({ id: g.id, x: p.x, y: p.y, over: contactAt(p.x, p.y, g.id) });
    }
  };

  const endPointer = (event: PointerEvent<SVGSVGElement>, cancelled: boolean) => {
    if (!pointers.current.delete(event.pointerId)) return;
    const g = gesture.current;
    if (g.kind === 'press' && g.pointerId === event.pointerId) {
      if (!cancelled) {
        if (g.moved) {
          const p = toDrawing(event.clientX, event.clientY);
          const over = contactAt(p.x, p.y, g.id);
          if (over) connect(g.id, over);
        } else {
          setTabStop(g.id);
          toggle(g.id);
        }
      }
      setDrag(null);
    }
    if (pointers.current.size === 0) gesture.current = { kind: 'none' };
    else if (g.kind === 'pinch') gesture.current = { kind: 'none' };
  };

  // Only the dragged contact's identity matters here, not where it is now.
  const draggedId = drag?.id ?? null;
  const dragTies = useMemo(
    () => (draggedId && drawing ? drawing.ties.filter((x) => x.a === draggedId || x.b === draggedId) : []),
    [draggedId, drawing],
  );

  const titleId = `${uid}-title`;
  const descriptionId = `${uid}-description`;
  const helpId = `${uid}-help`;
  const box = drawing?.box;
  return (
    <figure className="weerbaar-netpic" aria-labelledby={titleId}>
      <div className="weerbaar-netpic__toolbar">
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setView((v) => zoomAt(v, zoomStep, centre.x, centre.y))}
        >
          <span aria-hidden="true">+</span>
          <span className="weerbaar-visually-hidden">{t('networkPicture.zoomIn')}</span>
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setView((v) => zoomAt(v, 1 / zoomStep, centre.x, centre.y))}
        >
          <span aria-hidden="true">−</span>
          <span className="weerbaar-visually-hidden">{t('networkPicture.zoomOut')}</span>
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => setView(fitView)}>
          {t('networkPicture.fit')}
        </Button>
      </div>
      <div className="weerbaar-netpic__frame">
        {drawing && box ? (
          <svg
            ref={svgRef}
            className={`weerbaar-netpic__svg${drag ? ' weerbaar-netpic__svg--dragging' : ''}`}
            viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
            preserveAspectRatio="xMidYMid meet"
            // An application: screen readers pass the arrow keys through, which move between contacts.
            role="application"
            aria-label={`${label}. ${t('networkPicture.viewport')}`}
            aria-describedby={`${descriptionId} ${helpId}`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the map is an application (role above) with its own keys
            tabIndex={0}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={(e) => endPointer(e, false)}
            onPointerCancel={(e) => endPointer(e, true)}
          >
            <g transform={`translate(${round(view.x)} ${round(view.y)}) scale(${round(view.k, 1000)})`}>
              <ContextLayer contexts={drawing.contexts} language={language} />
              <TieLayer ties={drawing.ties} hidden={drag?.id ?? null} />
              <EgoMark r={drawing.ego.r} label={t('networkPicture.you')} />
              <ContactLayer
                contacts={drawing.contacts}
                names={names}
                tabStop={effectiveTabStop}
                selectedKey={current.join('\u0000')}
                dragging={drag?.id ?? null}
              />
              {drag ? <DragLayer drag={drag} drawing={drawing} ties={dragTies} /> : null}
            </g>
          </svg>
        ) : (
          <p className="weerbaar-netpic__status">
            {pending ? t('networkPicture.drawing') : t('networkPicture.empty')}
          </p>
        )}
      </div>
      {/* Right after the picture, so Tab from the contacts reaches "Verbind" at once. */}
      <div className="weerbaar-netpic__choice">
        <p className="weerbaar-netpic__status" role="status">
          {announcement}
        </p>
        {onConnect && current.length === 2 ? (
          <Button
            type="button"
            appearance="primary-action-button"
            onClick={() => {
              const [a, b] = current as [string, string];
              connect(a, b);
              select([]);
              setAnnouncement('');
              focusAfter.current = b;
              setTabStop(b);
              // The button goes away: give focus back to the contact that was chosen last.
              requestAnimationFrame(() =>
                svgRef.current?.querySelector<SVGGElement>(`[data-contact="${CSS.escape(b)}"]`)?.focus(),
              );
            }}
          >
            {t('networkPicture.connect')}
          </Button>
        ) : null}
        {current.length > 0 ? (
          <Button type="button" appearance="subtle-button" onClick={() => select([])}>
            {t('networkPicture.clearSelection')}
          </Button>
        ) : null}
      </div>
      <figcaption className="weerbaar-netpic__caption">
        <span className="weerbaar-netpic__caption-title" id={titleId}>
          {label}
        </span>
        {drawing ? (
          <>
            . <span id={descriptionId}>{say(drawing.description)}</span>
          </>
        ) : null}
      </figcaption>
      <p className="weerbaar-netpic__help" id={helpId}>
        {t('networkPicture.instructions')}
      </p>
      <NetworkLegend />
    </figure>
  );
}

const round = (n: number, scale = 10) => Math.round(n * scale) / scale;

/** A client (CSS pixel) point in the SVG's viewBox units. */
function toViewBox(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: clientX, y: clientY };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

export { DrawnNetworkFigure, NetworkFigure, NetworkLegend, NetworkSvg } from './NetworkSvg.tsx';

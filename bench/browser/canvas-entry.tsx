// Bundled by bench/browser/canvas-timing.ts for Chromium: the real NetworkPicture (the candidate's
// interactive picture) with a large network, and two measured runs in the page:
//   baseline — requestAnimationFrame alone, the same picture on screen, nothing moving;
//   drag     — a contact dragged in a circle, one pointermove per frame, as a hand would.
// Frame time is the time between consecutive animation frames. Because headless Chromium paces
// frames at 60 Hz and a shared machine adds noise, the page also times the work one pointermove
// causes on the main thread — the event, React's render and commit, style and layout — forced
// to run at once (flushSync, then reading a size), beside the same with nothing pressed.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { NetworkBlock } from '../../src/core/instrument/schema.ts';
import type { Network } from '../../src/core/network/model.ts';
import '../../src/web/i18n/index.ts';
import { NetworkPicture } from '../../src/web/network/picture/NetworkPicture.tsx';

export async function mount(network: Network, catalogue: NetworkBlock): Promise<number> {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(
    createElement(NetworkPicture, {
      network,
      catalogue,
      label: 'Netwerkkaart',
      onConnect: () => undefined,
    }),
  );
  const started = performance.now();
  while (document.querySelectorAll('[data-contact]').length < network.contacts.length) {
    if (performance.now() - started > 60_000) throw new Error('the picture did not appear');
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - started;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Frame times (ms) over `frames` frames; `each(i)` runs at the start of every frame. */
async function frameTimes(frames: number, each?: (i: number) => void): Promise<number[]> {
  const times: number[] = [];
  let last = await nextFrame();
  for (let i = 0; i < frames; i++) {
    each?.(i);
    const now = await nextFrame();
    times.push(now - last);
    last = now;
  }
  return times;
}

export function baseline(frames: number): Promise<number[]> {
  return frameTimes(frames);
}

function picture() {
  const svg = document.querySelector<SVGSVGElement>('svg.weerbaar-netpic__svg')!;
  const rect = svg.getBoundingClientRect();
  const mid = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  let target: Element | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const el of document.querySelectorAll('[data-contact]')) {
    const r = el.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - mid.x, r.top + r.height / 2 - mid.y);
    if (d < best) {
      best = d;
      target = el;
    }
  }
  const shape = target!.querySelector('.weerbaar-netpic__shape')!;
  const s = shape.getBoundingClientRect();
  return { svg, rect, shape, start: { x: s.left + s.width / 2, y: s.top + s.height / 2 } };
}

function pointer(type: string, x: number, y: number, on: Element) {
  on.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId: 1,
      pointerType: 'mouse',
      isPrimary: true,
      button: 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX: x,
      clientY: y,
    }),
  );
}

/**
 * Main-thread work per pointermove (ms): dispatch, React render and commit, style and layout.
 * `pressed`: with a contact being dragged; otherwise the same moves with nothing pressed (the
 * cost of the measuring itself).
 */
export async function moveWork(
  moves: number,
  pressed: boolean,
): Promise<{ times: number[]; active: boolean }> {
  const { svg, rect, shape, start } = picture();
  const radius = Math.min(rect.width, rect.height) / 4;
  const at = (i: number) => {
    const angle = (i / 60) * 2 * Math.PI;
    return { x: start.x + 10 + radius * Math.sin(angle), y: start.y + 10 + radius * (1 - Math.cos(angle)) };
  };
  if (pressed) {
    pointer('pointerdown', start.x, start.y, shape);
    flushSync(() => pointer('pointermove', at(0).x, at(0).y, svg));
  }
  const times: number[] = [];
  for (let i = 0; i < moves; i++) {
    const p = at(i);
    const started = performance.now();
    flushSync(() => pointer('pointermove', p.x, p.y, svg));
    svg.getBoundingClientRect();
    void document.body.offsetHeight;
    times.push(performance.now() - started);
    await nextFrame();
  }
  const active = document.querySelector('.weerbaar-netpic__drag') !== null;
  if (pressed) pointer('pointerup', rect.left + 2, rect.top + 2, svg);
  await nextFrame();
  return { times, active };
}

export async function drag(frames: number): Promise<{ times: number[]; active: boolean }> {
  const svg = document.querySelector<SVGSVGElement>('svg.weerbaar-netpic__svg')!;
  // The contact nearest the middle of the picture, so the drag stays on screen.
  const rect = svg.getBoundingClientRect();
  const mid = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  let target: Element | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const el of document.querySelectorAll('[data-contact]')) {
    const r = el.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - mid.x, r.top + r.height / 2 - mid.y);
    if (d < best) {
      best = d;
      target = el;
    }
  }
  const shape = target!.querySelector('.weerbaar-netpic__shape')!.getBoundingClientRect();
  const start = { x: shape.left + shape.width / 2, y: shape.top + shape.height / 2 };
  const pointer = (type: string, x: number, y: number, on: Element) =>
    on.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        clientX: x,
        clientY: y,
      }),
    );
  pointer('pointerdown', start.x, start.y, target!.querySelector('.weerbaar-netpic__shape')!);
  const radius = Math.min(rect.width, rect.height) / 4;
  const at = (i: number) => {
    const angle = (i / 60) * 2 * Math.PI;
    return { x: start.x + radius * Math.sin(angle), y: start.y + radius * (1 - Math.cos(angle)) };
  };
  // A few frames to get past the drag threshold before measuring.
  for (let i = 0; i < 5; i++) {
    const p = at(i);
    pointer('pointermove', p.x + 10, p.y + 10, svg);
    await nextFrame();
  }
  const times = await frameTimes(frames, (i) => {
    const p = at(i);
    pointer('pointermove', p.x + 10, p.y + 10, svg);
  });
  // The drag layer is on screen: the drag really ran (not a tap, not a pan).
  const active = document.querySelector('.weerbaar-netpic__drag') !== null;
  // Drop on the background (no tie), so the run changes nothing.
  pointer('pointerup', rect.left + 2, rect.top + 2, svg);
  return { times, active };
}

// The network picture as vectors, from the same drawing the web app shows
// (src/core/network/drawing.ts: one seeded layout, so both pictures are the same), with the web's
// marks (src/web/network/picture/NetworkSvg.tsx): context circles with their names, ties (dotted
// for a membership), a person as a circle, an organisation as a square, a contact in a sensitive
// sector as a diamond, a dashed outline for someone known only through another, a double outline
// for a contact in several contexts, a "€" badge for business with the organisation, and every
// contact's label. Shape and text, never colour alone.
import { say } from '../../core/instrument/levels.ts';
import { contactLabelGap, type DrawnContact, type NetworkDrawing } from '../../core/network/drawing.ts';
import type { Language } from '../../core/vocabulary.ts';

type Doc = PDFKit.PDFDocument;

/** The web's context tones (networkPicture.css), in the same order. */
const tones = ['#eef4fb', '#f4f0fa', '#eef8f1', '#fbf3ea', '#f2f2f2', '#fbeff3'];

const shortLabel = (label: string) => (label.length > 8 ? `${label.slice(0, 7)}…` : label);

function markPath(doc: Doc, shape: DrawnContact['shape'], x: number, y: number, r: number): Doc {
  if (shape === 'square') {
    const s = r * 0.9;
    return doc.rect(x - s, y - s, 2 * s, 2 * s);
  }
  if (shape === 'diamond') {
    const d = r * 1.25;
    return doc.polygon([x, y - d], [x + d, y], [x, y + d], [x - d, y]);
  }
  return doc.circle(x, y, r);
}

export function drawNetworkPicture(
  doc: Doc,
  drawing: NetworkDrawing,
  area: { x: number; y: number; width: number; height: number },
  language: Language,
): void {
  const b = drawing.box;
  const k = Math.min(area.width / Math.max(b.width, 1), area.height / Math.max(b.height, 1));
  const ox = area.x + (area.width - b.width * k) / 2;
  const oy = area.y + (area.height - b.height * k) / 2;
  doc.save();
  doc.rect(area.x, area.y, area.width, area.height).clip();
  // Draw in the drawing's own units, like the SVG's viewBox.
  doc.translate(ox - b.x * k, oy - b.y * k).scale(k);

  for (const c of drawing.contexts) {
    doc
      .lineWidth(1)
      .circle(c.cx, c.cy, c.r)
      .fillAndStroke(tones[((c.tone % tones.length) + tones.length) % tones.length]!, '#777777');
  }
  for (const c of drawing.contexts) {
    const text = say(c.label, language);
    doc.font('bold').fontSize(10);
    const width = doc.widthOfString(text);
    const x =
      c.labelAnchor === 'middle'
        ? c.labelX - width / 2
        : c.labelAnchor === 'end'
          ? c.labelX - width
          : c.labelX;
    doc.fillColor('#333333').text(text, x, c.labelY - 8, { lineBreak: false });
  }

  for (const tie of drawing.ties) {
    doc.lineCap('round').lineWidth(tie.membership ? 1.4 : 0.5 + 0.35 * tie.strength);
    if (tie.membership) doc.dash(0.1, { space: 3 });
    doc
      .moveTo(tie.x1, tie.y1)
      .lineTo(tie.x2, tie.y2)
      .stroke(tie.membership ? '#000000' : '#666666');
    doc.undash();
  }

  // The candidate at the centre: "U" / "You", never a contact.
  const ego = drawing.ego;
  doc.circle(ego.x, ego.y, ego.r).fill('#000033');
  const you = language === 'en' ? 'You' : 'U';
  doc.font('bold').fontSize(9);
  doc.fillColor('#ffffff').text(you, ego.x - doc.widthOfString(you) / 2, ego.y - 6.5, { lineBreak: false });

  for (const c of drawing.contacts) {
    if (c.multiplex) {
      if (c.indirect) doc.dash(3, { space: 2 });
      markPath(doc, c.shape, c.x, c.y, c.r + 2.2)
        .lineWidth(1.4)
        .stroke('#000000');
      doc.undash();
    }
    if (c.indirect) doc.dash(3, { space: 2 });
    markPath(doc, c.shape, c.x, c.y, c.r)
      .lineWidth(c.sensitive ? 1.8 : 1.4)
      .fillAndStroke(c.sensitive ? '#fff4c2' : '#ffffff', '#000000');
    doc.undash();
    if (c.business) {
      const bx = c.x + c.r * 0.85;
      const by = c.y - c.r * 0.85;
      doc.circle(bx, by, 4.5).fill('#000000');
      doc.font('bold').fontSize(6);
      doc.fillColor('#ffffff').text('€', bx - doc.widthOfString('€') / 2, by - 4.3, { lineBreak: false });
    }
    const label = shortLabel(c.label);
    doc.font('regular').fontSize(8);
    doc
      .fillColor('#000000')
      .text(label, c.x - doc.widthOfString(label) / 2, c.y + c.r + contactLabelGap - 8, { lineBreak: false });
  }
  doc.restore();
}

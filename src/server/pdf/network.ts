// The network picture as vectors, from the same drawing the web app shows
// (src/core/network/drawing.ts: one seeded layout, so both pictures are the same). Marks are shape
// and text, never colour alone: a person is a circle, an organisation a square, a contact in a
// sensitive sector a diamond; dashed outline for "known through someone else"; a "€" badge for
// business with the organisation; every contact carries its label.
import { say } from '../../core/instrument/levels.ts';
import type { NetworkDrawing } from '../../core/network/drawing.ts';

type Doc = PDFKit.PDFDocument;

/** Light fills for the context circles; each circle also carries its name. */
const tones = ['#e8f0fa', '#fbeee0', '#e6f4ea', '#f3e8f7', '#fdf6d8', '#e4f3f5', '#f7e4e4', '#eeeeee'];

export function drawNetworkPicture(
  doc: Doc,
  drawing: NetworkDrawing,
  box: { x: number; y: number; width: number; height: number },
  language: 'nl' | 'en',
): void {
  const b = drawing.box;
  const scale = Math.min(box.width / Math.max(b.width, 1), box.height / Math.max(b.height, 1));
  const ox = box.x + (box.width - b.width * scale) / 2;
  const oy = box.y + (box.height - b.height * scale) / 2;
  const X = (x: number) => ox + (x - b.x) * scale;
  const Y = (y: number) => oy + (y - b.y) * scale;
  const R = (r: number) => Math.max(r * scale, 1.5);

  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();

  for (const context of drawing.contexts) {
    const tone = tones[Math.abs(context.tone) % tones.length] ?? '#eeeeee';
    doc.lineWidth(0.8).circle(X(context.cx), Y(context.cy), R(context.r)).fillAndStroke(tone, '#8a8a8a');
  }
  for (const context of drawing.contexts) {
    doc
      .font('italic')
      .fontSize(7)
      .fillColor('#333333')
      .text(say(context.label, language), X(context.cx) - 50, Y(context.cy) - R(context.r) + 3, {
        width: 100,
        align: 'center',
        lineBreak: false,
      });
  }

  for (const tie of drawing.ties) {
    doc.lineWidth(0.4 + 0.3 * Math.max(1, Math.min(5, tie.strength))).strokeColor('#555555');
    if (tie.membership) doc.dash(1.5, { space: 2 });
    doc.moveTo(X(tie.x1), Y(tie.y1)).lineTo(X(tie.x2), Y(tie.y2)).stroke();
    doc.undash();
  }

  // The candidate, in the middle.
  doc.lineWidth(1.2).circle(X(0), Y(0), 7).fillAndStroke('#1a1a1a', '#1a1a1a');

  for (const contact of drawing.contacts) {
    const x = X(contact.x);
    const y = Y(contact.y);
    const r = R(contact.r);
    doc.lineWidth(1);
    if (contact.indirect) doc.dash(2, { space: 1.5 });
    if (contact.shape === 'square') doc.rect(x - r, y - r, 2 * r, 2 * r);
    else if (contact.shape === 'diamond') doc.polygon([x, y - r * 1.25], [x + r * 1.25, y], [x, y + r * 1.25], [x - r * 1.25, y]);
    else doc.circle(x, y, r);
    doc.fillAndStroke('#ffffff', '#1a1a1a');
    doc.undash();
    if (contact.multiplex) doc.lineWidth(0.6).circle(x, y, r + 2.2).stroke('#1a1a1a');
    if (contact.business)
      doc.font('bold').fontSize(7).fillColor('#1a1a1a').text('€', x + r - 1, y - r - 7, { lineBreak: false });
    doc
      .font('regular')
      .fontSize(6.5)
      .fillColor('#1a1a1a')
      .text(contact.label, x - 30, y + r + 1.5, { width: 60, align: 'center', lineBreak: false });
  }
  doc.restore();
}

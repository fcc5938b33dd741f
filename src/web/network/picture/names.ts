// Words for a drawn contact: its accessible name ("JB — persoon, in 2 netwerken (Familie,
// Voetbalclub), gevoelige sector (vastgoed), zaken met de gemeente") carries every mark the
// picture shows, so nothing is told by shape or colour alone.
import type { TFunction } from 'i18next';
import type { Text } from '../../../core/instrument/schema.ts';
import type { DrawnContact, NetworkDrawing } from '../../../core/network/drawing.ts';

export function contactName(
  contact: DrawnContact,
  contextNames: ReadonlyMap<string, string>,
  t: TFunction,
  say: (text: Text | undefined) => string,
): string {
  const parts: string[] = [t(`networkPicture.name.${contact.kind}`)];
  const names = contact.contexts.map((id) => contextNames.get(id) ?? id).join(', ');
  if (contact.indirect) parts.push(t('networkPicture.name.indirect'));
  else if (contact.contexts.length === 0) parts.push(t('networkPicture.name.noContext'));
  else if (contact.contexts.length === 1) parts.push(t('networkPicture.name.inOneContext', { names }));
  else parts.push(t('networkPicture.name.inContexts', { count: contact.contexts.length, names }));
  if (contact.sensitive)
    parts.push(t('networkPicture.name.sensitive', { sector: say(contact.sectorLabel) || contact.sector }));
  if (contact.business) parts.push(t('networkPicture.name.business'));
  if (contact.closeness !== undefined && !contact.indirect)
    parts.push(t('networkPicture.name.closeness', { closeness: contact.closeness }));
  return `${contact.label} — ${parts.join(', ')}`;
}

export function contextNamesOf(
  drawing: NetworkDrawing,
  say: (text: Text | undefined) => string,
): Map<string, string> {
  return new Map(drawing.contexts.map((c) => [c.id, say(c.label)]));
}

/** The label as drawn: long labels are cut (the full label is in the accessible name). */
export function shortLabel(label: string): string {
  return label.length > 8 ? `${label.slice(0, 7)}…` : label;
}

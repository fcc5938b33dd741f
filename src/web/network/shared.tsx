// What the steps of the network map share: their props, names of contexts and catalogue options in
// the interface language, and ids for form fields.
import type { NetworkBlock } from '../../core/instrument/schema.ts';
import type { NetworkOp } from '../../core/network/edit.ts';
import type { Network, NetworkContact, NetworkContext } from '../../core/network/model.ts';
import { type Say, useSay } from '../instrument/text.ts';
import { SelectField } from '../ui/forms.tsx';

export interface StepProps {
  network: Network;
  catalogue: NetworkBlock;
  apply: (...ops: NetworkOp[]) => void;
  /** A short sentence for the page's polite status region ("JdV is toegevoegd"). */
  announce: (message: string) => void;
}

export type CatalogueList = ReadonlyArray<{ id: string; label: { nl: string; en?: string | undefined } }>;

export function contextName(context: NetworkContext, catalogue: NetworkBlock, say: Say): string {
  const entry = context.catalogueId
    ? catalogue.contexts.find((c) => c.id === context.catalogueId)
    : undefined;
  if (context.label && entry) return `${context.label} (${say(entry.label)})`;
  return context.label ?? (entry ? say(entry.label) : context.id);
}

export function optionLabel(list: CatalogueList | undefined, id: string | undefined, say: Say): string {
  if (id === undefined) return '';
  const entry = list?.find((o) => o.id === id);
  return entry ? say(entry.label) : id;
}

export function attributeOptions(catalogue: NetworkBlock, attribute: 'gender' | 'ageBand' | 'place') {
  return catalogue.attributes.find((a) => a.id === attribute)?.options ?? [];
}

/** Names in the interface language, bound to the catalogue. */
export function useNames(catalogue: NetworkBlock) {
  const { say, language } = useSay();
  return {
    say,
    language,
    context: (context: NetworkContext) => contextName(context, catalogue, say),
    option: (list: CatalogueList | undefined, id: string | undefined) => optionLabel(list, id, say),
  };
}

/** Contacts grouped as the candidate thinks of them: per context, then without one, then indirect. */
export function groupContacts(
  network: Network,
): Array<{ context: NetworkContext | null; direct: boolean; contacts: NetworkContact[] }> {
  const groups: Array<{ context: NetworkContext | null; direct: boolean; contacts: NetworkContact[] }> = [];
  for (const context of network.contexts) {
    groups.push({
      context,
      direct: true,
      contacts: network.contacts.filter((c) => c.direct && c.contexts.includes(context.id)),
    });
  }
  const loose = network.contacts.filter((c) => c.direct && c.contexts.length === 0);
  if (loose.length > 0) groups.push({ context: null, direct: true, contacts: loose });
  const indirect = network.contacts.filter((c) => !c.direct);
  if (indirect.length > 0) groups.push({ context: null, direct: false, contacts: indirect });
  return groups;
}

export function sortByLabel<T extends { label: string }>(items: readonly T[], language: string): T[] {
  return [...items].sort((a, b) => a.label.localeCompare(b.label, language));
}

/** A field id from parts (ids in the network are [A-Za-z0-9_-], safe in an id). */
export const fieldId = (...parts: string[]) => `nw-${parts.join('-')}`;

/** A labelled select of ids (contacts, contexts, catalogue options), with an empty first choice. */
export function OptionSelect<T extends { id: string }>({
  id,
  label,
  value,
  onValueChange,
  empty,
  options,
  text,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** The text of the empty choice ("Kies een contact"). */
  empty: string;
  options: readonly T[];
  text: (option: T) => string;
}) {
  return (
    <SelectField id={id} label={label} value={value} onValueChange={onValueChange}>
      <option value="">{empty}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {text(option)}
        </option>
      ))}
    </SelectField>
  );
}

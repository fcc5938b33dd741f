// Step 2: the people and organisations, by a label the candidate chooses. Quick add: a context
// chosen, type a label, Enter, and the field is empty again for the next one. A contact in several
// contexts wears "different hats". Also someone known only through a contact (direct: false) and
// a person's link with an organisation (owner, board, employee), which count at distance 2.
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newNetworkId } from '../../core/network/edit.ts';
import { type ContactKind, type NetworkContact, networkLimits } from '../../core/network/model.ts';
import { CheckboxGroup, RadioGroup } from '../ui/choices.tsx';
import { TextField } from '../ui/forms.tsx';
import { fieldId, groupContacts, OptionSelect, type StepProps, sortByLabel, useNames } from './shared.tsx';

export function ContactsStep(props: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('networkMap.contacts.intro')}</Paragraph>
      <section aria-labelledby="nw-privacy-title" className="weerbaar-calm">
        <Heading3 id="nw-privacy-title" className="weerbaar-calm__title">
          {t('networkMap.contacts.privacyTitle')}
        </Heading3>
        <UnorderedList>
          <UnorderedListItem>{t('networkMap.contacts.privacy1')}</UnorderedListItem>
          <UnorderedListItem>{t('networkMap.contacts.privacy2')}</UnorderedListItem>
          <UnorderedListItem>{t('networkMap.contacts.privacy3')}</UnorderedListItem>
        </UnorderedList>
      </section>
      <QuickAdd {...props} />
      <ContactList {...props} />
      <Indirect {...props} />
      <Memberships {...props} />
    </>
  );
}

function QuickAdd({ network, catalogue, apply, announce }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const [context, setContext] = useState(network.contexts[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ContactKind>('person');
  const [prompt, setPrompt] = useState('');
  const [error, setError] = useState<string | undefined>();
  const chosen = network.contexts.find((c) => c.id === context);

  const add = () => {
    const text = label.trim();
    if (!text) {
      setError(t('networkMap.contacts.emptyLabel'));
      return;
    }
    setError(undefined);
    apply({
      op: 'addContact',
      id: newNetworkId('k', (id) => network.contacts.some((c) => c.id === id)),
      label: text.slice(0, networkLimits.label),
      kind,
      contexts: chosen ? [chosen.id] : [],
      ...(prompt ? { prompts: [prompt] } : {}),
    });
    setLabel('');
    announce(
      chosen
        ? t('networkMap.contacts.addedIn', { label: text, group: names.context(chosen) })
        : t('networkMap.contacts.added', { label: text }),
    );
  };

  return (
    <section aria-labelledby="nw-quick-title" className="weerbaar-section weerbaar-network__add">
      <Heading3 id="nw-quick-title">{t('networkMap.contacts.quickTitle')}</Heading3>
      <FormFieldDescription>{t('networkMap.contacts.quickHelp')}</FormFieldDescription>
      <div className="weerbaar-network__fields">
        <OptionSelect
          id="nw-quick-context"
          label={t('networkMap.contacts.inContext')}
          value={chosen ? context : ''}
          onValueChange={setContext}
          empty={t('networkMap.contacts.noContext')}
          options={network.contexts}
          text={(c) => names.context(c)}
        />
        <OptionSelect
          id="nw-quick-prompt"
          label={t('networkMap.contacts.prompt')}
          value={prompt}
          onValueChange={setPrompt}
          empty={t('networkMap.contacts.noPrompt')}
          options={catalogue.tiePrompts}
          text={(p) => names.say(p.text)}
        />
      </div>
      <KindChoice id="nw-quick-kind" value={kind} onChange={setKind} />
      <TextField
        id="nw-quick-label"
        label={t('networkMap.contacts.label')}
        description={t('networkMap.contacts.labelHelp')}
        error={error}
        value={label}
        maxLength={networkLimits.label}
        autoComplete="off"
        onValueChange={setLabel}
        onKeyDown={onEnter(add)}
      />
      <ButtonGroup>
        <Button appearance="primary-action-button" type="button" onClick={add}>
          {t('networkMap.contacts.add')}
        </Button>
      </ButtonGroup>
      {catalogue.tiePrompts.length > 0 ? (
        <details className="weerbaar-details">
          <summary>{t('networkMap.contacts.promptsTitle')}</summary>
          <UnorderedList>
            {catalogue.tiePrompts.map((p) => (
              <UnorderedListItem key={p.id}>{names.say(p.text)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      ) : null}
    </section>
  );
}

function ContactList(props: StepProps) {
  const { network, catalogue } = props;
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const [editing, setEditing] = useState<string | null>(null);
  const groups = groupContacts(network).filter((g) => g.contacts.length > 0);
  return (
    <section aria-labelledby="nw-contacts-title" className="weerbaar-section">
      <Heading3 id="nw-contacts-title">
        {t('networkMap.contacts.list', { count: network.contacts.length })}
      </Heading3>
      {network.contacts.length === 0 ? <Paragraph>{t('networkMap.contacts.none')}</Paragraph> : null}
      {groups.map((group) => {
        const title = group.context
          ? names.context(group.context)
          : group.direct
            ? t('networkMap.contacts.withoutContext')
            : t('networkMap.contacts.indirectGroup');
        const key = group.context?.id ?? (group.direct ? 'loose' : 'indirect');
        return (
          <div key={key} className="weerbaar-network__group">
            <p className="weerbaar-network__group-title">
              <strong>{title}</strong> <span className="weerbaar-muted">({group.contacts.length})</span>
            </p>
            <ul className="weerbaar-network__contacts">
              {sortByLabel(group.contacts, names.language).map((contact) => (
                <ContactRow
                  key={contact.id}
                  {...props}
                  contact={contact}
                  here={group.context?.id ?? null}
                  editing={editing === `${key}:${contact.id}`}
                  onEdit={(on) => setEditing(on ? `${key}:${contact.id}` : null)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ContactRow({
  network,
  catalogue,
  apply,
  announce,
  contact,
  here,
  editing,
  onEdit,
}: StepProps & {
  contact: NetworkContact;
  here: string | null;
  editing: boolean;
  onEdit: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const editButton = useRef<HTMLButtonElement>(null);
  const others = contact.contexts
    .filter((c) => c !== here)
    .map((id) => network.contexts.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => names.context(c));
  const via = contact.direct
    ? []
    : network.ties
        .filter((tie) => tie.a === contact.id || tie.b === contact.id)
        .map((tie) => network.contacts.find((c) => c.id === (tie.a === contact.id ? tie.b : tie.a))?.label)
        .filter((l): l is string => Boolean(l));
  const base = `${here ?? 'x'}-${contact.id}`;
  return (
    <li className="weerbaar-network__contact">
      <div className="weerbaar-network__contact-line">
        <span>
          <span className="weerbaar-network__contact-label">{contact.label}</span>{' '}
          <span className="weerbaar-muted">
            ({t(`networkMap.contacts.${contact.kind}`)}
            {others.length > 0 ? `; ${t('networkMap.contacts.hats', { contexts: others.join(', ') })}` : ''}
            {via.length > 0 ? `; ${t('networkMap.contacts.viaNote', { names: via.join(', ') })}` : ''})
          </span>
        </span>
        <Button
          ref={editButton}
          appearance="subtle-button"
          type="button"
          aria-expanded={editing}
          onClick={() => onEdit(!editing)}
        >
          {t('networkMap.contacts.edit', { label: contact.label })}
        </Button>
      </div>
      {editing ? (
        <div className="weerbaar-network__edit">
          <TextField
            id={fieldId('c', base, 'label')}
            label={t('networkMap.contacts.label')}
            value={contact.label}
            maxLength={networkLimits.label}
            autoComplete="off"
            onValueChange={(label) => apply({ op: 'updateContact', id: contact.id, label })}
          />
          <KindChoice
            id={fieldId('c', base, 'kind')}
            value={contact.kind}
            onChange={(kind) => apply({ op: 'updateContact', id: contact.id, kind })}
          />
          {contact.direct && network.contexts.length > 0 ? (
            <CheckboxGroup
              id={fieldId('c', base, 'contexts')}
              legend={t('networkMap.contacts.contexts', { label: contact.label })}
              choices={network.contexts.map((c) => ({ value: c.id, label: names.context(c) }))}
              values={contact.contexts}
              onValuesChange={(values) => {
                for (const id of values)
                  if (!contact.contexts.includes(id))
                    apply({ op: 'addToContext', ids: [contact.id], context: id });
                for (const id of contact.contexts)
                  if (!values.includes(id))
                    apply({ op: 'removeFromContext', ids: [contact.id], context: id });
              }}
            />
          ) : null}
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                onEdit(false);
                window.setTimeout(() => editButton.current?.focus(), 0);
              }}
            >
              {t('networkMap.contacts.done')}
            </Button>
            <Button
              appearance="subtle-button"
              type="button"
              onClick={() => {
                apply({ op: 'removeContact', id: contact.id });
                announce(t('networkMap.contacts.removed', { label: contact.label }));
                onEdit(false);
                window.setTimeout(() => document.getElementById('nw-quick-label')?.focus(), 0);
              }}
            >
              {t('networkMap.contacts.remove', { label: contact.label })}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
    </li>
  );
}

function Indirect({ network, catalogue, apply, announce }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const direct = sortByLabel(
    network.contacts.filter((c) => c.direct),
    names.language,
  );
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ContactKind>('person');
  const [via, setVia] = useState('');
  const [error, setError] = useState<string | undefined>();
  if (direct.length === 0) return null;
  const viaContact = direct.find((c) => c.id === via);
  const add = () => {
    const text = label.trim();
    if (!text || !viaContact) {
      setError(!text ? t('networkMap.contacts.emptyLabel') : undefined);
      if (text && !viaContact) document.getElementById('nw-indirect-via')?.focus();
      return;
    }
    setError(undefined);
    const id = newNetworkId('k', (x) => network.contacts.some((c) => c.id === x));
    apply(
      { op: 'addContact', id, label: text, kind, direct: false },
      { op: 'addTie', a: viaContact.id, b: id },
    );
    setLabel('');
    announce(t('networkMap.contacts.indirectAdded', { label: text, via: viaContact.label }));
  };
  return (
    <section aria-labelledby="nw-indirect-title" className="weerbaar-section weerbaar-network__add">
      <Heading3 id="nw-indirect-title">{t('networkMap.contacts.indirectTitle')}</Heading3>
      <FormFieldDescription>{t('networkMap.contacts.indirectHelp')}</FormFieldDescription>
      <div className="weerbaar-network__fields">
        <ContactSelect
          id="nw-indirect-via"
          label={t('networkMap.contacts.via')}
          value={via}
          onValueChange={setVia}
          options={direct}
        />
        <TextField
          id="nw-indirect-label"
          label={t('networkMap.contacts.label')}
          error={error}
          value={label}
          maxLength={networkLimits.label}
          autoComplete="off"
          onValueChange={setLabel}
          onKeyDown={onEnter(add)}
        />
      </div>
      <KindChoice id="nw-indirect-kind" value={kind} onChange={setKind} />
      <ButtonGroup>
        <Button appearance="secondary-action-button" type="button" onClick={add}>
          {t('networkMap.contacts.indirectAdd')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

function Memberships({ network, catalogue, apply }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const persons = sortByLabel(
    network.contacts.filter((c) => c.kind === 'person'),
    names.language,
  );
  const organisations = sortByLabel(
    network.contacts.filter((c) => c.kind === 'organisation'),
    names.language,
  );
  const [person, setPerson] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const label = (id: string) => network.contacts.find((c) => c.id === id)?.label ?? '';
  const ready = persons.some((p) => p.id === person) && organisations.some((o) => o.id === organisation);
  return (
    <section aria-labelledby="nw-members-title" className="weerbaar-section weerbaar-network__add">
      <Heading3 id="nw-members-title">{t('networkMap.contacts.membershipTitle')}</Heading3>
      <FormFieldDescription>{t('networkMap.contacts.membershipHelp')}</FormFieldDescription>
      {persons.length === 0 || organisations.length === 0 ? (
        <Paragraph>{t('networkMap.contacts.membershipNeedsBoth')}</Paragraph>
      ) : (
        <Fieldset>
          <FieldsetLegend className="weerbaar-visually-hidden">
            {t('networkMap.contacts.membershipTitle')}
          </FieldsetLegend>
          <div className="weerbaar-network__fields">
            <ContactSelect
              id="nw-member-person"
              label={t('networkMap.contacts.membershipPerson')}
              value={person}
              onValueChange={setPerson}
              options={persons}
            />
            <ContactSelect
              id="nw-member-organisation"
              label={t('networkMap.contacts.membershipOrganisation')}
              value={organisation}
              onValueChange={setOrganisation}
              options={organisations}
            />
            <OptionSelect
              id="nw-member-role"
              label={t('networkMap.contacts.membershipRole')}
              value={role}
              onValueChange={setRole}
              empty={t('networkMap.contexts.noRole')}
              options={catalogue.contextRoles}
              text={(r) => names.say(r.label)}
            />
          </div>
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              type="button"
              disabled={!ready}
              onClick={() => apply({ op: 'addMembership', person, organisation, ...(role ? { role } : {}) })}
            >
              {t('networkMap.contacts.membershipAdd')}
            </Button>
          </ButtonGroup>
        </Fieldset>
      )}
      {network.memberships.length > 0 ? (
        <>
          <p className="weerbaar-network__group-title">
            <strong>{t('networkMap.contacts.memberships')}</strong>
          </p>
          <ul className="weerbaar-network__contacts">
            {network.memberships.map((m) => {
              const words = { person: label(m.person), organisation: label(m.organisation) };
              return (
                <li key={`${m.person}-${m.organisation}`} className="weerbaar-network__contact-line">
                  <span>
                    {t('networkMap.contacts.membershipLine', words)}
                    {m.role ? ` (${names.option(catalogue.contextRoles, m.role)})` : ''}
                  </span>
                  <Button
                    appearance="subtle-button"
                    type="button"
                    onClick={() =>
                      apply({ op: 'removeMembership', person: m.person, organisation: m.organisation })
                    }
                  >
                    {t('networkMap.contacts.membershipRemove', words)}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Enter in a one-line field adds, as the button beside it does (the form is not sent). */
function onEnter(add: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
}

/** Person or organisation: the choice every way of adding or describing a contact asks. */
function KindChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ContactKind;
  onChange: (kind: ContactKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      legend={t('networkMap.contacts.kind')}
      className="weerbaar-network__inline-choices"
      choices={[
        { value: 'person', label: t('networkMap.contacts.person') },
        { value: 'organisation', label: t('networkMap.contacts.organisation') },
      ]}
      value={value}
      onValueChange={(chosen) => onChange(chosen as ContactKind)}
    />
  );
}

/** One of the candidate's contacts, by label. */
function ContactSelect({
  id,
  label,
  value,
  onValueChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange: (id: string) => void;
  options: readonly NetworkContact[];
}) {
  const { t } = useTranslation();
  return (
    <OptionSelect
      id={id}
      label={label}
      value={value}
      onValueChange={onValueChange}
      empty={t('networkMap.contacts.chooseContact')}
      options={options}
      text={(c) => c.label}
    />
  );
}

// Step 3: describing contacts "bin-style": tick several contacts, choose one thing (relation,
// closeness, frequency, sector, business with the organisation, dependence, gender, age band,
// place) and a value, and apply it to all of them at once. Each contact shows what is still
// open; describing is optional and never blocks anything.
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactAttribute,
  directOnlyAttributes,
  type NetworkOp,
  personOnlyAttributes,
  undescribed,
} from '../../core/network/edit.ts';
import {
  type DependenceDirection,
  dependenceDirections,
  type NetworkContact,
} from '../../core/network/model.ts';
import { SelectField } from '../ui/forms.tsx';
import {
  attributeOptions,
  fieldId,
  groupContacts,
  type StepProps,
  sortByLabel,
  useNames,
} from './shared.tsx';

type Which = ContactAttribute | 'dependence';
const WHICH: readonly Which[] = [
  'relation',
  'closeness',
  'frequency',
  'sector',
  'business',
  'dependence',
  'gender',
  'ageBand',
  'place',
];

export function DescribeStep({ network, catalogue, apply }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [which, setWhich] = useState<Which>('relation');
  const [value, setValue] = useState('');
  const [depKind, setDepKind] = useState(catalogue.dependences[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const asked = new Set(catalogue.attributes.map((a) => a.id));
  const offered = WHICH.filter(
    (w) => !['gender', 'ageBand', 'place'].includes(w) || asked.has(w as 'gender'),
  );
  const live = new Set(network.contacts.map((c) => c.id));
  const chosen = [...selected].filter((id) => live.has(id));

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
  };

  const options = (): Array<{ id: string; label: string }> => {
    switch (which) {
      case 'relation':
        return catalogue.relations.map((o) => ({ id: o.id, label: names.say(o.label) }));
      case 'frequency':
        return catalogue.frequencies.map((o) => ({ id: o.id, label: names.say(o.label) }));
      case 'sector':
        return catalogue.sectors.map((o) => ({
          id: o.id,
          label: o.sensitive
            ? `${names.say(o.label)} (${t('networkMap.describe.sensitive')})`
            : names.say(o.label),
        }));
      case 'closeness':
        return (['1', '2', '3', '4', '5'] as const).map((n) => ({
          id: n,
          label: t(`networkMap.describe.closeness.${n}`),
        }));
      case 'business':
        return (['ja', 'nee', 'onbekend'] as const).map((b) => ({
          id: b,
          label: t(`networkMap.describe.business.${b}`),
        }));
      case 'dependence':
        return [...dependenceDirections, 'none' as const].map((d) => ({
          id: d,
          label: t(`networkMap.describe.directions.${d}`),
        }));
      default:
        return attributeOptions(catalogue, which).map((o) => ({ id: o.id, label: names.say(o.label) }));
    }
  };

  const fits = (contact: NetworkContact) => {
    if (which === 'dependence') return contact.direct;
    if (contact.kind === 'organisation' && personOnlyAttributes.includes(which)) return false;
    if (!contact.direct && directOnlyAttributes.includes(which)) return false;
    return true;
  };

  const applyNow = () => {
    if (chosen.length === 0) {
      setMessage(t('networkMap.describe.chooseFirst'));
      return;
    }
    const contacts = network.contacts.filter((c) => chosen.includes(c.id));
    const fitting = contacts.filter(fits).length;
    let op: NetworkOp;
    if (which === 'dependence') {
      op = {
        op: 'setDependence',
        ids: chosen,
        kind: depKind,
        direction: value === '' || value === 'none' ? null : (value as DependenceDirection),
      };
    } else {
      const v = value === '' ? null : which === 'closeness' ? Number(value) : value;
      op = { op: 'setAttribute', ids: chosen, attribute: which, value: v };
    }
    apply(op);
    const skipped = contacts.length - fitting;
    const text = [
      t('networkMap.describe.applied', { count: fitting }),
      skipped > 0 ? t('networkMap.describe.skipped', { count: skipped }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    setMessage(text);
  };

  const attrLabel = (a: Which) => t(`networkMap.describe.attributes.${a}`);
  const describeTodo = (contact: NetworkContact) => {
    const open = undescribed(contact).filter((a) => offered.includes(a));
    if (contact.direct && !contact.dependences) open.push('dependence' as ContactAttribute);
    return open;
  };
  const groups = groupContacts(network).filter((g) => g.contacts.length > 0);
  const shown = new Set<string>();

  return (
    <>
      <Paragraph>{t('networkMap.describe.intro')}</Paragraph>
      <div className="weerbaar-network__bin">
        <div className="weerbaar-network__bin-set">
          <div className="weerbaar-network__fields">
            <SelectField
              id="nw-describe-which"
              label={t('networkMap.describe.attribute')}
              value={which}
              onValueChange={(w) => {
                setWhich(w as Which);
                setValue('');
                setMessage(null);
              }}
            >
              {offered.map((w) => (
                <option key={w} value={w}>
                  {attrLabel(w)}
                </option>
              ))}
            </SelectField>
            {which === 'dependence' ? (
              <SelectField
                id="nw-describe-dep-kind"
                label={t('networkMap.describe.dependenceKind')}
                value={depKind}
                onValueChange={setDepKind}
              >
                {catalogue.dependences.map((d) => (
                  <option key={d.id} value={d.id}>
                    {names.say(d.label)}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <SelectField
              id="nw-describe-value"
              label={which === 'dependence' ? t('networkMap.describe.dependenceDirection') : attrLabel(which)}
              description={
                which === 'sector'
                  ? t('networkMap.describe.sensitiveNote')
                  : personOnlyAttributes.includes(which as ContactAttribute)
                    ? t('networkMap.describe.personOnly')
                    : undefined
              }
              value={value}
              onValueChange={setValue}
            >
              <option value="">{t('networkMap.describe.clear')}</option>
              {options().map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </SelectField>
          </div>
          <ButtonGroup>
            <Button appearance="primary-action-button" type="button" onClick={applyNow}>
              {t('networkMap.describe.apply', { count: chosen.length })}
            </Button>
          </ButtonGroup>
          <p className="weerbaar-network__bin-message" role="status">
            {message}
          </p>
        </div>

        <Fieldset className="weerbaar-network__bin-list">
          <FieldsetLegend className="weerbaar-choices__legend">
            {t('networkMap.describe.select')}{' '}
            <span className="weerbaar-muted">
              ({t('networkMap.describe.selected', { count: chosen.length })})
            </span>
          </FieldsetLegend>
          <ButtonGroup>
            <Button
              appearance="subtle-button"
              type="button"
              onClick={() =>
                toggle(
                  network.contacts.map((c) => c.id),
                  true,
                )
              }
            >
              {t('networkMap.describe.selectAll')}
            </Button>
            <Button appearance="subtle-button" type="button" onClick={() => setSelected(new Set())}>
              {t('networkMap.describe.selectNone')}
            </Button>
          </ButtonGroup>
          {groups.map((group) => {
            const title = group.context
              ? names.context(group.context)
              : group.direct
                ? t('networkMap.contacts.withoutContext')
                : t('networkMap.contacts.indirectGroup');
            // A contact in several contexts is listed once, in the first.
            const contacts = sortByLabel(
              group.contacts.filter((c) => !shown.has(c.id)),
              names.language,
            );
            for (const c of contacts) shown.add(c.id);
            if (contacts.length === 0) return null;
            const key = group.context?.id ?? (group.direct ? 'loose' : 'indirect');
            return (
              <div key={key} className="weerbaar-network__group">
                <div className="weerbaar-network__contact-line">
                  <p className="weerbaar-network__group-title">
                    <strong>{title}</strong>
                  </p>
                  {group.context ? (
                    <Button
                      appearance="subtle-button"
                      type="button"
                      onClick={() =>
                        toggle(
                          group.contacts.map((c) => c.id),
                          true,
                        )
                      }
                    >
                      {t('networkMap.describe.selectContext', { group: title })}
                    </Button>
                  ) : null}
                </div>
                <ul className="weerbaar-network__contacts">
                  {contacts.map((contact) => {
                    const id = fieldId('pick-contact', contact.id);
                    const open = describeTodo(contact);
                    return (
                      <li key={contact.id}>
                        <FormField type="checkbox">
                          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                            <FormLabel type="checkbox" htmlFor={id} checked={selected.has(contact.id)}>
                              <Checkbox
                                id={id}
                                className="utrecht-form-field__input"
                                checked={selected.has(contact.id)}
                                aria-describedby={`${id}-todo`}
                                onChange={(event) => toggle([contact.id], event.target.checked)}
                              />{' '}
                              {contact.label}
                            </FormLabel>
                          </div>
                          <FormFieldDescription id={`${id}-todo`} className="weerbaar-network__todo">
                            <Described contact={contact} catalogue={catalogue} />
                            {open.length > 0
                              ? t('networkMap.describe.todo', { list: open.map(attrLabel).join(', ') })
                              : t('networkMap.describe.complete')}
                          </FormFieldDescription>
                        </FormField>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </Fieldset>
      </div>
    </>
  );
}

/** What is described of a contact, in words ("vriend, 4, horeca (gevoelig)"). */
function Described({ contact, catalogue }: Pick<StepProps, 'catalogue'> & { contact: NetworkContact }) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const parts: string[] = [];
  if (contact.relation) parts.push(names.option(catalogue.relations, contact.relation));
  if (contact.closeness !== undefined)
    parts.push(`${t('networkMap.describe.attributes.closeness')} ${contact.closeness}`);
  if (contact.frequency) parts.push(names.option(catalogue.frequencies, contact.frequency));
  if (contact.sector) {
    const sector = catalogue.sectors.find((s) => s.id === contact.sector);
    const label = names.option(catalogue.sectors, contact.sector);
    parts.push(sector?.sensitive ? `${label} (${t('networkMap.describe.sensitive')})` : label);
  }
  if (contact.business)
    parts.push(
      `${t('networkMap.describe.attributes.business')}: ${t(`networkMap.describe.business.${contact.business}`)}`,
    );
  for (const d of contact.dependences ?? [])
    parts.push(
      `${t('networkMap.describe.attributes.dependence')} ${names.option(catalogue.dependences, d.kind)}: ${t(`networkMap.describe.directions.${d.direction}`)}`,
    );
  for (const a of ['gender', 'ageBand', 'place'] as const)
    if (contact[a]) parts.push(names.option(attributeOptions(catalogue, a), contact[a]));
  if (parts.length === 0) return null;
  return <span className="weerbaar-network__described">{parts.join(' · ')}. </span>;
}

// Step 1: the networks (contexts) the candidate moves in — picked from the instrument's list
// (private / work and interests) or named by the candidate — with their role and the interests
// each has with the organisation; and the candidate's own attributes, the reference point for
// "people like you".
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newNetworkId } from '../../core/network/edit.ts';
import { type EgoAttributes, networkLimits } from '../../core/network/model.ts';
import { CheckboxGroup } from '../ui/choices.tsx';
import { CheckboxField, SelectField, TextField } from '../ui/forms.tsx';
import { attributeOptions, fieldId, OptionSelect, type StepProps, useNames } from './shared.tsx';

export function ContextsStep({ network, catalogue, apply, announce }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const [ownName, setOwnName] = useState('');
  const [ownPrivate, setOwnPrivate] = useState(false);
  const [ownError, setOwnError] = useState<string | undefined>();

  const taken = (id: string) => network.contexts.some((c) => c.id === id);
  const picked = (catalogueId: string) =>
    network.contexts.find((c) => c.catalogueId === catalogueId && !c.label);

  const toggle = (catalogueId: string, on: boolean) => {
    const entry = catalogue.contexts.find((c) => c.id === catalogueId);
    const name = entry ? names.say(entry.label) : catalogueId;
    if (on) {
      apply({ op: 'addContext', id: newNetworkId('x', taken), catalogueId });
      announce(t('networkMap.contexts.added', { name }));
    } else {
      const context = picked(catalogueId) ?? network.contexts.find((c) => c.catalogueId === catalogueId);
      if (context) apply({ op: 'removeContext', id: context.id });
      announce(t('networkMap.contexts.removed', { name }));
    }
  };

  const addOwn = () => {
    const name = ownName.trim();
    if (!name) {
      setOwnError(t('networkMap.contexts.ownNameHelp'));
      return;
    }
    setOwnError(undefined);
    apply({ op: 'addContext', id: newNetworkId('x', taken), label: name, private: ownPrivate });
    setOwnName('');
    announce(t('networkMap.contexts.added', { name }));
  };

  const onOwnKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addOwn();
    }
  };

  const groups = [
    {
      key: 'private',
      title: t('networkMap.contexts.private'),
      list: catalogue.contexts.filter((c) => c.private),
    },
    { key: 'work', title: t('networkMap.contexts.work'), list: catalogue.contexts.filter((c) => !c.private) },
  ];

  return (
    <>
      <Paragraph>{t('networkMap.contexts.intro')}</Paragraph>
      <div className="weerbaar-network__pick">
        {groups.map((group) => (
          <Fieldset key={group.key} className="weerbaar-network__pick-group">
            <FieldsetLegend className="weerbaar-choices__legend">{group.title}</FieldsetLegend>
            {group.list.map((entry) => (
              <CheckboxField
                key={entry.id}
                id={fieldId('pick', entry.id)}
                label={names.say(entry.label)}
                description={entry.help ? names.say(entry.help) : undefined}
                checked={network.contexts.some((c) => c.catalogueId === entry.id)}
                onCheckedChange={(on) => toggle(entry.id, on)}
              />
            ))}
          </Fieldset>
        ))}
      </div>

      <section aria-labelledby="nw-own-title" className="weerbaar-section weerbaar-network__add">
        <Heading3 id="nw-own-title">{t('networkMap.contexts.ownTitle')}</Heading3>
        <TextField
          id="nw-own-name"
          label={t('networkMap.contexts.ownName')}
          description={t('networkMap.contexts.ownNameHelp')}
          error={ownError}
          value={ownName}
          maxLength={networkLimits.contextLabel}
          autoComplete="off"
          onValueChange={setOwnName}
          onKeyDown={onOwnKey}
        />
        <CheckboxField
          id="nw-own-private"
          label={t('networkMap.contexts.ownPrivate')}
          checked={ownPrivate}
          onCheckedChange={setOwnPrivate}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="button" onClick={addOwn}>
            {t('networkMap.contexts.add')}
          </Button>
        </ButtonGroup>
      </section>

      <section aria-labelledby="nw-yours-title" className="weerbaar-section">
        <Heading3 id="nw-yours-title">
          {t('networkMap.contexts.yours', { count: network.contexts.length })}
        </Heading3>
        {network.contexts.length === 0 ? <Paragraph>{t('networkMap.contexts.none')}</Paragraph> : null}
        <ul className="weerbaar-network__list">
          {network.contexts.map((context) => {
            const name = names.context(context);
            const members = network.contacts.filter((c) => c.contexts.includes(context.id)).length;
            return (
              <li key={context.id}>
                <details className="weerbaar-details weerbaar-network__context">
                  <summary>
                    {name}{' '}
                    <span className="weerbaar-muted">
                      ({t('networkMap.contexts.members', { count: members })}
                      {context.interests.length > 0
                        ? `, ${context.interests.map((i) => names.option(catalogue.interests, i)).join(', ')}`
                        : ''}
                      )
                    </span>
                  </summary>
                  <div className="weerbaar-network__context-body">
                    {context.catalogueId ? (
                      <TextField
                        id={fieldId('ctx', context.id, 'name')}
                        label={t('networkMap.contexts.name')}
                        description={t('networkMap.contexts.nameHelp')}
                        value={context.label ?? ''}
                        maxLength={networkLimits.contextLabel}
                        autoComplete="off"
                        onValueChange={(label) =>
                          apply({ op: 'updateContext', id: context.id, label: label || null })
                        }
                      />
                    ) : (
                      <TextField
                        id={fieldId('ctx', context.id, 'name')}
                        label={t('networkMap.contexts.ownName')}
                        value={context.label ?? ''}
                        maxLength={networkLimits.contextLabel}
                        autoComplete="off"
                        onValueChange={(label) => apply({ op: 'updateContext', id: context.id, label })}
                      />
                    )}
                    <SelectField
                      id={fieldId('ctx', context.id, 'role')}
                      label={t('networkMap.contexts.role')}
                      value={context.role ?? ''}
                      onValueChange={(role) =>
                        apply({ op: 'updateContext', id: context.id, role: role || null })
                      }
                    >
                      <option value="">{t('networkMap.contexts.noRole')}</option>
                      {catalogue.contextRoles.map((role) => (
                        <option key={role.id} value={role.id}>
                          {names.say(role.label)}
                        </option>
                      ))}
                    </SelectField>
                    <CheckboxGroup
                      id={fieldId('ctx', context.id, 'interests')}
                      legend={t('networkMap.contexts.interests')}
                      description={t('networkMap.contexts.interestsHelp')}
                      choices={catalogue.interests.map((i) => ({ value: i.id, label: names.say(i.label) }))}
                      values={context.interests}
                      onValuesChange={(interests) =>
                        apply({ op: 'updateContext', id: context.id, interests })
                      }
                    />
                    <ButtonGroup>
                      <Button
                        appearance="subtle-button"
                        type="button"
                        onClick={() => {
                          apply({ op: 'removeContext', id: context.id });
                          announce(t('networkMap.contexts.removed', { name }));
                        }}
                      >
                        {t('networkMap.contexts.remove', { name })}
                      </Button>
                    </ButtonGroup>
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <EgoPart {...{ network, catalogue, apply, announce }} />
    </>
  );
}

function EgoPart({ network, catalogue, apply }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const set = (attribute: keyof EgoAttributes, value: string) =>
    apply({ op: 'setEgo', attribute, value: value || null });
  const asked = new Set(catalogue.attributes.map((a) => a.id));
  return (
    <section aria-labelledby="nw-ego-title" className="weerbaar-section weerbaar-calm">
      <Heading2 id="nw-ego-title" className="weerbaar-calm__title">
        {t('networkMap.ego.title')}
      </Heading2>
      <FormFieldDescription>{t('networkMap.ego.intro')}</FormFieldDescription>
      <div className="weerbaar-network__fields">
        {(['gender', 'ageBand', 'place'] as const)
          .filter((a) => asked.has(a))
          .map((attribute) => (
            <SelectField
              key={attribute}
              id={fieldId('ego', attribute)}
              label={t(`networkMap.ego.${attribute}`)}
              value={network.ego[attribute] ?? ''}
              onValueChange={(value) => set(attribute, value)}
            >
              <option value="">{t('networkMap.ego.empty')}</option>
              {attributeOptions(catalogue, attribute).map((o) => (
                <option key={o.id} value={o.id}>
                  {names.say(o.label)}
                </option>
              ))}
            </SelectField>
          ))}
        <OptionSelect
          id={fieldId('ego', 'sector')}
          label={t('networkMap.ego.sector')}
          value={network.ego.sector ?? ''}
          onValueChange={(value) => set('sector', value)}
          empty={t('networkMap.ego.empty')}
          options={catalogue.sectors}
          text={(s) => names.say(s.label)}
        />
      </div>
    </section>
  );
}

// Step 4: who knows whom, the keyboard and screen-reader way: choose one contact, then tick whom
// they know in a list grouped by context (unticking removes the tie); per context a shortcut
// "everyone here knows each other". No pair-by-pair census. The drawing (step 5) offers the
// pointer way.
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/forms.tsx';
import { fieldId, groupContacts, type StepProps, sortByLabel, useNames } from './shared.tsx';

export function TiesStep({ network, catalogue, apply, announce }: StepProps) {
  const { t } = useTranslation();
  const names = useNames(catalogue);
  const [chosen, setChosen] = useState('');
  const contact = network.contacts.find((c) => c.id === chosen);
  const knows = new Set(
    network.ties
      .filter((tie) => tie.a === chosen || tie.b === chosen)
      .map((tie) => (tie.a === chosen ? tie.b : tie.a)),
  );
  const all = sortByLabel(network.contacts, names.language);
  const shown = new Set<string>();

  return (
    <>
      <Paragraph>{t('networkMap.ties.intro')}</Paragraph>
      <Paragraph className="weerbaar-muted">
        {t('networkMap.ties.count', { count: network.ties.length })}
      </Paragraph>
      <SelectField
        id="nw-ties-contact"
        label={t('networkMap.ties.choose')}
        value={chosen}
        onValueChange={setChosen}
      >
        <option value="">{t('networkMap.ties.chooseNone')}</option>
        {all.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </SelectField>

      {contact ? (
        <Fieldset className="weerbaar-network__ties" aria-describedby="nw-ties-help">
          <FieldsetLegend className="weerbaar-choices__legend">
            {t('networkMap.ties.knows', { label: contact.label })}
          </FieldsetLegend>
          <FormFieldDescription id="nw-ties-help">
            {t('networkMap.ties.knowsHelp', { label: contact.label })}
          </FormFieldDescription>
          {groupContacts(network).map((group) => {
            const others = sortByLabel(
              group.contacts.filter((c) => c.id !== contact.id && !shown.has(c.id)),
              names.language,
            );
            for (const c of others) shown.add(c.id);
            if (others.length === 0) return null;
            const title = group.context
              ? names.context(group.context)
              : group.direct
                ? t('networkMap.contacts.withoutContext')
                : t('networkMap.contacts.indirectGroup');
            return (
              <div
                key={group.context?.id ?? (group.direct ? 'loose' : 'indirect')}
                className="weerbaar-network__group"
              >
                <p className="weerbaar-network__group-title">
                  <strong>{title}</strong>
                </p>
                <ul className="weerbaar-network__contacts weerbaar-network__contacts--columns">
                  {others.map((other) => {
                    const id = fieldId('tie', other.id);
                    const on = knows.has(other.id);
                    return (
                      <li key={other.id}>
                        <FormField type="checkbox">
                          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                            <FormLabel type="checkbox" htmlFor={id} checked={on}>
                              <Checkbox
                                id={id}
                                className="utrecht-form-field__input"
                                checked={on}
                                onChange={(event) =>
                                  apply(
                                    event.target.checked
                                      ? { op: 'addTie', a: contact.id, b: other.id }
                                      : { op: 'removeTie', a: contact.id, b: other.id },
                                  )
                                }
                              />{' '}
                              {other.label}
                            </FormLabel>
                          </div>
                        </FormField>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </Fieldset>
      ) : null}

      <section aria-labelledby="nw-ties-shortcut" className="weerbaar-section">
        <Heading3 id="nw-ties-shortcut">{t('networkMap.ties.shortcutTitle')}</Heading3>
        <Paragraph>{t('networkMap.ties.shortcutHelp')}</Paragraph>
        <ButtonGroup className="weerbaar-network__shortcuts">
          {network.contexts
            .filter((c) => network.contacts.filter((k) => k.direct && k.contexts.includes(c.id)).length >= 2)
            .map((c) => {
              const name = names.context(c);
              return (
                <Button
                  key={c.id}
                  appearance="secondary-action-button"
                  type="button"
                  onClick={() => {
                    apply({ op: 'connectContext', context: c.id });
                    announce(t('networkMap.ties.connected', { group: name }));
                  }}
                >
                  {t('networkMap.ties.connect', { group: name })}
                </Button>
              );
            })}
        </ButtonGroup>
        <Paragraph className="weerbaar-muted">{t('networkMap.ties.canvasHint')}</Paragraph>
      </section>
    </>
  );
}

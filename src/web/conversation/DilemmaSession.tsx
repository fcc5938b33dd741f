// /dilemmakaarten — dilemma cards for a group on a shared screen; public, no sign-in. First the
// group chooses an audience and themes; then a presenter view with one large card at a time:
// next and previous by buttons or keys (arrows, space, Home, End), the position ("kaart 3 van
// 12"), the questions shown on demand, and full screen. The cards come from a public GET route;
// the choices live only in this page's memory: nothing is stored in the browser and nothing is sent.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dilemma } from '../../core/conversation/schema.ts';
import { call } from '../client.ts';
import type { DilemmaCards } from '../contract.ts';
import { useSay } from '../instrument/text.ts';
import { CheckboxGroup, RadioGroup } from '../ui/choices.tsx';
import { AppLink } from '../ui/links.tsx';
import { PAGE_TITLE_ID, PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import { DilemmaCard } from './DilemmaCard.tsx';
import './conversation.css';

const ALL = 'alle';

export function DilemmaSession() {
  const { t } = useTranslation();
  const load = useResource(() => call('conversation.dilemmas'), []);

  if (load.status !== 'ready') {
    return (
      <>
        <PageTitle>{t('conversation.session.title')}</PageTitle>
        <ResourceView resource={load} />
      </>
    );
  }
  return <Session cards={load.data} />;
}

export function selectCards(cards: DilemmaCards, audience: string, themes: readonly string[]): Dilemma[] {
  return cards.dilemmas.filter(
    (d) =>
      (audience === ALL || d.audiences.includes(audience)) &&
      (themes.length === 0 || d.themes.some((th) => themes.includes(th))),
  );
}

function Session({ cards }: { cards: DilemmaCards }) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [audience, setAudience] = useState(ALL);
  const [themes, setThemes] = useState<string[]>([]);
  const [deck, setDeck] = useState<Dilemma[] | null>(null);
  const selected = useMemo(() => selectCards(cards, audience, themes), [cards, audience, themes]);
  const titles = useMemo(() => new Map(cards.themes.map((th) => [th.id, say(th.title)])), [cards, say]);

  // A new step is a new page: focus its heading.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [deck === null]);

  if (deck) {
    return <Presenter deck={deck} themeTitle={(id) => titles.get(id) ?? id} onChange={() => setDeck(null)} />;
  }

  return (
    <>
      <PageTitle>{t('conversation.session.title')}</PageTitle>
      <Paragraph lead>{t('conversation.session.lead')}</Paragraph>
      <section className="weerbaar-calm" aria-label={t('conversation.session.privacy')}>
        <Paragraph>{t('conversation.session.privacy')}</Paragraph>
      </section>
      <Paragraph>
        <AppLink to="/ondermijning-herkennen">{t('handreiking.ondermijning.link')}</AppLink>
      </Paragraph>
      <form
        noValidate
        className="weerbaar-session__setup"
        onSubmit={(event) => {
          event.preventDefault();
          if (selected.length > 0) setDeck(selected);
        }}
      >
        <RadioGroup
          id="session-audience"
          legend={t('conversation.session.audienceLegend')}
          value={audience}
          onValueChange={setAudience}
          choices={[
            { value: ALL, label: t('conversation.session.audienceAll') },
            ...cards.audiences.map((a) => ({ value: a.id, label: say(a.label) })),
          ]}
        />
        <CheckboxGroup
          id="session-themes"
          legend={t('conversation.session.themesLegend')}
          values={themes}
          onValuesChange={setThemes}
          className="weerbaar-session__themes"
          choices={cards.themes.map((th) => ({ value: th.id, label: say(th.title) }))}
        />
        <div role="status" aria-live="polite" className="weerbaar-session__count">
          {selected.length > 0 ? (
            <Paragraph>{t('conversation.session.count', { count: selected.length })}</Paragraph>
          ) : (
            <Alert type="warning" role="presentation">
              <Paragraph>{t('conversation.session.none')}</Paragraph>
            </Alert>
          )}
        </div>
        <ButtonGroup className="weerbaar-steps">
          <Button appearance="primary-action-button" type="submit" disabled={selected.length === 0}>
            {t('conversation.session.start')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Keys that a focused control handles itself (a button takes space and enter). */
function controlHandles(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  return (tag === 'BUTTON' || tag === 'A') && (key === ' ' || key === 'Enter');
}

function Presenter({
  deck,
  themeTitle,
  onChange,
}: {
  deck: Dilemma[];
  themeTitle: (id: string) => string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const { say } = useSay();
  const [index, setIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const count = deck.length;
  const card = deck[index];

  const go = useCallback(
    (next: number) => {
      const bounded = Math.max(0, Math.min(count - 1, next));
      setIndex((current) => {
        if (current !== bounded) setOpen(false);
        return bounded;
      });
    },
    [count],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (controlHandles(event.target, event.key)) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        ' ': () => go(index + 1),
        ArrowLeft: () => go(index - 1),
        Home: () => go(0),
        End: () => go(count - 1),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, count]);

  useEffect(() => {
    const onChangeScreen = () => setFullScreen(document.fullscreenElement === frame.current);
    document.addEventListener('fullscreenchange', onChangeScreen);
    return () => document.removeEventListener('fullscreenchange', onChangeScreen);
  }, []);

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void frame.current?.requestFullscreen?.().catch(() => undefined);
  };

  if (!card) return null;
  const atStart = index === 0;
  const atEnd = index === count - 1;
  return (
    <div ref={frame} className="weerbaar-session" data-fullscreen={fullScreen ? 'true' : undefined}>
      <PageTitle>{t('conversation.session.title')}</PageTitle>
      <p className="weerbaar-session__position" aria-live="polite" aria-atomic="true">
        {t('conversation.session.position', { number: index + 1, count })}
        <span className="weerbaar-visually-hidden">: {say(card.title)}.</span>
        {atEnd && count > 1 ? (
          <span className="weerbaar-visually-hidden"> {t('conversation.session.end')}</span>
        ) : null}
      </p>
      <DilemmaCard
        key={card.id}
        dilemma={card}
        level={2}
        size="large"
        idPrefix="session"
        showQuestions={open}
        themeTitle={themeTitle}
      />
      <div className="weerbaar-session__controls">
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            aria-disabled={atStart ? 'true' : undefined}
            onClick={() => go(index - 1)}
          >
            {t('conversation.session.previous')}
          </Button>
          <Button
            appearance="primary-action-button"
            type="button"
            aria-disabled={atEnd ? 'true' : undefined}
            onClick={() => go(index + 1)}
          >
            {t('conversation.session.next')}
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            aria-expanded={open}
            aria-controls={`session-${card.id}`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t('conversation.session.hideQuestions') : t('conversation.session.showQuestions')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={toggleFullScreen}>
            {fullScreen ? t('conversation.session.leaveFullScreen') : t('conversation.session.fullScreen')}
          </Button>
          <Button
            appearance="subtle-button"
            type="button"
            onClick={() => {
              if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
              onChange();
            }}
          >
            {t('conversation.session.change')}
          </Button>
        </ButtonGroup>
        <Paragraph small className="weerbaar-muted">
          {t('conversation.session.keys')}
        </Paragraph>
      </div>
    </div>
  );
}

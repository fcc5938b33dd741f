// The autosave's status line: "Opgeslagen om 21:14", "Offline — wordt opnieuw geprobeerd", and
// what was not saved. The sentence sits in a polite live region and only changes when there is
// news (the time changes once a minute at most), so a screen reader is not interrupted at every
// save. "Bezig met opslaan" is shown, not announced.
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sentence } from '../../core/vocabulary.ts';
import { useSay } from '../instrument/text.ts';
import { inInterfaceLanguage, problemMessage } from '../problem.ts';
import type { AutosaveSnapshot } from './autosave.ts';
import { formatTime } from './format.ts';

/** What is being saved: the answers (the questionnaire) or the network map; only the words differ. */
export type SaveSubject = 'answers' | 'network';

export function SaveStatus({
  snapshot,
  id,
  subject = 'answers',
}: {
  snapshot: AutosaveSnapshot;
  id?: string;
  subject?: SaveSubject;
}) {
  const { t } = useTranslation();
  const { language } = useSay();
  const { state, savedAt } = snapshot;
  const heldCount = Object.keys(snapshot.held).length;

  let sentence: string;
  let tone: 'ok' | 'warning' | 'error' = 'ok';
  if (state.kind === 'offline') {
    sentence = subject === 'network' ? t('autosave.offlineNetwork') : t('autosave.offline');
    tone = 'warning';
  } else if (state.kind === 'failed') {
    sentence = t('autosave.failed', { reason: problemMessage(state.error, t) });
    tone = 'error';
  } else if (state.kind === 'frozen') {
    sentence = t('autosave.frozen');
    tone = 'warning';
  } else if (savedAt) {
    sentence = t('autosave.savedAt', { time: formatTime(savedAt, language) });
  } else {
    sentence = subject === 'network' ? t('autosave.idleNetwork') : t('autosave.idle');
  }
  const serverReasons = Object.values(snapshot.held).filter((m): m is Sentence => Boolean(m));
  // Another tab saved first and the answers were merged: said here, in view wherever the person
  // is on the page, until they have read it.
  const [readMerge, setReadMerge] = useState<Date | null>(null);
  const merged = snapshot.mergedAt && snapshot.mergedAt !== readMerge ? snapshot.mergedAt : null;

  return (
    <div className={`weerbaar-save-status weerbaar-save-status--${tone}`} id={id}>
      <div className="weerbaar-save-status__merged" role="status">
        {merged ? (
          <>
            <p className="weerbaar-save-status__merged-text">
              {t(subject === 'network' ? 'autosave.mergedNetwork' : 'autosave.merged', {
                time: formatTime(merged, language),
              })}
            </p>
            <Button appearance="subtle-button" type="button" onClick={() => setReadMerge(merged)}>
              {t('autosave.mergedRead')}
            </Button>
          </>
        ) : null}
      </div>
      <p className="weerbaar-save-status__line" role="status" aria-live="polite">
        <span>{sentence}</span>
        {heldCount > 0 ? (
          <span className="weerbaar-save-status__held">
            {' '}
            {t('autosave.held', { count: heldCount })}
            {serverReasons.length > 0 ? ` ${serverReasons.map(inInterfaceLanguage).join(' ')}` : null}
          </span>
        ) : null}
      </p>
      {state.kind === 'saving' ? (
        <p className="weerbaar-save-status__busy" aria-hidden="true">
          {t('autosave.saving')}
        </p>
      ) : null}
    </div>
  );
}

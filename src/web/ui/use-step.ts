// The step of a public step-by-step page (the zelfscan, the zelfassessment) in the address.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** 'intro', a part (0-based), or 'advice'. */
export type Step = 'intro' | number | 'advice';

/**
 * The step is in the address (?stap=2, ?stap=advies), so the browser's back button goes to the
 * previous part instead of leaving the page; the answers stay in memory meanwhile.
 */
export function useStep(parts: number): [Step, (step: Step) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('stap');
  const number = Number(raw);
  const step: Step =
    raw === 'advies'
      ? 'advice'
      : Number.isInteger(number) && number >= 1 && number <= parts
        ? number - 1
        : 'intro';
  const go = useCallback(
    (next: Step) => {
      const value = next === 'intro' ? null : next === 'advice' ? 'advies' : String(next + 1);
      setParams(value ? { stap: value } : {});
    },
    [setParams],
  );
  return [step, go];
}

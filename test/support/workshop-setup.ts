// A datavolwassenheidsscan round for the tests: opened by a beheerder with the shared link,
// answered by a number of respondents without an account (through the public API, as a browser
// would), and closed. Each respondent's answers follow one pattern so the spread is known.
import type { Client, SignedIn, TestApp } from './api.ts';

export const datavolwassenheid = { questionnaireId: 'datavolwassenheid', questionnaireVersion: '1.0.0' };

export const questionIds = {
  scale: [
    'beeld',
    'signalen',
    'melden',
    'toetsen',
    'bestuur',
    'eigenaarschap',
    'samenwerken',
    'kennis',
    'leiding',
    'partners',
    'bronnen',
    'grondslag',
    'kwaliteit',
    'hulpmiddelen',
    'beveiliging',
  ],
  yesNo: ['aanspreekpunt', 'training-gevolgd', 'dpia-gedaan'],
};

/**
 * Respondent i of n: 'beeld' splits the group in two camps (1 and 5), every other scale statement
 * sits at 3 (4 for the last respondent), yes/no questions rotate through ja, nee, weet-niet.
 */
export function respondentAnswers(i: number, n: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const id of questionIds.scale)
    answers[id] = id === 'beeld' ? (i % 2 === 0 ? '1' : '5') : i === n - 1 ? '4' : '3';
  for (const id of questionIds.yesNo) answers[id] = ['ja', 'nee', 'weet-niet'][i % 3]!;
  return answers;
}

export async function openDatavolwassenheidRound(
  beheerder: SignedIn,
  tenantId: string,
  title = 'Datavolwassenheid 2027',
  threshold = 5,
): Promise<{ roundId: string; token: string }> {
  const org = `/api/organisations/${tenantId}`;
  const opened = await beheerder.client.post(`${org}/survey-rounds`, {
    ...datavolwassenheid,
    title,
    units: [],
    threshold,
    sharedLink: true,
  });
  if (opened.status !== 201) throw new Error(`round not opened: ${JSON.stringify(opened.body)}`);
  const round = await beheerder.client.get(`${org}/survey-rounds/${opened.body.id}`);
  return { roundId: opened.body.id, token: new URL(round.body.sharedLink).hash.replace('#token=', '') };
}

export async function answerRound(
  t: TestApp,
  roundId: string,
  token: string,
  respondents: number,
): Promise<void> {
  for (let i = 0; i < respondents; i++) {
    const client: Client = t.client();
    const sent = await client.post(`/api/public/surveys/${roundId}/responses`, {
      token,
      unit: '',
      answers: respondentAnswers(i, respondents),
    });
    if (sent.status >= 300) throw new Error(`response refused: ${JSON.stringify(sent.body)}`);
  }
}

/** Opened, answered by `respondents` people, closed. */
export async function closedDatavolwassenheidRound(
  t: TestApp,
  beheerder: SignedIn,
  tenantId: string,
  respondents = 6,
  title?: string,
): Promise<string> {
  const { roundId, token } = await openDatavolwassenheidRound(beheerder, tenantId, title);
  await answerRound(t, roundId, token, respondents);
  const closed = await beheerder.client.post(`/api/organisations/${tenantId}/survey-rounds/${roundId}/close`);
  if (closed.status !== 204) throw new Error(`round not closed: ${JSON.stringify(closed.body)}`);
  return roundId;
}

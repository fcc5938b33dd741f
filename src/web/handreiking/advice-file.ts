// The zelfassessment's advice as a file made in the browser: a self-contained HTML page (no scripts,
// nothing to fetch, the zelfscan's calm print style) or plain text. Nothing is sent.
import type { AssessmentAdvice } from '../../core/handreiking/assess.ts';
import type { Zelfassessment } from '../../core/handreiking/schema.ts';
import type { Language } from '../../core/vocabulary.ts';
import { escapeHtml, FILE_STYLE } from '../instrument/advice.ts';

export interface AssessmentFileLabels {
  made: string;
  lead: string;
  ready: string;
  skipped: string;
  count: (topic: AssessmentAdvice['topics'][number]) => string;
  yourAnswer: string;
  consider: string;
}

export function assessmentHtml(
  assessment: Omit<Zelfassessment, 'version'>,
  advice: AssessmentAdvice,
  labels: AssessmentFileLabels,
  language: Language,
): string {
  const e = escapeHtml;
  const say = (text: { nl: string; en: string }) => e(text[language]);
  const out = [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${say(assessment.title)}</title>`,
    `<style>${FILE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${say(assessment.title)}</h1>`,
    `<p class="made">${e(labels.made)}</p>`,
    `<p>${e(labels.lead)}</p>`,
  ];
  for (const topic of advice.topics) {
    out.push(`<h2>${say(topic.title)}</h2>`);
    if (topic.answered === 0) {
      out.push(`<p>${e(labels.skipped)}</p>`);
      continue;
    }
    out.push(`<p class="small">${e(labels.count(topic))}</p>`);
    if (topic.points.length === 0) out.push(`<p>${e(labels.ready)}</p>`);
    for (const point of topic.points) {
      out.push(
        `<h3>${say(point.question)}</h3>`,
        `<p class="answer">${e(labels.yourAnswer)}: ${say(point.answer)}</p>`,
        `<p class="tip"><strong>${e(labels.consider)}:</strong> ${say(point.advice)}</p>`,
      );
    }
  }
  out.push(`<p>${say(assessment.closing)}</p>`, '</main>', '</body>', '</html>', '');
  return out.join('\n');
}

export function assessmentText(
  assessment: Omit<Zelfassessment, 'version'>,
  advice: AssessmentAdvice,
  labels: AssessmentFileLabels,
  language: Language,
): string {
  const out = [assessment.title[language], labels.made, '', labels.lead];
  for (const topic of advice.topics) {
    out.push('', `== ${topic.title[language]} ==`);
    if (topic.answered === 0) {
      out.push(labels.skipped);
      continue;
    }
    out.push(labels.count(topic));
    if (topic.points.length === 0) out.push(labels.ready);
    for (const point of topic.points) {
      out.push(
        '',
        point.question[language],
        `${labels.yourAnswer}: ${point.answer[language]}`,
        `${labels.consider}: ${point.advice[language]}`,
      );
    }
  }
  out.push('', assessment.closing[language], '');
  return out.join('\n');
}

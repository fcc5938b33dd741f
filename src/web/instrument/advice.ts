// Personal advice from answers with tips (the zelfscan): per part the tips for the answers given
// and what the instrument says about it, then the suggested measures. Built in the browser; the
// downloadable file is self-contained HTML (or plain text): no scripts, no links to fetch, no
// tracking, and it is made on the person's own device.
import type { TFunction } from 'i18next';
import type { Answers } from '../../core/instrument/answers.ts';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import { levelRank } from '../../core/instrument/levels.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { Language } from '../../core/vocabulary.ts';
import { displayAnswer, type Say, tipsFor } from './text.ts';

export interface AdviceTip {
  item: string;
  question: string;
  answer: string;
  tip: string;
}

export interface AdvicePart {
  id: string;
  title: string;
  /** What the instrument says to the person about this part (texts of indicators that rose). */
  messages: string[];
  tips: AdviceTip[];
  answered: number;
  questions: number;
}

export interface AdviceMeasure {
  id: string;
  title: string;
  description: string;
  /** The subjects it answers, in words. */
  because: string[];
}

export interface Advice {
  title: string;
  parts: AdvicePart[];
  measures: AdviceMeasure[];
}

export function buildAdvice(
  instrument: Instrument,
  answers: Answers,
  evaluation: Evaluation,
  sayText: Say,
  t: TFunction,
): Advice {
  const visible = new Set(evaluation.visibleItems);
  const parts = instrument.parts.map((part): AdvicePart => {
    const themes = new Set(part.sections.map((s) => s.theme).filter(Boolean));
    const messages = evaluation.indicators
      .filter((i) => themes.has(i.theme) && levelRank(i.level) > 0)
      .map((i) => sayText(instrument.indicators.find((d) => d.id === i.id)?.candidateText))
      .filter(Boolean);
    const tips: AdviceTip[] = [];
    const progress = evaluation.progress.find((p) => p.part === part.id);
    for (const section of part.sections) {
      for (const item of section.items) {
        if (!visible.has(item.id)) continue;
        for (const tip of tipsFor(item, answers[item.id])) {
          tips.push({
            item: item.id,
            question: sayText(item.text),
            answer: displayAnswer(item, answers[item.id], sayText, t),
            tip: sayText(tip),
          });
        }
      }
    }
    return {
      id: part.id,
      title: sayText(part.title),
      messages: [...new Set(messages)],
      tips,
      answered: progress?.answered ?? 0,
      questions: progress?.visible ?? 0,
    };
  });
  const measures = evaluation.measures.flatMap((suggested): AdviceMeasure[] => {
    const measure = instrument.measures.find((m) => m.id === suggested.id);
    if (!measure) return [];
    return [
      {
        id: measure.id,
        title: sayText(measure.title),
        description: sayText(measure.description),
        because: suggested.because.map((id) =>
          sayText(instrument.indicators.find((d) => d.id === id)?.title),
        ),
      },
    ];
  });
  return { title: sayText(instrument.title), parts, measures };
}

export interface AdviceLabels {
  heading: string;
  made: string;
  intro: string;
  privacy: string;
  noTips: string;
  skipped: string;
  yourAnswer: string;
  tip: string;
  answered: (part: AdvicePart) => string;
  measuresTitle: string;
  noMeasures: string;
  because: string;
  emergency: string;
}

export function adviceLabels(t: TFunction, date: Date, language: Language): AdviceLabels {
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
    date,
  );
  return {
    heading: t('zelfscan.file.heading'),
    made: t('zelfscan.file.made', { date: day }),
    intro: t('zelfscan.file.intro'),
    privacy: t('zelfscan.file.privacy'),
    noTips: t('zelfscan.noTips'),
    skipped: t('zelfscan.skipped'),
    yourAnswer: t('zelfscan.yourAnswer'),
    tip: t('instrument.tip'),
    answered: (part) => t('zelfscan.answered', { answered: part.answered, count: part.questions }),
    measuresTitle: t('zelfscan.measuresTitle'),
    noMeasures: t('zelfscan.noMeasures'),
    because: t('zelfscan.because'),
    emergency: t('zelfscan.emergency'),
  };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A calm, printable page; system fonts, so nothing is loaded from anywhere.
export const FILE_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0;padding:1.5rem;}
main{max-width:42rem;margin:0 auto;}
h1{font-size:1.75rem;color:#0b3a6e;margin:0 0 .25rem;}
h2{font-size:1.3rem;color:#0b3a6e;border-top:2px solid #0b3a6e;padding-top:1rem;margin-top:2rem;}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem;}
.made{color:#444;margin-top:0;}
.tip{border-left:4px solid #0b3a6e;background:#eef4fb;padding:.5rem .75rem;margin:.5rem 0 1rem;}
.answer{color:#444;margin:.25rem 0;}
.emergency{border:2px solid #8a1c1c;padding:.75rem;font-weight:600;}
.small{color:#444;font-size:.9rem;}
@media print{body{padding:0;}h2{break-after:avoid;}.tip{break-inside:avoid;}}
`;

/** A complete HTML document, readable offline and printable. */
export function adviceHtml(advice: Advice, labels: AdviceLabels, language: Language): string {
  const e = escapeHtml;
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${e(labels.heading)} – ${e(advice.title)}</title>`,
    `<style>${FILE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(labels.heading)}</h1>`,
    `<p class="made">${e(advice.title)} · ${e(labels.made)}</p>`,
    `<p>${e(labels.intro)}</p>`,
    `<p class="emergency">${e(labels.emergency)}</p>`,
  );
  for (const part of advice.parts) {
    out.push(`<h2>${e(part.title)}</h2>`);
    if (part.answered === 0) {
      out.push(`<p>${e(labels.skipped)}</p>`);
      continue;
    }
    out.push(`<p class="small">${e(labels.answered(part))}</p>`);
    for (const message of part.messages) out.push(`<p>${e(message)}</p>`);
    if (part.tips.length === 0) out.push(`<p>${e(labels.noTips)}</p>`);
    for (const tip of part.tips) {
      out.push(
        `<h3>${e(tip.question)}</h3>`,
        `<p class="answer">${e(labels.yourAnswer)}: ${e(tip.answer)}</p>`,
        `<p class="tip"><strong>${e(labels.tip)}:</strong> ${e(tip.tip)}</p>`,
      );
    }
  }
  out.push(`<h2>${e(labels.measuresTitle)}</h2>`);
  if (advice.measures.length === 0) out.push(`<p>${e(labels.noMeasures)}</p>`);
  for (const measure of advice.measures) {
    out.push(
      `<h3>${e(measure.title)}</h3>`,
      `<p>${e(measure.description)}</p>`,
      `<p class="small">${e(labels.because)} ${e(measure.because.join(', '))}</p>`,
    );
  }
  out.push(`<p class="small">${e(labels.privacy)}</p>`, '</main>', '</body>', '</html>', '');
  return out.join('\n');
}

/** The same advice as plain text, for any device or to paste elsewhere. */
export function adviceText(advice: Advice, labels: AdviceLabels): string {
  const out: string[] = [];
  const rule = (title: string) => [title, '='.repeat(Math.min(title.length, 72))];
  out.push(
    ...rule(`${labels.heading} – ${advice.title}`),
    labels.made,
    '',
    labels.intro,
    '',
    labels.emergency,
    '',
  );
  for (const part of advice.parts) {
    if (part.answered === 0) {
      out.push(...rule(part.title), labels.skipped, '');
      continue;
    }
    out.push(...rule(part.title), labels.answered(part), '');
    for (const message of part.messages) out.push(message, '');
    if (part.tips.length === 0) out.push(labels.noTips, '');
    for (const tip of part.tips) {
      out.push(
        `* ${tip.question}`,
        `  ${labels.yourAnswer}: ${tip.answer}`,
        `  ${labels.tip}: ${tip.tip}`,
        '',
      );
    }
  }
  out.push(...rule(labels.measuresTitle));
  if (advice.measures.length === 0) out.push(labels.noMeasures);
  for (const measure of advice.measures) {
    out.push(
      '',
      `* ${measure.title}`,
      `  ${measure.description}`,
      `  ${labels.because} ${measure.because.join(', ')}`,
    );
  }
  out.push('', labels.privacy, '');
  return out.join('\n');
}

/** Offers a file made in the browser for download; nothing goes to a server. */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

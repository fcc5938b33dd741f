// `npm run bench -- report [--runs 15] [--view expert]`: how long the full PDF report of a maximal
// scan takes to render (every question answered, every group full, a 300-contact network), beside
// the time Debian's headless Chromium takes to print the same report — the same view model as one
// self-contained HTML page with the same chart and network picture as inline SVG — to PDF, in the
// same run. The ratio (Chromium ÷ ours) is the figure; the machine is shared, so read the ratio.
//
// Ours: buildReportView + renderReportPdf (PDF/A-2b, tagged, fonts embedded). The network drawing
// (drawNetwork, the seeded layout) is made once beforehand and timed on its own line, since both
// sides draw the same picture. Chromium: page.setContent(html) + page.pdf() in one open browser
// (its start is timed once, on its own line).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { evaluate } from '../src/core/instrument/evaluate.ts';
import { levelLabels, levelRank, say } from '../src/core/instrument/levels.ts';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { levels } from '../src/core/instrument/scale.ts';
import type { View } from '../src/core/instrument/schema.ts';
import { drawNetwork, type NetworkDrawing } from '../src/core/network/drawing.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { buildReportView, type ReportDecisions, type ReportView } from '../src/core/report/report-model.ts';
import { t } from '../src/core/texts/namespaces.ts';
import { renderReportPdf } from '../src/server/pdf/render-report.ts';
import { maximalAnswers } from '../test/support/maximal-answers.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { medianMs: Math.round(at(50)), p95Ms: Math.round(at(95)), runs: times.length };
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same report view as one self-contained HTML page: text, chart and network as inline SVG. */
function reportHtml(report: ReportView, procedureName: string, candidate: string): string {
  const s = (t: Parameters<typeof say>[0]) => esc(say(t, 'nl'));
  const level = (l: (typeof levels)[number]) => s(levelLabels[l]);
  const themes = report.sections.flatMap((x) => x.themes);
  const chart = `<svg viewBox="0 0 600 ${40 + themes.length * 34}" role="img" aria-label="Oordeel per onderwerp">${themes
    .map((t, i) => {
      const y = 40 + i * 34;
      const cx = (l: (typeof levels)[number]) => 160 + levelRank(l) * 110 + 55;
      const p = t.judgement?.proposed ?? t.proposed;
      const j = t.judgement?.level;
      return `<text x="0" y="${y + 14}" font-size="10">${s(t.title)}</text><line x1="215" x2="545" y1="${y + 12}" y2="${y + 12}" stroke="#777"/>${
        p ? `<circle cx="${cx(p)}" cy="${y + 12}" r="8" fill="none" stroke="#000"/>` : ''
      }${j ? `<circle cx="${cx(j)}" cy="${y + 12}" r="5"/>` : ''}<text x="160" y="${y + 28}" font-size="7">${
        j ? `oordeel: ${level(j)}` : ''
      }</text>`;
    })
    .join('')}</svg>`;
  const network = (d: NetworkDrawing) =>
    `<svg viewBox="${d.box.x} ${d.box.y} ${d.box.width} ${d.box.height}" role="img" aria-label="${s(d.description)}">${d.contexts
      .map(
        (c) =>
          `<circle cx="${c.cx}" cy="${c.cy}" r="${c.r}" fill="#eef4fb" stroke="#777"/><text x="${c.labelX}" y="${c.labelY}" font-size="10">${s(c.label)}</text>`,
      )
      .join('')}${d.ties
      .map(
        (t) =>
          `<line x1="${t.x1}" y1="${t.y1}" x2="${t.x2}" y2="${t.y2}" stroke="#666" stroke-width="${0.5 + 0.35 * t.strength}"/>`,
      )
      .join('')}<circle cx="0" cy="0" r="${d.ego.r}" fill="#003"/>${d.contacts
      .map(
        (c) =>
          `<g transform="translate(${c.x} ${c.y})">${
            c.shape === 'square'
              ? `<rect x="${-c.r}" y="${-c.r}" width="${2 * c.r}" height="${2 * c.r}" fill="#fff" stroke="#000"/>`
              : c.shape === 'diamond'
                ? `<polygon points="0,${-c.r} ${c.r},0 0,${c.r} ${-c.r},0" fill="#fff4c2" stroke="#000"/>`
                : `<circle r="${c.r}" fill="#fff" stroke="#000"/>`
          }<text y="${c.r + 9}" font-size="8" text-anchor="middle">${esc(c.label)}</text></g>`,
      )
      .join('')}</svg>`;
  const body = report.sections
    .map(
      (section) =>
        `<section><h2>${s(section.title)}</h2>${section.themes
          .map(
            (t) =>
              `<article><h3>${s(t.title)}</h3>${t.description ? `<p>${s(t.description)}</p>` : ''}${
                t.judgement
                  ? `<p><b>Oordeel van de expert:</b> ${level(t.judgement.level)}</p><p><b>Uitleg van de expert:</b> ${esc(t.judgement.rationale)}</p>`
                  : ''
              }${(t.indicators ?? [])
                .filter((i) => levelRank(i.level) > 0)
                .map(
                  (i) =>
                    `<ul><li><b>${s(i.title)} — ${level(i.level)}.</b> ${s(i.candidateText)}</li>${
                      i.expertText ? `<li>Voor de expert: ${s(i.expertText)}</li>` : ''
                    }${
                      i.evidence
                        ? `<li>Op grond van: ${i.evidence.map((e) => `${s(e.subject)} — ${s(e.detail)}`).join('; ')}</li>`
                        : ''
                    }${i.talkingPoints ? `<li>${i.talkingPoints.map((p) => s(p)).join(' ')}</li>` : ''}</ul>`,
                )
                .join('')}${(t.awareness ?? [])
                .map(
                  (a) => `<p>Eigen inschatting: ${level(a.perceived)}. Uitkomst: ${level(a.computed)}.</p>`,
                )
                .join('')}${
                t.tips?.length
                  ? `<ul>${t.tips.map((x) => `<li>${s(x.question ?? undefined)} ${s(x.tip)}</li>`).join('')}</ul>`
                  : ''
              }</article>`,
          )
          .join('')}</section>`,
    )
    .join('');
  const measures = report.measures
    ? `<section><h2>Gekozen maatregelen</h2><ul>${report.measures
        .map((m) => `<li><b>${s(m.title)}.</b> ${s(m.description)}</li>`)
        .join('')}</ul></section>`
    : '';
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapport</title><style>
    @page { size: A4; margin: 22mm 21mm 25mm; }
    body { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; color: #1a1a1a; }
    section { break-before: page; } article { break-inside: avoid-page; }
    svg { width: 100%; height: auto; }
  </style></head><body><h1>Rapport weerbaarheidsscan — ${s(report.instrument.title)}</h1>
  <p><b>Procedure:</b> ${esc(procedureName)}</p><p><b>Kandidaat:</b> ${esc(candidate)}</p>
  <p><b>Vragenlijst:</b> ${esc(report.instrument.id)}, versie ${esc(report.instrument.version)}</p>
  <p><b>${esc(t('report', 'notATrafficLight', {}, 'nl'))}</b></p><p>${esc(t('report', 'judgedByExpert', {}, 'nl'))}</p>
  <h2>De vier stappen</h2><ul>${levels.map((l) => `<li><b>${level(l)}:</b> ${esc(t('report', `levels.${l}`, {}, 'nl'))}</li>`).join('')}</ul>
  <section><h2>Oordeel per onderwerp</h2>${chart}</section>${body}${measures}
  ${report.network ? `<section><h2>Het netwerk in beeld</h2>${network(report.network)}</section>` : ''}
  </body></html>`;
}

export async function run(args: string[]): Promise<void> {
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 15);
  const view = (option('--view') ?? 'expert') as View;
  const file = path.join(root, 'instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml');
  const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error('the bestuurder instrument does not load');
  const instrument = loaded.instrument;
  const answers = maximalAnswers(instrument);
  const map = largeNetwork(instrument.network!, 300, 40, 1000);
  const evaluation = evaluate(instrument, {
    answers,
    network: analyseNetwork(map, instrument.network!).measures,
  });
  const decisions: ReportDecisions = {
    judgements: evaluation.themes.map((t, i) => ({
      theme: t.id,
      proposed: t.level,
      level: i % 4 === 0 ? 'aandachtspunt' : t.level,
      rationale:
        'Besproken in het gesprek. De kandidaat legt de nevenfunctie neer bij benoeming en meldt contacten met de vereniging voortaan vooraf bij de griffier.',
    })),
    measures: instrument.measures.map((m) => m.id),
    finalisedAt: new Date().toISOString(),
  };
  let t0 = performance.now();
  const drawing = drawNetwork(map, instrument.network);
  const layoutMs = Math.round(performance.now() - t0);
  const cover = {
    procedureName: 'Wethouder Gemeente Voorbeeld 2026',
    candidateLabel: 'A. Jansen',
    date: new Date(),
  };
  const build = () =>
    buildReportView(instrument, evaluation, decisions, view, {
      answers,
      hash: 'ab'.repeat(32),
      network: drawing,
    });

  // Ours, warmed up once.
  // The first document of a process also parses the fonts (once per process): timed on its own.
  t0 = performance.now();
  const first = await renderReportPdf(build(), cover);
  const firstMs = Math.round(performance.now() - t0);
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    await renderReportPdf(build(), cover);
    ours.push(performance.now() - t0);
  }

  // Chromium printing the same report's HTML.
  const html = reportHtml(build(), cover.procedureName, cover.candidateLabel);
  t0 = performance.now();
  const browser = await chromium.launch({
    executablePath: process.env.WEERBAAR_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const launchMs = Math.round(performance.now() - t0);
  const browserTimes: number[] = [];
  let printed: Buffer | null = null;
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    printed = await page.pdf({ format: 'A4' });
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      await page.setContent(html);
      await page.pdf({ format: 'A4' });
      browserTimes.push(performance.now() - t0);
    }
  } finally {
    await browser.close();
  }

  const result = {
    benchmark: 'report',
    view,
    runs,
    contacts: map.contacts.length,
    ties: map.ties.length,
    pdfkit: { ...stats(ours), bytes: first.length, firstMs },
    chromium: { ...stats(browserTimes), bytes: printed?.length ?? 0, launchMs },
    layoutMs,
    ratio: Math.round((stats(browserTimes).medianMs / Math.max(stats(ours).medianMs, 1)) * 100) / 100,
  };
  console.log(
    `\nRapport ${view}, maximale scan (${instrument.indicators.length} indicatoren, ${map.contacts.length} contacten, ${map.ties.length} banden), ${runs} runs`,
  );
  console.log(`${''.padEnd(34)}mediaan/median   p95        bestand/file`);
  console.log(
    `  ${'PDF/A (pdfkit, ons / ours)'.padEnd(32)}${`${result.pdfkit.medianMs} ms`.padEnd(17)}${`${result.pdfkit.p95Ms} ms`.padEnd(11)}${Math.round(result.pdfkit.bytes / 1024)} KiB`,
  );
  console.log(
    `  ${'Chromium HTML → PDF'.padEnd(32)}${`${result.chromium.medianMs} ms`.padEnd(17)}${`${result.chromium.p95Ms} ms`.padEnd(11)}${Math.round(result.chromium.bytes / 1024)} KiB`,
  );
  console.log(
    `\n  Verhouding / ratio Chromium ÷ ons: ${result.ratio}. Eenmalig / once: eerste PDF met fonts inlezen / first PDF incl. font parsing ${firstMs} ms, netwerktekening / network layout ${layoutMs} ms, Chromium starten / launch ${launchMs} ms.\n`,
  );
  console.log(JSON.stringify(result));
}

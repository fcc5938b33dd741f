// The workshops on disk are checked against the questionnaires they follow, at start and by
// `weerbaar instruments check`: the shipped datavolwassenheid questionnaire and workshop load; a
// workshop whose questionnaire does not exist, or that misses one of its themes, is refused with
// the file and the line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSurveyFiles } from '../../src/server/surveys/registry.ts';
import { checkWorkshopFiles, workshopsDir } from '../../src/server/workshops/registry.ts';

const surveys = checkSurveyFiles();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-workshops-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const shipped = fs.readFileSync(path.join(workshopsDir, 'datavolwassenheid.yaml'), 'utf8');

describe('the workshops registry', () => {
  it('loads the shipped questionnaire and its workshop', () => {
    expect(surveys.checks.filter((c) => c.issues.length > 0)).toEqual([]);
    const questionnaire = surveys.registry!.get('datavolwassenheid', '1.0.0')!;
    expect(questionnaire.themes.map((t) => t.id)).toEqual([
      'ondermijning',
      'mens-en-organisatie',
      'data-en-software',
    ]);
    const scale = questionnaire.themes.flatMap((t) => t.questions).filter((q) => q.kind === 'scale');
    const yesNo = questionnaire.themes.flatMap((t) => t.questions).filter((q) => q.kind === 'yes-no');
    expect(scale.length).toBeGreaterThanOrEqual(12);
    expect(yesNo.length).toBeGreaterThanOrEqual(3);
    for (const q of scale) {
      if (q.kind !== 'scale') continue;
      expect(q.low.nl).toMatch(/^Ad hoc/);
      expect(q.high.nl).toMatch(/^Geborgd/);
    }
    const { checks, registry } = checkWorkshopFiles(surveys.registry!);
    expect(checks.flatMap((c) => c.issues)).toEqual([]);
    expect(registry!.forQuestionnaire('datavolwassenheid')?.levels).toHaveLength(5);
    expect(registry!.forQuestionnaire('sociale-veiligheid')).toBeUndefined();
  });

  it('refuses a workshop for a questionnaire that does not exist', () => {
    fs.writeFileSync(path.join(dir, 'bestaat-niet.yaml'), shipped);
    const { checks, registry } = checkWorkshopFiles(surveys.registry!, dir);
    expect(registry).toBeUndefined();
    expect(checks[0]!.issues[0]!.message).toContain("geen vragenlijst 'bestaat-niet'");
    fs.rmSync(path.join(dir, 'bestaat-niet.yaml'));
  });

  it('refuses a workshop that misses a theme of its questionnaire, with the line', () => {
    const broken = shipped.replace('  - id: mens-en-organisatie', '  - id: mensen');
    fs.writeFileSync(path.join(dir, 'datavolwassenheid.yaml'), broken);
    const { checks } = checkWorkshopFiles(surveys.registry!, dir);
    const issues = checks[0]!.issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        line: broken.slice(0, broken.indexOf('  - id: mensen')).split('\n').length,
        message: expect.stringContaining("'mensen' is geen thema"),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("'mens-en-organisatie'") }),
    );
  });
});

// Name normalisation and the word comparisons under screening: tussenvoegsels as one separable
// part, initials, diacritics and ligatures folded, Cyrillic and Greek transliterated, the Dutch
// phonetic key, the romanisation-free key and the edit distance.
import { describe, expect, it } from 'vitest';
import {
  analyseName,
  dutchKey,
  editDistance,
  fold,
  internationalKey,
  normaliseName,
} from '../../src/core/screening/index.ts';

describe('normaliseName', () => {
  it('keeps a tussenvoegsel group as one part', () => {
    expect(normaliseName('Jan van der Berg')).toEqual(['jan', 'van der', 'berg']);
    expect(normaliseName("Kees van 't Hof")).toEqual(['kees', 'van t', 'hof']);
    expect(normaliseName('Anna op de Beek')).toEqual(['anna', 'op de', 'beek']);
    expect(normaliseName('Piet in ’t Veld')).toEqual(['piet', 'in t', 'veld']);
    expect(normaliseName('Ruud ter Horst')).toEqual(['ruud', 'ter', 'horst']);
    expect(analyseName('Jan van der Berg').map((p) => p.kind)).toEqual(['word', 'particle', 'word']);
  });

  it('reads a particle at the end ("Berg, Jan van der" and "Berg Jan van der")', () => {
    expect(normaliseName('Berg, Jan van der')).toEqual(['jan', 'van der', 'berg']);
    expect(normaliseName('Berg Jan van der')).toEqual(['berg', 'jan', 'van der']);
    // A name of particles only keeps them as words.
    expect(analyseName('Van Der').map((p) => p.kind)).toEqual(['word', 'word']);
  });

  it('splits a hyphenated double surname and finds its particle', () => {
    expect(normaliseName('Anna Jansen-de Vries')).toEqual(['anna', 'jansen', 'de', 'vries']);
    expect(analyseName('Anna Jansen-de Vries').map((p) => p.kind)).toEqual([
      'word',
      'word',
      'particle',
      'word',
    ]);
  });

  it('makes initials of single letters, with or without dots', () => {
    expect(analyseName('J.P. Balkenende')).toEqual([
      { raw: 'J', text: 'j', kind: 'initial' },
      { raw: 'P', text: 'p', kind: 'initial' },
      { raw: 'Balkenende', text: 'balkenende', kind: 'word' },
    ]);
    expect(normaliseName('J P de Vries')).toEqual(['j', 'p', 'de', 'vries']);
  });

  it('folds diacritics and ligatures, and keeps what was written', () => {
    expect(normaliseName('Zoë Müller-Lüdenscheidt')).toEqual(['zoe', 'muller', 'ludenscheidt']);
    expect(normaliseName('Ægir Øster Straße')).toEqual(['aegir', 'oster', 'strasse']);
    expect(normaliseName('ĳsbrand Çelik Łukasz')).toEqual(['ijsbrand', 'celik', 'lukasz']);
    expect(normaliseName("Sinéad O'Brien")).toEqual(['sinead', 'obrien']);
    expect(analyseName('Müller')[0]).toEqual({ raw: 'Müller', text: 'muller', kind: 'word' });
  });

  it('transliterates Cyrillic and Greek', () => {
    expect(normaliseName('Владимир Путин')).toEqual(['vladimir', 'putin']);
    expect(normaliseName('Фёдор Йованович Соловьёв')).toEqual(['fedor', 'yovanovich', 'solovev']);
    expect(normaliseName('Щукин Жуков Юлия')).toEqual(['shchukin', 'zhukov', 'yuliya']);
    expect(normaliseName('Γεώργιος Παπαδόπουλος')).toEqual(['georgios', 'papadopoulos']);
    expect(fold('Ευάγγελος')).toBe('evangelos');
  });

  it('drops the legal form of an organisation and joins its letters', () => {
    expect(analyseName('Bouwbedrijf De Vries B.V.', 'organisation').map((p) => p.text)).toEqual([
      'bouwbedrijf',
      'de',
      'vries',
    ]);
    expect(analyseName('K.P.N. N.V.', 'organisation').map((p) => p.text)).toEqual(['kpn']);
    expect(analyseName('Acme Trading Ltd', 'organisation').map((p) => p.text)).toEqual(['acme', 'trading']);
    // A name that is only a legal form keeps it.
    expect(analyseName('Holding B.V.', 'organisation').map((p) => p.text)).toEqual(['holding', 'bv']);
  });
});

describe('the word comparisons', () => {
  it('give Dutch spelling variants one phonetic key', () => {
    const same = [
      ['jansen', 'janssen'],
      ['bruijn', 'bruyn'],
      ['meijer', 'meyer'],
      ['schmidt', 'smit'],
      ['goossens', 'gosens'],
      ['hendriks', 'hendrix'],
      ['claassen', 'klaassen'],
      ['philips', 'filips'],
      ['mauw', 'mouw'],
      ['van', 'fan'],
    ];
    for (const [a, b] of same) expect(dutchKey(a!), `${a} ~ ${b}`).toBe(dutchKey(b!));
    expect(dutchKey('jansen')).not.toBe(dutchKey('jonker'));
  });

  it('give romanisations of one Cyrillic name one general key', () => {
    const same = [
      ['Tschernow', 'Чернов'],
      ['Iwanow', 'Иванов'],
      ['Iwanoff', 'Иванов'],
      ['Jurij', 'Юрий'],
      ['Sergej', 'Сергей'],
      ['Ljudmila', 'Людмила'],
      ['Schtschukin', 'Щукин'],
    ];
    for (const [a, b] of same)
      expect(internationalKey(fold(a!)), `${a} ~ ${b}`).toBe(internationalKey(fold(b!)));
  });

  it('count a swap of neighbours as one edit and stop early past the limit', () => {
    expect(editDistance('jansen', 'jasnen')).toBe(1);
    expect(editDistance('jansen', 'janse')).toBe(1);
    expect(editDistance('jansen', 'jamsen')).toBe(1);
    expect(editDistance('jansen', 'pietersen')).toBe(6);
    expect(editDistance('jansen', 'pietersen', 2)).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

// Texts of research: the candidate's consent, and the onderzoeker's page of protected tables.
// Dutch and English side by side per key (see agenda/texts.ts for the convention).
import type { TextTree } from '../../core/texts/translate.ts';

export const researchTexts = {
  consent: {
    title: { nl: 'Uw uitkomsten voor onderzoek', en: 'Your results for research' },
    explain: {
      nl: 'Onderzoekers willen leren hoe weerbaar bestuurders in het algemeen zijn. Mogen de uitkomsten van deze scan meetellen in hun tabellen? Zij zien dan alleen aantallen over groepen van minstens tien mensen. Nooit uw naam, uw antwoorden of uw netwerk.',
      en: 'Researchers want to learn how resilient administrators are in general. May the results of this scan count in their tables? They then only see numbers about groups of at least ten people. Never your name, your answers or your network.',
    },
    revocable: {
      nl: 'U kiest zelf. Zonder uw ja telt deze scan niet mee. U kunt uw keuze altijd terugdraaien; vanaf de volgende tabel telt de scan dan niet meer mee.',
      en: 'It is your choice. Without your yes this scan does not count. You can always change your mind; from the next table on, the scan no longer counts.',
    },
    legend: { nl: 'Mag deze scan meetellen in onderzoek?', en: 'May this scan count in research?' },
    yes: { nl: 'Ja, tel mijn uitkomsten mee (zonder naam)', en: 'Yes, count my results (without my name)' },
    no: { nl: 'Nee, liever niet', en: 'No, I would rather not' },
    save: { nl: 'Keuze opslaan', en: 'Save my choice' },
    savedYes: {
      nl: 'Opgeslagen: uw uitkomsten tellen mee in onderzoek.',
      en: 'Saved: your results count in research.',
    },
    savedNo: {
      nl: 'Opgeslagen: uw uitkomsten tellen niet mee in onderzoek.',
      en: 'Saved: your results do not count in research.',
    },
    tables_one: {
      nl: 'Deze scan telde tot nu toe mee in {{count}} tabel.',
      en: 'So far this scan counted in {{count}} table.',
    },
    tables_other: {
      nl: 'Deze scan telde tot nu toe mee in {{count}} tabellen.',
      en: 'So far this scan counted in {{count}} tables.',
    },
    historyTitle: { nl: 'Uw eerdere keuzes', en: 'Your earlier choices' },
    historyYes: { nl: '{{at}}: ja', en: '{{at}}: yes' },
    historyNo: { nl: '{{at}}: nee', en: '{{at}}: no' },
  },
  page: {
    title: { nl: 'Tabellen voor onderzoek', en: 'Tables for research' },
    intro: {
      nl: 'Kies wat in de rijen en wat in de kolommen komt. U krijgt aantallen scans, alleen van kandidaten die toestemming gaven en hun scan hebben ingediend.',
      en: 'Choose what goes in the rows and what in the columns. You get numbers of scans, only of candidates who consented and submitted their scan.',
    },
    protection: {
      nl: 'Een aantal onder {{threshold}} laten we niet zien. Soms verbergen we ook een ander vakje, zodat een verborgen aantal niet uit de totalen is terug te rekenen. Een tabel die maar een paar mensen verschilt van een eerdere tabel geven we niet vrij.',
      en: 'A number below {{threshold}} is not shown. Sometimes another cell is hidden as well, so a hidden number cannot be worked out from the totals. A table that differs from an earlier table by only a few people is not released.',
    },
    formTitle: { nl: 'Een tabel maken', en: 'Build a table' },
    rows: { nl: 'Rijen', en: 'Rows' },
    columns: { nl: 'Kolommen', en: 'Columns' },
    scope: { nl: 'Welke scans', en: 'Which scans' },
    scopeOwn: { nl: 'Van onze eigen organisatie', en: 'Of our own organisation' },
    scopeAdmitted_one: {
      nl: 'Van {{count}} organisatie die ons toegang gaf',
      en: 'Of {{count}} organisation that admitted us',
    },
    scopeAdmitted_other: {
      nl: 'Van {{count}} organisaties die ons toegang gaven',
      en: 'Of {{count}} organisations that admitted us',
    },
    filterOffice: { nl: 'Alleen de functie', en: 'Only the office' },
    filterYear: { nl: 'Alleen het jaar', en: 'Only the year' },
    all: { nl: 'Alle', en: 'All' },
    build: { nl: 'Tabel maken', en: 'Build the table' },
    sameTwice: {
      nl: 'Kies voor rijen en kolommen twee verschillende indelingen.',
      en: 'Choose two different dimensions for rows and columns.',
    },
    resultTitle: { nl: 'Uitkomst', en: 'Result' },
    caption: {
      nl: '{{rows}} (rijen) naar {{columns}} (kolommen)',
      en: '{{rows}} (rows) by {{columns}} (columns)',
    },
    total: { nl: 'Totaal', en: 'Total' },
    hidden: { nl: 'verborgen (te weinig)', en: 'hidden (too few)' },
    hiddenComplementary: {
      nl: 'verborgen (beschermt een ander vakje)',
      en: 'hidden (protects another cell)',
    },
    chartTitle: { nl: 'Grafiek: totaal per rij', en: 'Chart: total per row' },
    chartDesc: {
      nl: 'Staven per rij met het totaal aantal scans; verborgen totalen staan erbij als verborgen. De tabel hierboven geeft dezelfde aantallen.',
      en: 'Bars per row with the total number of scans; hidden totals are marked hidden. The table above gives the same numbers.',
    },
    downloadTitle: { nl: 'Downloaden', en: 'Download' },
    downloadCsv: { nl: 'Download als CSV', en: 'Download as CSV' },
    downloadOds: { nl: 'Download als spreadsheet (ODS)', en: 'Download as spreadsheet (ODS)' },
    csv: { nl: 'CSV', en: 'CSV' },
    ods: { nl: 'ODS', en: 'ODS' },
    earlierTitle: { nl: 'Eerder vrijgegeven tabellen', en: 'Tables released earlier' },
    earlierEmpty: { nl: 'Nog geen tabellen vrijgegeven.', en: 'No tables released yet.' },
    earlierItem: { nl: '{{at}}: {{rows}} naar {{columns}}', en: '{{at}}: {{rows}} by {{columns}}' },
  },
  settings: {
    title: { nl: 'Onderzoek', en: 'Research' },
    intro: {
      nl: 'Onderzoekers zien alleen aantallen over scans waarvan de kandidaat toestemming gaf. Hier stelt u in hoe klein een groep mag zijn en wie mag meetellen.',
      en: 'Researchers only see numbers about scans whose candidate consented. Here you set how small a group may be and who may count them.',
    },
    threshold: { nl: 'Kleinste groep die een tabel toont', en: 'Smallest group a table shows' },
    thresholdHelp: {
      nl: 'Minstens 5. Standaard 10: een kleinere groep wordt niet getoond.',
      en: 'At least 5. Default 10: a smaller group is not shown.',
    },
    thresholdInvalid: {
      nl: 'Vul een heel getal in van 5 tot en met 1000.',
      en: 'Enter a whole number from 5 to 1000.',
    },
    kind: { nl: 'Soort organisatie', en: 'Kind of organisation' },
    admits: {
      nl: 'Onderzoeksorganisaties die mogen meetellen (korte namen, gescheiden door komma’s)',
      en: 'Research organisations that may count (short names, separated by commas)',
    },
    admitsHelp: {
      nl: 'Hun onderzoekers tellen dan ook de scans van uw organisatie mee, met dezelfde bescherming. Laat leeg als niemand buiten uw organisatie mag meetellen.',
      en: 'Their researchers then also count the scans of your organisation, with the same protection. Leave empty if no one outside your organisation may count them.',
    },
    save: { nl: 'Onderzoeksinstellingen bewaren', en: 'Keep the research settings' },
    saved: { nl: 'De instellingen voor onderzoek zijn opgeslagen.', en: 'The research settings are saved.' },
  },
  dimension: {
    office: { nl: 'Functie', en: 'Office' },
    instrument: { nl: 'Vragenlijstversie', en: 'Instrument version' },
    year: { nl: 'Jaar van indienen', en: 'Year submitted' },
    organisationType: { nl: 'Soort organisatie', en: 'Kind of organisation' },
    measures: { nl: 'Aantal gekozen maatregelen', en: 'Number of measures chosen' },
    'network.size': { nl: 'Netwerk: aantal contacten', en: 'Network: number of contacts' },
    'network.contexts': { nl: 'Netwerk: aantal kringen', en: 'Network: number of circles' },
    'network.multiplexity': {
      nl: 'Netwerk: deel contacten in meer kringen',
      en: 'Network: share of contacts in several circles',
    },
    'network.density': {
      nl: 'Netwerk: hoe goed contacten elkaar kennen',
      en: 'Network: how well contacts know each other',
    },
    'network.inclusiveness': { nl: 'Netwerk: spreiding over sectoren', en: 'Network: spread over sectors' },
    theme: { nl: 'Thema: {{title}}', en: 'Theme: {{title}}' },
    awareness: { nl: 'Eigen inschatting: {{title}}', en: 'Own estimate: {{title}}' },
    indicator: { nl: 'Indicator: {{title}}', en: 'Indicator: {{title}}' },
  },
  category: {
    'niet-gemeten': { nl: 'niet gemeten', en: 'not measured' },
    'geen-kaart': { nl: 'geen netwerkkaart', en: 'no network map' },
    'niet-te-bepalen': { nl: 'niet te bepalen', en: 'cannot be determined' },
    onderschat: { nl: 'lager ingeschat dan de uitkomst', en: 'rated lower than the outcome' },
    gelijk: { nl: 'gelijk aan de uitkomst', en: 'same as the outcome' },
    overschat: { nl: 'hoger ingeschat dan de uitkomst', en: 'rated higher than the outcome' },
    gemeente: { nl: 'gemeente', en: 'municipality' },
    provincie: { nl: 'provincie', en: 'province' },
    waterschap: { nl: 'waterschap', en: 'water authority' },
    rijk: { nl: 'Rijk', en: 'central government' },
    anders: { nl: 'anders', en: 'other' },
  },
} as const satisfies TextTree;

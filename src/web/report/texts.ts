// Texts of one area of the web app, Dutch first with English in the same shape (checked by the
// type). They live with the feature's pages; i18n/nl.ts and en.ts join them in.
export const reportDocumentsNl = {
  title: 'Rapport als bestand',
  download: {
    intro:
      'Download dit rapport als PDF-bestand, bijvoorbeeld om te bewaren of te printen. Het bestand bevat precies wat u op deze pagina ziet.',
    button: 'Download als PDF',
    busy: 'Het bestand wordt gemaakt…',
    done: 'Het bestand {{file}} is gedownload.',
    refused: 'U kunt dit rapport niet (meer) downloaden. De kandidaat heeft het niet (meer) met u gedeeld.',
    notReady: 'Het rapport is nog niet klaar. Probeer het later opnieuw.',
    failed: 'Het bestand kon niet worden gemaakt. {{reason}}',
    logged: 'Het downloaden wordt, net als het lezen, vastgelegd. De kandidaat ziet dat.',
    print: 'U kunt deze pagina ook printen; de knoppen en het menu worden dan weggelaten.',
  },
  view: {
    talkingPoints: 'Vragen voor het gesprek',
    measuresTitle: 'Gekozen maatregelen',
    measuresIntro:
      'De expert heeft deze maatregelen gekozen. Elke maatregel staat hier één keer, ook als hij bij meer onderwerpen hoort.',
    noMeasures: 'De expert heeft geen maatregelen gekozen.',
    measureFor: 'Hoort bij:',
    seeMeasures_one: 'Bij dit onderwerp hoort {{count}} gekozen maatregel; zie "Gekozen maatregelen".',
    seeMeasures_other: 'Bij dit onderwerp horen {{count}} gekozen maatregelen; zie "Gekozen maatregelen".',
    scaleTitle: 'De vier stappen',
    scaleIntro:
      'Elk onderwerp krijgt een van vier stappen. Er is geen totaalscore en geen oordeel "wel of niet geschikt".',
    proposedOnly: 'Uitkomst van de antwoorden:',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const reportDocumentsEn: Widen<typeof reportDocumentsNl> = {
  title: 'Report as a file',
  download: {
    intro:
      'Download this report as a PDF file, for instance to keep or print it. The file holds exactly what you see on this page.',
    button: 'Download as PDF',
    busy: 'Making the file…',
    done: 'The file {{file}} has been downloaded.',
    refused:
      'You cannot download this report (any more). The candidate has not shared it with you (or stopped).',
    notReady: 'The report is not ready yet. Please try again later.',
    failed: 'The file could not be made. {{reason}}',
    logged: 'Downloading is recorded, just like reading. The candidate sees it.',
    print: 'You can also print this page; buttons and the menu are left out.',
  },
  view: {
    talkingPoints: 'Questions for the conversation',
    measuresTitle: 'Chosen measures',
    measuresIntro:
      'The expert chose these measures. Each measure is listed once, even when it belongs to several topics.',
    noMeasures: 'The expert chose no measures.',
    measureFor: 'Belongs to:',
    seeMeasures_one: '{{count}} chosen measure belongs to this topic; see "Chosen measures".',
    seeMeasures_other: '{{count}} chosen measures belong to this topic; see "Chosen measures".',
    scaleTitle: 'The four steps',
    scaleIntro:
      'Each topic gets one of four steps. There is no total score and no verdict of "suitable or not".',
    proposedOnly: 'Outcome of the answers:',
  },
};

// The web app's app-wide texts (the parts that have no feature texts.ts of their own): Dutch and
// English side by side per key, i18next's {{name}} placeholders and _one/_other plurals. Dutch is
// plain language, B1 level, formal "u". nl.ts and en.ts take one language each for i18next;
// test/texts.test.ts checks both languages, the placeholders and that every key is used.
import type { TextTree } from '../../core/texts/translate.ts';

export const appTexts = {
  common: {
    appName: { nl: 'Weerbaar', en: 'Weerbaar' },
    loading: { nl: 'Even geduld. De gegevens worden geladen.', en: 'Please wait. Loading the data.' },
    save: { nl: 'Opslaan', en: 'Save' },
    cancel: { nl: 'Annuleren', en: 'Cancel' },
    close: { nl: 'Sluiten', en: 'Close' },
    continue: { nl: 'Verder', en: 'Continue' },
    retry: { nl: 'Opnieuw proberen', en: 'Try again' },
    errorTitle: { nl: 'Er ging iets mis', en: 'Something went wrong' },
    errorSummaryTitle: { nl: 'Er is iets niet goed ingevuld', en: 'Something is not filled in correctly' },
    unexpectedError: {
      nl: 'Er ging iets mis. Probeer het over een paar minuten opnieuw.',
      en: 'Something went wrong. Please try again in a few minutes.',
    },
    networkError: {
      nl: 'Weerbaar is nu niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
      en: 'Weerbaar cannot be reached right now. Check your internet connection and try again.',
    },
    forbidden: {
      nl: 'U mag deze gegevens niet bekijken of wijzigen.',
      en: 'You are not allowed to view or change this.',
    },
    emailRequired: { nl: 'Vul een e-mailadres in.', en: 'Enter an email address.' },
    emailInvalid: {
      nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
      en: 'Enter a valid email address, for example name@municipality.nl.',
    },
    emailExample: { nl: 'Bijvoorbeeld: naam@gemeente.nl', en: 'For example: name@municipality.nl' },
  },
  layout: {
    skipLink: { nl: 'Direct naar de inhoud', en: 'Skip to content' },
    homeLink: { nl: 'Weerbaar, naar de startpagina', en: 'Weerbaar, go to the start page' },
    tagline: { nl: 'Vertrouwelijke weerbaarheidsscans', en: 'Confidential resilience scans' },
    organisation: { nl: 'Organisatie', en: 'Organisation' },
    signedInAs: { nl: 'Aangemeld als', en: 'Signed in as' },
    signOut: { nl: 'Afmelden', en: 'Sign out' },
    switchLanguage: { nl: 'English', en: 'Nederlands' },
    switchLanguageCode: { nl: 'en', en: 'nl' },
    mainNavigation: { nl: 'Hoofdmenu', en: 'Main menu' },
    userNavigation: { nl: 'Uw account', en: 'Your account' },
    nav: {
      home: { nl: 'Start', en: 'Start' },
      members: { nl: 'Gebruikers', en: 'Users' },
      settings: { nl: 'Instellingen', en: 'Settings' },
      security: { nl: 'Beveiliging', en: 'Security' },
      organisations: { nl: 'Andere organisatie', en: 'Other organisation' },
      instruments: { nl: 'Instrumenten', en: 'Instruments' },
      procedures: { nl: 'Procedures', en: 'Procedures' },
      myScans: { nl: 'Mijn scans', en: 'My scans' },
    },
    zelfscanLink: {
      nl: 'Zelfscan persoonlijke veiligheid — zonder account',
      en: 'Personal safety self-scan — no account needed',
    },
    footerPrivacy: {
      nl: 'Weerbaar bewaart gegevens versleuteld. Wat een kandidaat invult, wordt alleen gedeeld als de kandidaat daar zelf toestemming voor geeft.',
      en: 'Weerbaar stores data encrypted. What a candidate fills in is only shared when the candidate gives permission.',
    },
    footerOpenSource: {
      nl: 'Weerbaar is open source software (EUPL-1.2).',
      en: 'Weerbaar is open source software (EUPL-1.2).',
    },
    sessionExpired: {
      nl: 'U bent afgemeld, omdat u een tijd niets heeft gedaan. Meld u opnieuw aan.',
      en: 'You have been signed out because you were inactive for a while. Please sign in again.',
    },
    signedOut: { nl: 'U bent afgemeld.', en: 'You have been signed out.' },
    signedOutEverywhere: {
      nl: 'U bent op al uw apparaten afgemeld.',
      en: 'You have been signed out on all your devices.',
    },
  },
  roles: {
    beheerder: { nl: 'Beheerder', en: 'Administrator' },
    opdrachtgever: { nl: 'Opdrachtgever', en: 'Client' },
    expert: { nl: 'Expert', en: 'Expert' },
    kandidaat: { nl: 'Kandidaat', en: 'Candidate' },
    onderzoeker: { nl: 'Onderzoeker', en: 'Researcher' },
    commissie: { nl: 'Kandidatencommissie', en: 'Selection committee' },
  },
  roleDescriptions: {
    beheerder: {
      nl: 'Beheert de gebruikers en de instellingen van de organisatie.',
      en: 'Manages the users and settings of the organisation.',
    },
    opdrachtgever: {
      nl: 'Start procedures en nodigt kandidaten uit. Ziet een rapport alleen als de kandidaat het deelt.',
      en: 'Starts procedures and invites candidates. Sees a report only when the candidate shares it.',
    },
    expert: {
      nl: 'Begeleidt en beoordeelt de scans van kandidaten.',
      en: 'Guides and assesses the scans of candidates.',
    },
    kandidaat: { nl: 'Vult een scan in over zichzelf.', en: 'Fills in a scan about themselves.' },
    onderzoeker: {
      nl: 'Ziet alleen totalen over grote groepen, nooit gegevens van één persoon.',
      en: 'Sees only totals for large groups, never the data of one person.',
    },
    commissie: {
      nl: 'Stelt de kandidatenlijst samen: nodigt kandidaten uit en krijgt gesprekspunten als de kandidaat die deelt. Nooit antwoorden.',
      en: 'Puts the list of candidates together: invites candidates and gets talking points when the candidate shares them. Never answers.',
    },
  },
  memberStatus: {
    invited: { nl: 'Uitgenodigd', en: 'Invited' },
    active: { nl: 'Actief', en: 'Active' },
    disabled: { nl: 'Geblokkeerd', en: 'Blocked' },
  },
  problems: {
    'link-invalid': {
      nl: 'Deze link werkt niet meer. Hij is verlopen, al gebruikt of niet compleet.',
      en: 'This link no longer works. It has expired, was already used or is incomplete.',
    },
    'totp-invalid': {
      nl: 'Deze code klopt niet. Misschien is hij net verlopen. Vul de nieuwe code uit de app in.',
      en: 'This code is not correct. It may have just expired. Enter the new code from the app.',
    },
    'recovery-code-invalid': {
      nl: 'Deze herstelcode klopt niet of is al gebruikt.',
      en: 'This recovery code is not correct or has already been used.',
    },
    'rate-limited': {
      nl: 'U heeft het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
      en: 'You have tried too often. Wait a few minutes and then try again.',
    },
  },
  signIn: {
    title: { nl: 'Aanmelden', en: 'Sign in' },
    intro: {
      nl: 'Vul uw e-mailadres in. U krijgt dan een e-mail met een link. Met die link meldt u zich aan.',
      en: 'Enter your email address. You will get an email with a link. You use that link to sign in.',
    },
    noPassword: {
      nl: 'U heeft geen wachtwoord nodig. De link in de e-mail werkt één keer en maar een korte tijd. Zo kan niemand anders met uw account aanmelden.',
      en: 'You do not need a password. The link in the email works once and only for a short time. That way nobody else can sign in with your account.',
    },
    emailLabel: { nl: 'E-mailadres', en: 'Email address' },
    submit: { nl: 'Stuur mij een link', en: 'Send me a link' },
    sentTitle: { nl: 'Kijk in uw e-mail', en: 'Check your email' },
    sentText: {
      nl: 'Is {{email}} bij ons bekend? Dan krijgt u binnen een paar minuten een e-mail met een link. Klik op de link in de e-mail om aan te melden.',
      en: 'Do we know {{email}}? Then you will get an email with a link within a few minutes. Click the link in the email to sign in.',
    },
    sentHint: {
      nl: 'Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail (spam). Of vraag een nieuwe link aan.',
      en: 'No email? Also check your junk mail (spam). Or request a new link.',
    },
    again: { nl: 'Nieuwe link aanvragen', en: 'Request a new link' },
  },
  signInLink: {
    title: { nl: 'Aanmelden met de link', en: 'Signing in with the link' },
    busy: { nl: 'We controleren uw link. Even geduld.', en: 'We are checking your link. Please wait.' },
    invalidTitle: { nl: 'Deze link werkt niet meer', en: 'This link no longer works' },
    invalidText: {
      nl: 'De link is verlopen, al gebruikt of niet compleet. Dat is niet erg. Vraag een nieuwe link aan, dan kunt u het opnieuw proberen.',
      en: 'The link has expired, was already used or is incomplete. That is not a problem. Request a new link and try again.',
    },
    missingText: {
      nl: 'Er staat geen code in deze link. Gebruik de link uit de e-mail, of vraag een nieuwe link aan.',
      en: 'This link does not contain a code. Use the link from the email, or request a new link.',
    },
    requestNew: { nl: 'Nieuwe link aanvragen', en: 'Request a new link' },
  },
  secondFactor: {
    setupTitle: { nl: 'Beveilig uw account', en: 'Secure your account' },
    setupIntro: {
      nl: 'In Weerbaar staan vertrouwelijke gegevens. Daarom vragen we bij het aanmelden een tweede stap, naast de link in uw e-mail. Kies hoe u dat wilt doen. U hoeft dit maar één keer in te stellen.',
      en: 'Weerbaar holds confidential data. That is why we ask for a second step when you sign in, in addition to the link in your email. Choose how you want to do this. You only need to set this up once.',
    },
    choiceLegend: { nl: 'Hoe wilt u de tweede stap doen?', en: 'How do you want to do the second step?' },
    passkeyOption: { nl: 'Met een toegangssleutel (aanbevolen)', en: 'With a passkey (recommended)' },
    passkeyOptionDescription: {
      nl: 'U bevestigt met uw vingerafdruk, gezicht of pincode op dit apparaat, of met een beveiligingssleutel. Dit is snel en veilig.',
      en: 'You confirm with your fingerprint, face or PIN on this device, or with a security key. This is fast and secure.',
    },
    totpOption: { nl: 'Met een app die codes maakt', en: 'With an app that makes codes' },
    totpOptionDescription: {
      nl: 'Een authenticator-app op uw telefoon maakt elke 30 seconden een nieuwe code van 6 cijfers.',
      en: 'An authenticator app on your phone makes a new 6-digit code every 30 seconds.',
    },
    passkeyUnsupported: {
      nl: 'Deze browser kan geen toegangssleutels gebruiken. Kies de app die codes maakt.',
      en: 'This browser cannot use passkeys. Choose the app that makes codes.',
    },
    choose: { nl: 'Verder', en: 'Continue' },
    chooseOther: { nl: 'Andere manier kiezen', en: 'Choose another way' },
    verifyTitle: { nl: 'Bevestig dat u het bent', en: 'Confirm it is you' },
    verifyIntro: {
      nl: 'U heeft de link uit uw e-mail gebruikt. Doe nu de tweede stap.',
      en: 'You used the link from your email. Now do the second step.',
    },
    passkeyTitle: { nl: 'Met uw toegangssleutel', en: 'With your passkey' },
    totpTitle: { nl: 'Met een code uit uw app', en: 'With a code from your app' },
    recoveryTitle: { nl: 'Geen toegang tot uw telefoon of sleutel?', en: 'No access to your phone or key?' },
    recoveryIntro: {
      nl: 'Gebruik dan één van de herstelcodes die u heeft bewaard. Elke code werkt één keer.',
      en: 'Then use one of the recovery codes you stored. Each code works once.',
    },
    doneTitle: { nl: 'Uw account is beveiligd', en: 'Your account is secured' },
  },
  passkey: {
    title: { nl: 'Toegangssleutel maken', en: 'Create a passkey' },
    intro: {
      nl: 'Klik op de knop. Uw browser vraagt u dan om te bevestigen met uw vingerafdruk, gezicht, pincode of beveiligingssleutel.',
      en: 'Click the button. Your browser will then ask you to confirm with your fingerprint, face, PIN or security key.',
    },
    nameLabel: { nl: 'Naam van de sleutel (niet verplicht)', en: 'Name of the key (optional)' },
    nameDescription: {
      nl: 'Zo herkent u de sleutel later. Bijvoorbeeld: laptop werk.',
      en: 'This helps you recognise the key later. For example: work laptop.',
    },
    create: { nl: 'Toegangssleutel maken', en: 'Create passkey' },
    use: { nl: 'Bevestigen met toegangssleutel', en: 'Confirm with passkey' },
    cancelled: {
      nl: 'Het maken of gebruiken van de toegangssleutel is gestopt. Probeer het opnieuw, of kies een andere manier.',
      en: 'Creating or using the passkey was stopped. Try again, or choose another way.',
    },
    alreadyRegistered: {
      nl: 'Deze toegangssleutel hoort al bij uw account.',
      en: 'This passkey already belongs to your account.',
    },
    failed: {
      nl: 'Het lukte niet om de toegangssleutel te gebruiken. Probeer het opnieuw, of kies een andere manier.',
      en: 'The passkey could not be used. Try again, or choose another way.',
    },
    added: { nl: 'De toegangssleutel is toegevoegd.', en: 'The passkey has been added.' },
  },
  totp: {
    title: { nl: 'App voor codes instellen', en: 'Set up an app for codes' },
    step1: {
      nl: 'Open de authenticator-app op uw telefoon.',
      en: 'Open the authenticator app on your phone.',
    },
    step2: { nl: 'Scan de QR-code met de app.', en: 'Scan the QR code with the app.' },
    step3: {
      nl: 'Vul hieronder de code van 6 cijfers in die de app laat zien.',
      en: 'Enter the 6-digit code that the app shows below.',
    },
    qrAlt: {
      nl: 'QR-code om Weerbaar toe te voegen aan uw authenticator-app',
      en: 'QR code to add Weerbaar to your authenticator app',
    },
    manualTitle: { nl: 'Lukt scannen niet?', en: 'Scanning does not work?' },
    manualText: { nl: 'Vul dan deze sleutel in de app in:', en: 'Then enter this key in the app:' },
    codeLabel: { nl: 'Code uit de app', en: 'Code from the app' },
    codeDescription: {
      nl: '6 cijfers. De code verandert elke 30 seconden.',
      en: '6 digits. The code changes every 30 seconds.',
    },
    confirm: { nl: 'Code bevestigen', en: 'Confirm code' },
    verify: { nl: 'Aanmelden met code', en: 'Sign in with code' },
    codeRequired: {
      nl: 'Vul de code van 6 cijfers uit de app in.',
      en: 'Enter the 6-digit code from the app.',
    },
    codeFormat: {
      nl: 'De code bestaat uit 6 cijfers. Vul alleen de cijfers in.',
      en: 'The code has 6 digits. Enter only the digits.',
    },
    added: { nl: 'De app voor codes is ingesteld.', en: 'The app for codes has been set up.' },
  },
  recovery: {
    title: { nl: 'Bewaar uw herstelcodes', en: 'Store your recovery codes' },
    intro: {
      nl: 'Bent u uw telefoon of toegangssleutel kwijt? Dan kunt u met een herstelcode toch aanmelden. Elke code werkt één keer.',
      en: 'Have you lost your phone or passkey? Then you can still sign in with a recovery code. Each code works once.',
    },
    onlyOnce: {
      nl: 'U ziet deze codes maar één keer. Bewaar ze op een veilige plek, bijvoorbeeld op papier of in een wachtwoordkluis.',
      en: 'You will see these codes only once. Keep them in a safe place, for example on paper or in a password manager.',
    },
    listLabel: { nl: 'Uw herstelcodes', en: 'Your recovery codes' },
    copy: { nl: 'Codes kopiëren', en: 'Copy codes' },
    copied: { nl: 'De codes zijn gekopieerd.', en: 'The codes have been copied.' },
    confirmLabel: {
      nl: 'Ik heb mijn herstelcodes veilig bewaard',
      en: 'I have stored my recovery codes safely',
    },
    confirmRequired: {
      nl: 'Bevestig dat u uw herstelcodes veilig heeft bewaard.',
      en: 'Confirm that you have stored your recovery codes safely.',
    },
    codeLabel: { nl: 'Herstelcode', en: 'Recovery code' },
    codeRequired: { nl: 'Vul een herstelcode in.', en: 'Enter a recovery code.' },
    submit: { nl: 'Aanmelden met herstelcode', en: 'Sign in with recovery code' },
  },
  chooser: {
    title: { nl: 'Kies een organisatie', en: 'Choose an organisation' },
    intro: {
      nl: 'U werkt met Weerbaar voor meer dan één organisatie. Kies met welke organisatie u verder wilt.',
      en: 'You use Weerbaar for more than one organisation. Choose the organisation you want to continue with.',
    },
    role: { nl: 'Uw rol: {{role}}', en: 'Your role: {{role}}' },
    noneTitle: { nl: 'Nog geen toegang', en: 'No access yet' },
    noneText: {
      nl: 'U bent aangemeld, maar u heeft nog geen toegang tot een organisatie. Neem contact op met de beheerder van uw organisatie.',
      en: 'You are signed in, but you do not have access to an organisation yet. Please contact the administrator of your organisation.',
    },
  },
  orgHome: {
    welcome: { nl: 'Welkom, {{name}}', en: 'Welcome, {{name}}' },
    noAccessTitle: { nl: 'Geen toegang', en: 'No access' },
    noAccessText: {
      nl: 'U heeft geen toegang tot deze organisatie. Kies een organisatie op de startpagina.',
      en: 'You do not have access to this organisation. Choose an organisation on the start page.',
    },
    toStart: { nl: 'Naar de startpagina', en: 'Go to the start page' },
    yourRole: {
      nl: 'U werkt in Weerbaar als {{role}} voor {{org}}.',
      en: 'You use Weerbaar as {{role}} for {{org}}.',
    },
    beheerder: {
      intro: {
        nl: 'U beheert wie toegang heeft tot Weerbaar voor {{org}} en hoe uw organisatie Weerbaar gebruikt.',
        en: 'You manage who has access to Weerbaar for {{org}} and how your organisation uses Weerbaar.',
      },
      membersTitle: { nl: 'Gebruikers', en: 'Users' },
      membersText: {
        nl: 'Nodig mensen uit, wijzig hun rol of blokkeer hun toegang.',
        en: 'Invite people, change their role or block their access.',
      },
      membersLink: { nl: 'Naar gebruikers', en: 'Go to users' },
      settingsTitle: { nl: 'Instellingen', en: 'Settings' },
      settingsText: {
        nl: 'Kies bijvoorbeeld of kandidaten bij het aanmelden een tweede stap moeten doen.',
        en: 'For example, choose whether candidates must do a second step when they sign in.',
      },
      settingsLink: { nl: 'Naar instellingen', en: 'Go to settings' },
      instrumentsTitle: { nl: 'Instrumenten', en: 'Instruments' },
      instrumentsText: {
        nl: 'Bekijk de vragenlijsten en probeer ze uit. U ziet meteen welke uitkomst de antwoorden geven.',
        en: 'View the questionnaires and try them out. You see straight away what the answers lead to.',
      },
      instrumentsLink: { nl: 'Naar instrumenten', en: 'Go to instruments' },
    },
    opdrachtgever: {
      title: { nl: 'Procedures', en: 'Procedures' },
      text: {
        nl: 'Een procedure is bijvoorbeeld de werving van een nieuwe wethouder. Per procedure nodigt u kandidaten uit voor een weerbaarheidsscan, en volgt u hoe ver ze zijn.',
        en: 'A procedure is, for example, the recruitment of a new alderman. For each procedure you invite candidates for a resilience scan, and follow how far they are.',
      },
      link: { nl: 'Naar procedures', en: 'Go to procedures' },
      newTitle: { nl: 'Nieuwe procedure', en: 'New procedure' },
      newText: {
        nl: 'Kies de vragenlijst, de functie en de expert. Daarna nodigt u kandidaten uit.',
        en: 'Choose the questionnaire, the office and the expert. Then you invite candidates.',
      },
      status: {
        nl: 'Per kandidaat ziet u hoe ver de scan is. Het rapport ziet u alleen als de kandidaat het met u deelt. De kandidaat kan dat delen ook weer stoppen.',
        en: 'For each candidate you see how far the scan is. You only see the report if the candidate shares it with you. The candidate can also stop sharing.',
      },
      newLink: { nl: 'Nieuwe procedure openen', en: 'Open a new procedure' },
    },
    expert: {
      title: { nl: 'Scans om te beoordelen', en: 'Scans to assess' },
      text: {
        nl: 'U bekijkt de antwoorden van kandidaten in de procedures waaraan u bent toegewezen, bespreekt ze met de kandidaat en schrijft per onderwerp uw oordeel.',
        en: 'You look at the answers of candidates in the procedures you are assigned to, discuss them with the candidate and write your judgement for each topic.',
      },
      link: { nl: 'Naar procedures', en: 'Go to procedures' },
    },
    kandidaat: {
      intro: {
        nl: 'Fijn dat u er bent. Neem rustig de tijd. U hoeft niets in één keer af te maken. Hieronder leest u wat er met uw gegevens gebeurt.',
        en: 'Good to have you here. Take your time. You do not need to finish anything in one go. Below you can read what happens with your data.',
      },
      whoTitle: { nl: 'Wie ziet wat?', en: 'Who sees what?' },
      whoSecure: {
        nl: 'Wat u invult, is vertrouwelijk. Weerbaar bewaart het versleuteld.',
        en: 'What you fill in is confidential. Weerbaar stores it encrypted.',
      },
      whoExpert: {
        nl: 'De expert die uw scan begeleidt, ziet uw antwoorden. Zo kan de expert het gesprek met u voorbereiden.',
        en: 'The expert who guides your scan sees your answers. That way the expert can prepare the conversation with you.',
      },
      whoClient: {
        nl: 'De opdrachtgever ziet alleen hoe ver u bent. Uw rapport ziet de opdrachtgever alleen als u het zelf deelt. U kunt het delen altijd weer stoppen.',
        en: 'The client only sees how far you are. The client only sees your report if you share it yourself. You can always stop sharing.',
      },
      whoResearch: {
        nl: 'Onderzoekers zien nooit uw gegevens. Zij zien alleen totalen over grote groepen, zonder namen.',
        en: 'Researchers never see your data. They only see totals for large groups, without names.',
      },
      whoLog: {
        nl: 'U kunt altijd zien wie uw gegevens heeft bekeken.',
        en: 'You can always see who has looked at your data.',
      },
      scanTitle: { nl: 'Uw scan', en: 'Your scan' },
      scanText: {
        nl: 'Vul uw scan in, lees uw rapport en bepaal zelf of u het deelt.',
        en: 'Fill in your scan, read your report and decide yourself whether you share it.',
      },
      scanLink: { nl: 'Naar mijn scans', en: 'Go to my scans' },
      helpTitle: { nl: 'Vragen of zorgen?', en: 'Questions or worries?' },
      helpText: {
        nl: 'Heeft u vragen over de scan? Neem dan contact op met de expert of met de organisatie die u heeft uitgenodigd.',
        en: 'Do you have questions about the scan? Then contact the expert or the organisation that invited you.',
      },
      helpPressure: {
        nl: 'Voelt u zich onder druk gezet, of wordt u bedreigd? Praat erover met een vertrouwenspersoon. U kunt ook terecht bij het Ondersteuningsteam Weerbaar Bestuur. U staat er niet alleen voor.',
        en: 'Do you feel pressured, or are you being threatened? Talk about it with a confidential adviser. You can also turn to the Ondersteuningsteam Weerbaar Bestuur (support team for resilient government). You are not alone.',
      },
    },
    onderzoeker: {
      title: { nl: 'Cijfers voor onderzoek', en: 'Figures for research' },
      text: {
        nl: 'U maakt hier tabellen met totalen over groepen scans. Bijvoorbeeld hoe vaak een thema een aandachtspunt is, per functie of per jaar.',
        en: 'Here you build tables of totals over groups of scans. For example, how often a theme is a point of attention, by office or by year.',
      },
      link: { nl: 'Tabellen maken', en: 'Build tables' },
      privacy: {
        nl: 'U ziet nooit gegevens van één persoon. Kleine groepen laten we niet zien, omdat u mensen dan zou kunnen herkennen.',
        en: 'You never see the data of one person. We do not show small groups, because you could then recognise people.',
      },
    },
  },
  beheerderOnly: {
    title: { nl: 'Geen toegang', en: 'No access' },
    text: {
      nl: 'Alleen een beheerder van deze organisatie kan deze pagina gebruiken.',
      en: 'Only an administrator of this organisation can use this page.',
    },
  },
  members: {
    title: { nl: 'Gebruikers', en: 'Users' },
    intro: {
      nl: 'Hier ziet u wie toegang heeft tot Weerbaar voor {{org}}.',
      en: 'Here you see who has access to Weerbaar for {{org}}.',
    },
    tableCaption: { nl: 'Gebruikers van {{org}}', en: 'Users of {{org}}' },
    tableRegion: {
      nl: 'Tabel met gebruikers. Op een klein scherm kunt u de tabel opzij schuiven.',
      en: 'Table of users. On a small screen you can scroll the table sideways.',
    },
    nameAndEmail: { nl: 'Naam en e-mailadres', en: 'Name and email address' },
    email: { nl: 'E-mailadres', en: 'Email address' },
    role: { nl: 'Rol', en: 'Role' },
    status: { nl: 'Status', en: 'Status' },
    actions: { nl: 'Acties', en: 'Actions' },
    you: { nl: '(u)', en: '(you)' },
    edit: { nl: 'Wijzigen', en: 'Change' },
    editLabel: { nl: 'Wijzigen: {{name}}', en: 'Change: {{name}}' },
    empty: { nl: 'Er zijn nog geen gebruikers.', en: 'There are no users yet.' },
    inviteTitle: { nl: 'Iemand uitnodigen', en: 'Invite someone' },
    inviteIntro: {
      nl: 'De persoon krijgt een e-mail met een link om zich aan te melden.',
      en: 'The person gets an email with a link to sign in.',
    },
    nameLabel: { nl: 'Naam', en: 'Name' },
    nameDescription: {
      nl: 'Zo ziet iedereen de naam in Weerbaar en in e-mails.',
      en: 'Everyone sees this name in Weerbaar and in emails.',
    },
    nameRequired: { nl: 'Vul een naam in.', en: 'Enter a name.' },
    roleLabel: { nl: 'Rol', en: 'Role' },
    roleChoose: { nl: 'Kies een rol', en: 'Choose a role' },
    roleRequired: { nl: 'Kies een rol.', en: 'Choose a role.' },
    rolesExplained: { nl: 'Wat mag elke rol?', en: 'What can each role do?' },
    inviteSubmit: { nl: 'Uitnodiging versturen', en: 'Send invitation' },
    invited: {
      nl: '{{name}} is uitgenodigd. We hebben een e-mail gestuurd naar {{email}}.',
      en: '{{name}} has been invited. We sent an email to {{email}}.',
    },
    editTitle: { nl: '{{name}} wijzigen', en: 'Change {{name}}' },
    changeRole: { nl: 'Rol opslaan', en: 'Save role' },
    roleChanged: { nl: 'De rol van {{name}} is nu: {{role}}.', en: 'The role of {{name}} is now: {{role}}.' },
    accessTitle: { nl: 'Toegang', en: 'Access' },
    disable: { nl: 'Toegang blokkeren', en: 'Block access' },
    enable: { nl: 'Toegang weer geven', en: 'Give access again' },
    disableHelp: {
      nl: 'Wie geblokkeerd is, kan zich niet meer aanmelden bij uw organisatie. U kunt dit later weer terugdraaien.',
      en: 'A blocked person can no longer sign in to your organisation. You can undo this later.',
    },
    disabled: { nl: '{{name}} heeft geen toegang meer.', en: '{{name}} no longer has access.' },
    enabled: { nl: '{{name}} heeft weer toegang.', en: '{{name}} has access again.' },
    invitationTitle: { nl: 'Uitnodiging', en: 'Invitation' },
    invitationHelp: {
      nl: '{{name}} heeft de uitnodiging nog niet gebruikt. U kunt de uitnodiging opnieuw sturen.',
      en: '{{name}} has not used the invitation yet. You can send the invitation again.',
    },
    resend: { nl: 'Uitnodiging opnieuw sturen', en: 'Send invitation again' },
    resent: {
      nl: 'De uitnodiging is opnieuw gestuurd naar {{email}}.',
      en: 'The invitation has been sent again to {{email}}.',
    },
  },
  settings: {
    title: { nl: 'Instellingen', en: 'Settings' },
    intro: { nl: 'Instellingen voor {{org}}.', en: 'Settings for {{org}}.' },
    organisationName: { nl: 'Naam van de organisatie', en: 'Name of the organisation' },
    organisationSlug: { nl: 'Korte naam', en: 'Short name' },
    securityTitle: { nl: 'Aanmelden van kandidaten', en: 'How candidates sign in' },
    candidateSecondFactorLabel: {
      nl: 'Kandidaten moeten bij het aanmelden een tweede stap doen',
      en: 'Candidates must do a second step when they sign in',
    },
    candidateSecondFactorDescription: {
      nl: 'Medewerkers doen altijd een tweede stap. Voor kandidaten kiest u het zelf. Met een tweede stap zijn hun gegevens beter beschermd.',
      en: 'Staff always do a second step. For candidates you decide. With a second step their data is better protected.',
    },
    saved: { nl: 'De instellingen zijn opgeslagen.', en: 'The settings have been saved.' },
  },
  security: {
    title: { nl: 'Beveiliging van uw account', en: 'Security of your account' },
    intro: {
      nl: 'Hier ziet u hoe u zich aanmeldt. U kunt een toegangssleutel toevoegen of een app voor codes instellen.',
      en: 'Here you see how you sign in. You can add a passkey or set up an app for codes.',
    },
    overviewTitle: { nl: 'Uw tweede stap', en: 'Your second step' },
    notRequired: {
      nl: 'Voor u is een tweede stap niet verplicht. We raden het wel aan.',
      en: 'A second step is not required for you. We do recommend it.',
    },
    passkeys: { nl: 'Toegangssleutels', en: 'Passkeys' },
    passkeysCount_one: { nl: '{{count}} toegangssleutel', en: '{{count}} passkey' },
    passkeysCount_other: { nl: '{{count}} toegangssleutels', en: '{{count}} passkeys' },
    totp: { nl: 'App voor codes', en: 'App for codes' },
    totpOn: { nl: 'Ingesteld', en: 'Set up' },
    totpOff: { nl: 'Niet ingesteld', en: 'Not set up' },
    recoveryCodes: { nl: 'Herstelcodes over', en: 'Recovery codes left' },
    none: { nl: 'Geen', en: 'None' },
    addPasskey: { nl: 'Toegangssleutel toevoegen', en: 'Add passkey' },
    setupTotp: { nl: 'App voor codes instellen', en: 'Set up app for codes' },
    signOutEverywhereTitle: { nl: 'Overal afmelden', en: 'Sign out everywhere' },
    signOutEverywhereText: {
      nl: 'Bent u aangemeld op een apparaat dat niet van u is? Of bent u uw telefoon kwijt? Meld u dan overal af. U moet zich daarna op elk apparaat opnieuw aanmelden.',
      en: 'Are you signed in on a device that is not yours? Or have you lost your phone? Then sign out everywhere. You will have to sign in again on every device.',
    },
    signOutEverywhere: { nl: 'Overal afmelden', en: 'Sign out everywhere' },
  },
  instrument: {
    required: { nl: 'verplicht', en: 'required' },
    tip: { nl: 'Tip', en: 'Tip' },
    yesNoUnknown: {
      ja: { nl: 'Ja', en: 'Yes' },
      nee: { nl: 'Nee', en: 'No' },
      onbekend: { nl: 'Weet ik niet', en: "Don't know" },
    },
    chooseAtMost_one: { nl: 'Kies er hoogstens {{count}}.', en: 'Choose at most {{count}}.' },
    chooseAtMost_other: { nl: 'Kies er hoogstens {{count}}.', en: 'Choose at most {{count}}.' },
    numberInvalid: { nl: 'Vul een getal in, bijvoorbeeld 12.', en: 'Enter a number, for example 12.' },
    unit: { nl: 'In {{unit}}.', en: 'In {{unit}}.' },
    progress_one: {
      nl: '{{answered}} van {{count}} vraag beantwoord.',
      en: '{{answered}} of {{count}} question answered.',
    },
    progress_other: {
      nl: '{{answered}} van {{count}} vragen beantwoord.',
      en: '{{answered}} of {{count}} questions answered.',
    },
    progressRequired_one: {
      nl: 'Verplicht: {{answered}} van {{count}}.',
      en: 'Required: {{answered}} of {{count}}.',
    },
    progressRequired_other: {
      nl: 'Verplicht: {{answered}} van {{count}}.',
      en: 'Required: {{answered}} of {{count}}.',
    },
    noEntries: { nl: 'U heeft nog geen {{label}} toegevoegd.', en: 'You have not added a {{label}} yet.' },
    addFirst: { nl: '{{label}} toevoegen', en: 'Add a {{label}}' },
    addAnother: { nl: 'Nog een {{label}} toevoegen', en: 'Add another {{label}}' },
    removeEntry: { nl: '{{entry}} verwijderen', en: 'Remove {{entry}}' },
    entryAdded: { nl: '{{entry}} is toegevoegd.', en: '{{entry}} has been added.' },
    entryRemoved: { nl: '{{entry}} is verwijderd.', en: '{{entry}} has been removed.' },
    maxEntries_one: { nl: 'U kunt er hoogstens {{count}} toevoegen.', en: 'You can add at most {{count}}.' },
    maxEntries_other: {
      nl: 'U kunt er hoogstens {{count}} toevoegen.',
      en: 'You can add at most {{count}}.',
    },
  },
  results: {
    themesTitle: { nl: "Thema's", en: 'Themes' },
    indicatorsTitle_one: {
      nl: 'Indicatoren met een aandachtspunt of hoger ({{count}})',
      en: 'Indicators at point of attention or higher ({{count}})',
    },
    indicatorsTitle_other: {
      nl: 'Indicatoren met een aandachtspunt of hoger ({{count}})',
      en: 'Indicators at point of attention or higher ({{count}})',
    },
    noIndicators: {
      nl: 'Nog geen enkele indicator geeft een aandachtspunt.',
      en: 'No indicator shows a point of attention yet.',
    },
    networkNote: {
      nl: 'De netwerkkaart is niet ingevuld. Indicatoren die gegevens uit de netwerkkaart gebruiken, lopen daarom niet op.',
      en: 'The network map has not been filled in. Indicators that use data from the network map therefore do not rise.',
    },
    theme: { nl: 'Thema: {{theme}}', en: 'Theme: {{theme}}' },
    evidence: { nl: 'Op grond van', en: 'Based on' },
    noEvidence: { nl: 'Er worden geen antwoorden genoemd.', en: 'No answers are cited.' },
    notAnswered: { nl: 'niet beantwoord', en: 'not answered' },
    noEntries: { nl: 'geen', en: 'none' },
    networkData: {
      nl: 'Gegeven uit de netwerkkaart ({{name}}):',
      en: 'Data from the network map ({{name}}):',
    },
    networkMissing: { nl: 'nog niet ingevuld', en: 'not filled in yet' },
    candidateText: { nl: 'Tekst voor de kandidaat', en: 'Text for the candidate' },
    expertText: { nl: 'Tekst voor de deskundige', en: 'Text for the expert' },
    talkingPoints: { nl: 'Vragen voor het gesprek', en: 'Questions for the conversation' },
    quietIndicators_one: {
      nl: 'Indicator zonder aandachtspunt ({{count}})',
      en: 'Indicator without a point of attention ({{count}})',
    },
    quietIndicators_other: {
      nl: 'Indicatoren zonder aandachtspunt ({{count}})',
      en: 'Indicators without a point of attention ({{count}})',
    },
    awarenessTitle: { nl: 'Eigen inschatting en uitkomst', en: 'Own rating and outcome' },
    noAwareness: {
      nl: 'Er is nog geen eigen inschatting ingevuld.',
      en: 'No own rating has been given yet.',
    },
    perceived: { nl: 'Eigen inschatting', en: 'Own rating' },
    computed: { nl: 'Uitkomst van de antwoorden', en: 'Outcome of the answers' },
    blindSpot: { nl: 'Blinde vlek.', en: 'Blind spot.' },
    blindSpotText_one: {
      nl: 'De uitkomst is {{count}} stap hoger dan de eigen inschatting.',
      en: 'The outcome is {{count}} step higher than the own rating.',
    },
    blindSpotText_other: {
      nl: 'De uitkomst is {{count}} stappen hoger dan de eigen inschatting.',
      en: 'The outcome is {{count}} steps higher than the own rating.',
    },
    overestimate_one: {
      nl: 'De eigen inschatting is {{count}} stap hoger dan de uitkomst.',
      en: 'The own rating is {{count}} step higher than the outcome.',
    },
    overestimate_other: {
      nl: 'De eigen inschatting is {{count}} stappen hoger dan de uitkomst.',
      en: 'The own rating is {{count}} steps higher than the outcome.',
    },
    sameView: {
      nl: 'De eigen inschatting en de uitkomst zijn gelijk.',
      en: 'The own rating and the outcome are the same.',
    },
    measuresTitle_one: { nl: 'Voorgestelde maatregel ({{count}})', en: 'Suggested measure ({{count}})' },
    measuresTitle_other: { nl: 'Voorgestelde maatregelen ({{count}})', en: 'Suggested measures ({{count}})' },
    noMeasures: {
      nl: 'Er zijn nog geen maatregelen voorgesteld.',
      en: 'No measures have been suggested yet.',
    },
    because: { nl: 'Omdat deze indicatoren zijn opgelopen:', en: 'Because these indicators rose:' },
    levelChanged: { nl: '{{indicator}}: nu {{level}}.', en: '{{indicator}}: now {{level}}.' },
  },
  instruments: {
    title: { nl: 'Instrumenten', en: 'Instruments' },
    intro: {
      nl: 'Dit zijn de vragenlijsten die Weerbaar gebruikt. Open een vragenlijst om hem uit te proberen: u ziet welke vragen iemand krijgt en welke uitkomst de antwoorden geven. Versie en kenmerk leggen vast welke vragenlijst een scan gebruikt. Het kenmerk verandert bij elke wijziging van de inhoud.',
      en: 'These are the questionnaires Weerbaar uses. Open one to try it out: you see which questions a person gets and what the answers lead to. Version and fingerprint record which questionnaire a scan uses. The fingerprint changes with every change of content.',
    },
    empty: { nl: 'Er zijn nog geen instrumenten.', en: 'There are no instruments yet.' },
    mode: { nl: 'Soort', en: 'Kind' },
    modes: {
      scan: { nl: 'Scan met een deskundige', en: 'Scan with an expert' },
      check: { nl: 'Check voor een selectiecommissie', en: 'Check for a selection committee' },
      reflectie: {
        nl: 'Reflectie: de uitkomst blijft bij de persoon zelf',
        en: 'Reflection: the outcome stays with the person',
      },
      zelfscan: { nl: 'Zelfscan: anoniem, zonder account', en: 'Self-scan: anonymous, no account' },
    },
    version: { nl: 'Versie', en: 'Version' },
    versionsCount_one: { nl: '({{count}} versie)', en: '({{count}} version)' },
    versionsCount_other: { nl: '({{count}} versies)', en: '({{count}} versions)' },
    hash: { nl: 'Kenmerk', en: 'Fingerprint' },
    duration: { nl: 'Invullen duurt', en: 'Takes' },
    minutes_one: { nl: 'ongeveer {{count}} minuut', en: 'about {{count}} minute' },
    minutes_other: { nl: 'ongeveer {{count}} minuten', en: 'about {{count}} minutes' },
  },
  preview: {
    loadingTitle: { nl: 'Voorbeeld van een instrument', en: 'Preview of an instrument' },
    title: { nl: 'Voorbeeld: {{title}}', en: 'Preview: {{title}}' },
    back: { nl: 'Terug naar de instrumenten', en: 'Back to the instruments' },
    noticeTitle: { nl: 'Dit is een voorbeeld.', en: 'This is a preview.' },
    notice: {
      nl: 'Wat u hier invult, wordt niet bewaard en niet verstuurd. De uitkomst wordt in uw eigen browser berekend, met dezelfde regels als in een echte scan.',
      en: 'What you fill in here is not stored and not sent. The outcome is calculated in your own browser, with the same rules as in a real scan.',
    },
    questionsTitle: { nl: 'Vragen', en: 'Questions' },
    toResults: { nl: 'Naar de uitkomst', en: 'Go to the outcome' },
    check: { nl: 'Controleren', en: 'Check' },
    reset: { nl: 'Alles wissen', en: 'Clear everything' },
    checkedOk: { nl: 'Alles is goed ingevuld.', en: 'Everything is filled in correctly.' },
    cleared: { nl: 'Alle antwoorden zijn gewist.', en: 'All answers have been cleared.' },
    resultsTitle: { nl: 'Uitkomst', en: 'Outcome' },
    resultsIntro: {
      nl: 'De uitkomst verandert meteen bij elk antwoord.',
      en: 'The outcome changes straight away with every answer.',
    },
  },
  zelfscan: {
    title: { nl: 'Zelfscan persoonlijke veiligheid', en: 'Personal safety self-scan' },
    lead: {
      nl: 'Hoe veilig bent u thuis, online en onderweg? Beantwoord in ongeveer {{minutes}} minuten een paar korte vragen, in {{parts}} delen. Valt er iets te verbeteren, dan krijgt u meteen een praktische tip.',
      en: 'How safe are you at home, online and on the road? Answer a few short questions in about {{minutes}} minutes, in {{parts}} parts. Where something can be improved, you get a practical tip straight away.',
    },
    howItWorks: {
      nl: 'De zelfscan is bedoeld voor politieke ambtsdragers, bestuurders en kandidaten. Maar iedereen kan hem invullen. Dit zijn de delen:',
      en: 'The self-scan is meant for political office holders, administrators and candidates. But anyone can fill it in. These are the parts:',
    },
    questions_one: { nl: '{{count}} vraag', en: '{{count}} question' },
    questions_other: { nl: '{{count}} vragen', en: '{{count}} questions' },
    privacyTitle: { nl: 'Er wordt niets bewaard', en: 'Nothing is stored' },
    privacy: {
      nl: 'U heeft geen account nodig. Uw antwoorden blijven in dit venster, op uw eigen apparaat. We bewaren niets en we versturen niets. Alleen als u zelf uw advies downloadt, komt er een bestand op uw apparaat.',
      en: 'You need no account. Your answers stay in this window, on your own device. We store nothing and we send nothing. Only if you download your advice yourself is a file put on your device.',
    },
    stopAnytime: {
      nl: 'U kunt elke vraag overslaan en u kunt altijd stoppen. Sluit dan dit venster: uw antwoorden zijn daarna weg.',
      en: 'You can skip any question and you can stop at any time. Just close this window: your answers are then gone.',
    },
    emergency: {
      nl: 'Bent u nu in gevaar? Bel 112. Wilt u iets melden zonder spoed? Bel dan de politie op 0900-8844.',
      en: 'Are you in danger right now? Call 112. Want to report something that is not urgent? Call the police on 0900-8844.',
    },
    start: { nl: 'Begin met de zelfscan', en: 'Start the self-scan' },
    partTitle: {
      nl: 'Deel {{number}} van {{count}}: {{title}}',
      en: 'Part {{number}} of {{count}}: {{title}}',
    },
    skipHint: {
      nl: 'Weet u een antwoord niet, of past een vraag niet bij u? Sla de vraag dan over.',
      en: "Don't know an answer, or does a question not fit you? Then skip it.",
    },
    next: { nl: 'Volgende: {{title}}', en: 'Next: {{title}}' },
    previous: { nl: 'Vorige: {{title}}', en: 'Previous: {{title}}' },
    backToIntro: { nl: 'Terug naar de uitleg', en: 'Back to the explanation' },
    toAdvice: { nl: 'Naar uw advies', en: 'Go to your advice' },
    adviceTitle: { nl: 'Uw advies', en: 'Your advice' },
    adviceLead_one: {
      nl: 'Bij uw antwoorden hoort {{count}} tip. Hieronder ziet u per deel wat u kunt doen.',
      en: 'Your answers come with {{count}} tip. Below you see per part what you can do.',
    },
    adviceLead_other: {
      nl: 'Bij uw antwoorden horen {{count}} tips. Hieronder ziet u per deel wat u kunt doen.',
      en: 'Your answers come with {{count}} tips. Below you see per part what you can do.',
    },
    adviceLeadNone: {
      nl: 'Bij uw antwoorden hebben we geen tips. Hieronder ziet u per deel wat u heeft ingevuld.',
      en: 'We have no tips for your answers. Below you see per part what you filled in.',
    },
    adviceDownload: {
      nl: 'Wilt u uw advies bewaren? Download het dan als bestand. Het bestand wordt op uw eigen apparaat gemaakt. Er gaat niets naar ons toe.',
      en: 'Want to keep your advice? Download it as a file. The file is made on your own device. Nothing is sent to us.',
    },
    download: { nl: 'Download uw advies', en: 'Download your advice' },
    downloadText: { nl: 'Download als tekstbestand', en: 'Download as a text file' },
    downloaded: {
      nl: 'Uw advies is gedownload. U vindt het bestand bij uw downloads.',
      en: 'Your advice has been downloaded. You find the file with your downloads.',
    },
    fileName: { nl: 'zelfscan-advies', en: 'self-scan-advice' },
    answered_one: {
      nl: 'U heeft {{answered}} van de {{count}} vraag beantwoord.',
      en: 'You answered {{answered}} of the {{count}} question.',
    },
    answered_other: {
      nl: 'U heeft {{answered}} van de {{count}} vragen beantwoord.',
      en: 'You answered {{answered}} of the {{count}} questions.',
    },
    noTips: {
      nl: 'Bij uw antwoorden in dit deel hebben we geen tips.',
      en: 'We have no tips for your answers in this part.',
    },
    skipped: { nl: 'U heeft dit deel overgeslagen.', en: 'You skipped this part.' },
    yourAnswer: { nl: 'Uw antwoord', en: 'Your answer' },
    measuresTitle: { nl: 'Wat u verder kunt doen', en: 'What else you can do' },
    noMeasures: {
      nl: 'Bij uw antwoorden hebben we geen extra maatregelen voor u.',
      en: 'We have no further measures for you based on your answers.',
    },
    because: { nl: 'Dit helpt bij:', en: 'This helps with:' },
    edit: { nl: 'Antwoorden aanpassen', en: 'Change your answers' },
    restart: { nl: 'Opnieuw beginnen en alles wissen', en: 'Start again and clear everything' },
    file: {
      heading: { nl: 'Uw advies', en: 'Your advice' },
      made: { nl: 'Gemaakt op {{date}}', en: 'Made on {{date}}' },
      intro: {
        nl: 'Dit advies is gemaakt met de zelfscan persoonlijke veiligheid van Weerbaar, op uw eigen apparaat. Per deel ziet u de tips bij uw antwoorden. Daarna leest u wat u verder kunt doen.',
        en: "This advice was made with Weerbaar's personal safety self-scan, on your own device. Per part you see the tips for your answers. After that you read what else you can do.",
      },
      privacy: {
        nl: 'Dit bestand staat alleen op uw apparaat. Weerbaar heeft uw antwoorden niet ontvangen en niet bewaard. Bewaar het bestand op een veilige plek, of verwijder het als u het niet meer nodig heeft.',
        en: 'This file is only on your device. Weerbaar has not received or stored your answers. Keep the file in a safe place, or delete it when you no longer need it.',
      },
    },
  },
  offices: {
    wethouder: { nl: 'Wethouder', en: 'Alderman (wethouder)' },
    burgemeester: { nl: 'Burgemeester', en: 'Mayor' },
    gemeentesecretaris: { nl: 'Gemeentesecretaris', en: 'Municipal secretary' },
    gedeputeerde: { nl: 'Gedeputeerde', en: 'Provincial executive (gedeputeerde)' },
    waterschapsbestuurder: { nl: 'Waterschapsbestuurder', en: 'Water authority board member' },
    raadslid: { nl: 'Raadslid', en: 'Council member' },
    bewindspersoon: { nl: 'Bewindspersoon', en: 'Minister or state secretary' },
    topambtenaar: { nl: 'Topambtenaar', en: 'Senior civil servant' },
    anders: { nl: 'Andere functie', en: 'Other office' },
  },
  scanStatus: {
    invited: { nl: 'Uitgenodigd', en: 'Invited' },
    started: { nl: 'Bezig met invullen', en: 'Filling in' },
    submitted: { nl: 'Verstuurd', en: 'Sent' },
    'in-review': { nl: 'Wordt beoordeeld', en: 'Being reviewed' },
    'report-ready': { nl: 'Rapport klaar', en: 'Report ready' },
    released: { nl: 'Gedeeld met u', en: 'Shared with you' },
    withdrawn: { nl: 'Teruggetrokken', en: 'Withdrawn' },
    deleted: { nl: 'Verwijderd', en: 'Deleted' },
  },
  scanStatusExplained: {
    invited: {
      nl: 'De kandidaat heeft de uitnodiging gekregen, maar nog niets ingevuld.',
      en: 'The candidate received the invitation but has not filled in anything yet.',
    },
    started: { nl: 'De kandidaat is begonnen met invullen.', en: 'The candidate has started filling in.' },
    submitted: {
      nl: 'De kandidaat heeft de antwoorden verstuurd. De expert kan beginnen.',
      en: 'The candidate has sent the answers. The expert can begin.',
    },
    'in-review': {
      nl: 'De expert beoordeelt de antwoorden en spreekt met de kandidaat.',
      en: 'The expert is reviewing the answers and talks with the candidate.',
    },
    'report-ready': {
      nl: 'Het rapport is klaar. Alleen de kandidaat kan het lezen, tot hij of zij het zelf deelt.',
      en: 'The report is ready. Only the candidate can read it, until they share it.',
    },
    released: {
      nl: 'De kandidaat heeft het rapport met u gedeeld. U kunt het lezen zolang het gedeeld is.',
      en: 'The candidate has shared the report with you. You can read it as long as it is shared.',
    },
    withdrawn: {
      nl: 'De kandidaat heeft zich teruggetrokken. Alles wat hij of zij invulde, is verwijderd.',
      en: 'The candidate withdrew. Everything they filled in has been deleted.',
    },
    deleted: {
      nl: 'De kandidaat heeft de scan verwijderd. Er is niets meer van over.',
      en: 'The candidate deleted the scan. Nothing of it is left.',
    },
  },
  procedureStatus: {
    open: { nl: 'Open', en: 'Open' },
    closed: { nl: 'Gesloten', en: 'Closed' },
  },
  reviewPolicy: {
    required: { nl: 'Een expert beoordeelt elke scan', en: 'An expert reviews every scan' },
    optional: {
      nl: 'Beoordeling door een expert is mogelijk, niet verplicht',
      en: 'Review by an expert is possible, not required',
    },
    none: {
      nl: 'Geen beoordeling: de uitkomst blijft bij de persoon zelf',
      en: 'No review: the outcome stays with the person',
    },
  },
  releaseScope: {
    samenvatting: { nl: 'Samenvatting', en: 'Summary' },
    volledig: { nl: 'Volledig rapport', en: 'Full report' },
    commissie: {
      nl: 'Gesprekspunten voor de kandidatencommissie',
      en: 'Talking points for the selection committee',
    },
  },
  flow: {
    notForRoleTitle: { nl: 'Geen toegang', en: 'No access' },
    notForRoleText: {
      nl: 'Deze pagina hoort niet bij uw rol in deze organisatie.',
      en: 'This page does not belong to your role in this organisation.',
    },
    toStart: { nl: 'Naar de startpagina', en: 'Go to the start page' },
  },
  procedures: {
    title: { nl: 'Procedures', en: 'Procedures' },
    introClient: {
      nl: 'Een procedure is bijvoorbeeld de werving van een nieuwe wethouder. Per procedure nodigt u kandidaten uit voor een scan van {{org}}.',
      en: 'A procedure is, for example, the recruitment of a new alderman. For each procedure you invite candidates for a scan of {{org}}.',
    },
    introExpert: {
      nl: 'Dit zijn de procedures waarin u als expert de scans van kandidaten beoordeelt.',
      en: 'These are the procedures in which you review the candidates’ scans as an expert.',
    },
    confidential: {
      nl: 'U ziet per kandidaat alleen hoe ver de scan is. Wat een kandidaat invult, ziet u nooit. Het rapport ziet u alleen als de kandidaat het zelf met u deelt.',
      en: 'For each candidate you only see how far the scan is. You never see what a candidate fills in. You see the report only if the candidate shares it with you.',
    },
    emptyClient: {
      nl: 'U heeft nog geen procedures. Hieronder begint u een nieuwe procedure.',
      en: 'You have no procedures yet. Start a new procedure below.',
    },
    emptyExpert: {
      nl: 'U bent nog niet als expert aan een procedure toegewezen.',
      en: 'You have not been assigned to a procedure as an expert yet.',
    },
    tableRegion: {
      nl: 'Tabel met procedures. Op een klein scherm kunt u de tabel opzij schuiven.',
      en: 'Table of procedures. On a small screen you can scroll the table sideways.',
    },
    tableCaption: { nl: 'Procedures van {{org}}', en: 'Procedures of {{org}}' },
    name: { nl: 'Procedure', en: 'Procedure' },
    office: { nl: 'Functie', en: 'Office' },
    instrument: { nl: 'Vragenlijst', en: 'Questionnaire' },
    status: { nl: 'Status', en: 'Status' },
    opened: { nl: 'Geopend op', en: 'Opened on' },
    yourPart: { nl: 'Uw rol', en: 'Your role' },
  },
  newProcedure: {
    title: { nl: 'Nieuwe procedure', en: 'New procedure' },
    intro: {
      nl: 'Vul de gegevens in. Daarna kunt u kandidaten uitnodigen.',
      en: 'Fill in the details. Then you can invite candidates.',
    },
    name: { nl: 'Naam van de procedure', en: 'Name of the procedure' },
    nameDescription: {
      nl: 'Bijvoorbeeld: Wethouder Financiën 2026. De kandidaat ziet deze naam ook.',
      en: 'For example: Alderman for Finance 2026. The candidate sees this name too.',
    },
    nameRequired: { nl: 'Geef de procedure een naam.', en: 'Give the procedure a name.' },
    office: { nl: 'Voor welke functie?', en: 'For which office?' },
    officeChoose: { nl: 'Kies een functie', en: 'Choose an office' },
    officeRequired: {
      nl: 'Kies de functie waarvoor de procedure is.',
      en: 'Choose the office the procedure is for.',
    },
    instrument: { nl: 'Welke vragenlijst?', en: 'Which questionnaire?' },
    instrumentRequired: { nl: 'Kies een vragenlijst.', en: 'Choose a questionnaire.' },
    review: { nl: 'Beoordeling door een expert', en: 'Review by an expert' },
    reviewCheck: {
      nl: 'Bij deze check kiest u zelf. Met beoordeling leest een expert de antwoorden en schrijft per onderwerp een oordeel.',
      en: 'For this check you choose. With a review, an expert reads the answers and writes a judgement per topic.',
    },
    reviewRequired: { nl: 'Een expert beoordeelt elke check', en: 'An expert reviews every check' },
    reviewOptional: {
      nl: 'Beoordeling is mogelijk, maar niet verplicht',
      en: 'Review is possible, but not required',
    },
    reviewScan: {
      nl: 'Bij deze scan beoordeelt altijd een expert de antwoorden. Kies hieronder minstens één expert.',
      en: 'For this scan an expert always reviews the answers. Choose at least one expert below.',
    },
    reviewNone: {
      nl: 'Bij deze reflectie is er geen beoordeling. De uitkomst blijft bij de persoon zelf en kan niet worden gedeeld.',
      en: 'This reflection has no review. The outcome stays with the person and cannot be shared.',
    },
    retention: { nl: 'Bewaartermijn in dagen', en: 'Retention period in days' },
    retentionDescription: {
      nl: 'Hoe lang Weerbaar de scans bewaart nadat u de procedure sluit. Daarna worden ze definitief verwijderd. Kies niet langer dan nodig; {{days}} dagen is gebruikelijk.',
      en: 'How long Weerbaar keeps the scans after you close the procedure. Then they are deleted for good. Do not choose longer than needed; {{days}} days is usual.',
    },
    retentionInvalid: {
      nl: 'Vul een aantal dagen in tussen 1 en 3650.',
      en: 'Enter a number of days between 1 and 3650.',
    },
    experts: { nl: 'Welke expert beoordeelt de scans?', en: 'Which expert reviews the scans?' },
    expertsOptional: {
      nl: 'Welke expert kan de scans beoordelen? (niet verplicht)',
      en: 'Which expert can review the scans? (optional)',
    },
    expertsDescription: {
      nl: 'De expert ziet de antwoorden van de kandidaten in deze procedure, nadat zij ze hebben verstuurd.',
      en: 'The expert sees the answers of the candidates in this procedure, once they have sent them.',
    },
    expertsRequired: { nl: 'Kies minstens één expert.', en: 'Choose at least one expert.' },
    expertsLoading: { nl: 'De experts worden geladen.', en: 'Loading the experts.' },
    noExperts: {
      nl: 'Er is nog geen expert in uw organisatie. Vraag de beheerder om een expert uit te nodigen. Daarna kunt u de procedure openen.',
      en: 'There is no expert in your organisation yet. Ask the administrator to invite an expert. Then you can open the procedure.',
    },
    submit: { nl: 'Procedure openen', en: 'Open procedure' },
  },
  procedure: {
    loadingTitle: { nl: 'Procedure', en: 'Procedure' },
    back: { nl: 'Terug naar de procedures', en: 'Back to the procedures' },
    opened: {
      nl: 'De procedure is geopend. U kunt nu kandidaten uitnodigen.',
      en: 'The procedure is open. You can now invite candidates.',
    },
    version: { nl: 'versie {{version}}', en: 'version {{version}}' },
    reviewFact: { nl: 'Beoordeling', en: 'Review' },
    retention: { nl: 'Bewaren na sluiten', en: 'Kept after closing' },
    retentionDays_one: { nl: '{{count}} dag', en: '{{count}} day' },
    retentionDays_other: { nl: '{{count}} dagen', en: '{{count}} days' },
    closedOn: { nl: 'Gesloten op {{date}}', en: 'Closed on {{date}}' },
    candidatesTitle: { nl: 'Kandidaten', en: 'Candidates' },
    clientSees: {
      nl: 'U ziet hier alleen hoe ver elke kandidaat is. Wat een kandidaat invult, ziet u niet. Het rapport kunt u alleen lezen als de kandidaat het zelf met u deelt. Dan staat er "Gedeeld met u".',
      en: 'Here you only see how far each candidate is. You do not see what a candidate fills in. You can read the report only if the candidate shares it with you. It then says "Shared with you".',
    },
    expertSees: {
      nl: 'Zodra een kandidaat de antwoorden heeft verstuurd, kunt u de scan beoordelen.',
      en: 'As soon as a candidate has sent the answers, you can review the scan.',
    },
    noCandidatesYet: {
      nl: 'U heeft nog niemand uitgenodigd. Dat doet u hieronder.',
      en: 'You have not invited anyone yet. You do that below.',
    },
    noCandidates: {
      nl: 'Er zijn nog geen kandidaten in deze procedure.',
      en: 'There are no candidates in this procedure yet.',
    },
    tableRegion: {
      nl: 'Tabel met kandidaten. Op een klein scherm kunt u de tabel opzij schuiven.',
      en: 'Table of candidates. On a small screen you can scroll the table sideways.',
    },
    tableCaption: { nl: 'Kandidaten in {{name}}', en: 'Candidates in {{name}}' },
    candidate: { nl: 'Kandidaat', en: 'Candidate' },
    updated: { nl: 'Laatste wijziging', en: 'Last change' },
    actions: { nl: 'Acties', en: 'Actions' },
    nameGone: { nl: 'Gegevens verwijderd', en: 'Details deleted' },
    readReport: { nl: 'Rapport lezen', en: 'Read report' },
    readReportOf: { nl: 'Rapport lezen van {{name}}', en: 'Read the report of {{name}}' },
    remind: { nl: 'Herinnering sturen', en: 'Send reminder' },
    remindLabel: { nl: 'Herinnering sturen aan {{name}}', en: 'Send a reminder to {{name}}' },
    reminded: { nl: 'We hebben {{name}} een herinnering gestuurd.', en: 'We sent {{name}} a reminder.' },
    review: { nl: 'Beoordelen', en: 'Review' },
    reviewDone: { nl: 'Beoordeling bekijken', en: 'See review' },
    reviewLabel: { nl: 'Beoordelen: {{name}}', en: 'Review: {{name}}' },
    statusExplained: { nl: 'Wat betekent elke status?', en: 'What does each status mean?' },
    invited: {
      nl: '{{name}} is uitgenodigd. We hebben een e-mail gestuurd naar {{email}}.',
      en: '{{name}} has been invited. We sent an email to {{email}}.',
    },
    closed_one: {
      nl: 'De procedure is gesloten. Over {{count}} dag worden de scans verwijderd.',
      en: 'The procedure is closed. The scans will be deleted in {{count}} day.',
    },
    closed_other: {
      nl: 'De procedure is gesloten. Over {{count}} dagen worden de scans verwijderd.',
      en: 'The procedure is closed. The scans will be deleted in {{count}} days.',
    },
  },
  invite: {
    title: { nl: 'Kandidaat uitnodigen', en: 'Invite a candidate' },
    intro: {
      nl: 'De kandidaat krijgt een e-mail met een link. Daarmee meldt hij of zij zich aan en begint met de scan. In de e-mail staat niets over de inhoud.',
      en: 'The candidate receives an email with a link to sign in and begin the scan. The email says nothing about the content.',
    },
    email: { nl: 'E-mailadres van de kandidaat', en: 'Email address of the candidate' },
    name: { nl: 'Naam van de kandidaat', en: 'Name of the candidate' },
    nameDescription: {
      nl: 'Zo noemen we de kandidaat in e-mails en in dit overzicht.',
      en: 'This is how we name the candidate in emails and in this overview.',
    },
    language: { nl: 'Taal van de e-mail', en: 'Language of the email' },
    languageDescription: {
      nl: 'De kandidaat kan de taal later zelf veranderen.',
      en: 'The candidate can change the language later.',
    },
    submit: { nl: 'Uitnodiging versturen', en: 'Send invitation' },
  },
  closeProcedure: {
    title: { nl: 'Procedure sluiten', en: 'Close the procedure' },
    intro_one: {
      nl: 'Is de procedure klaar? Sluit hem dan. Daarna kunt u niemand meer uitnodigen, en na {{count}} dag worden alle scans verwijderd.',
      en: 'Is the procedure finished? Then close it. After that you cannot invite anyone, and after {{count}} day all scans are deleted.',
    },
    intro_other: {
      nl: 'Is de procedure klaar? Sluit hem dan. Daarna kunt u niemand meer uitnodigen, en na {{count}} dagen worden alle scans verwijderd.',
      en: 'Is the procedure finished? Then close it. After that you cannot invite anyone, and after {{count}} days all scans are deleted.',
    },
    open: { nl: 'Procedure sluiten', en: 'Close procedure' },
    confirmTitle: { nl: '"{{name}}" sluiten?', en: 'Close "{{name}}"?' },
    confirmText_one: {
      nl: 'U kunt daarna geen kandidaten meer uitnodigen. Na {{count}} dag worden alle scans en rapporten van deze procedure definitief verwijderd. Dit kunt u niet ongedaan maken.',
      en: 'You can no longer invite candidates. After {{count}} day all scans and reports of this procedure are deleted for good. This cannot be undone.',
    },
    confirmText_other: {
      nl: 'U kunt daarna geen kandidaten meer uitnodigen. Na {{count}} dagen worden alle scans en rapporten van deze procedure definitief verwijderd. Dit kunt u niet ongedaan maken.',
      en: 'You can no longer invite candidates. After {{count}} days all scans and reports of this procedure are deleted for good. This cannot be undone.',
    },
    confirm: { nl: 'Ja, procedure sluiten', en: 'Yes, close the procedure' },
  },
  releasedReport: {
    loadingTitle: { nl: 'Rapport', en: 'Report' },
    title: { nl: 'Rapport van de kandidaat', en: 'Report of the candidate' },
    titleNamed: { nl: 'Rapport van {{name}}', en: 'Report of {{name}}' },
    back: { nl: 'Terug naar de procedure', en: 'Back to the procedure' },
    refusedTitle: { nl: 'U kunt dit rapport niet lezen', en: 'You cannot read this report' },
    refused: {
      nl: 'De kandidaat heeft dit rapport niet (meer) met u gedeeld.',
      en: 'The candidate has not shared this report with you (or no longer does).',
    },
    refusedNamed: {
      nl: '{{name}} heeft dit rapport niet (meer) met u gedeeld.',
      en: '{{name}} has not shared this report with you (or no longer does).',
    },
    refusedWhy: {
      nl: 'Alleen de kandidaat kan een rapport delen, en het delen ook weer stoppen. Zo houdt de kandidaat zelf de regie over vertrouwelijke gegevens. Uw poging om het rapport te openen, ziet de kandidaat in het overzicht van wie wat heeft bekeken.',
      en: 'Only the candidate can share a report, and stop sharing it. That way the candidate stays in control of confidential data. The candidate sees your attempt to open the report in the overview of who looked at what.',
    },
    scope: {
      samenvatting: {
        nl: 'De kandidaat deelt het oordeel per onderwerp met de uitleg van de expert, en de maatregelen.',
        en: 'The candidate shares the judgement per topic with the expert’s explanation, and the measures.',
      },
      volledig: {
        nl: 'De kandidaat deelt ook welke punten opvielen en hoe zwaar ze wegen. De antwoorden zelf ziet u nooit.',
        en: 'The candidate also shares which points stood out and how much they weigh. You never see the answers themselves.',
      },
    },
    logged: {
      nl: 'De kandidaat ziet dat u dit rapport heeft geopend.',
      en: 'The candidate sees that you opened this report.',
    },
  },
  review: {
    loadingTitle: { nl: 'Beoordeling', en: 'Review' },
    title: { nl: 'Beoordeling van {{name}}', en: 'Review of {{name}}' },
    titleNoName: { nl: 'Beoordeling', en: 'Review' },
    back: { nl: 'Terug naar de procedure', en: 'Back to the procedure' },
    logged: {
      nl: 'De kandidaat ziet in het overzicht dat u deze scan heeft geopend.',
      en: 'The candidate sees in the overview that you opened this scan.',
    },
    onThisPage: { nl: 'Op deze pagina', en: 'On this page' },
    notSubmitted: {
      nl: 'Deze scan is nog niet verstuurd. U kunt hem beoordelen zodra de kandidaat de antwoorden verstuurt.',
      en: 'This scan has not been sent yet. You can review it as soon as the candidate sends the answers.',
    },
    reopenedText: {
      nl: 'De antwoorden zijn teruggegeven aan de kandidaat, met uw reden. Als de kandidaat ze opnieuw verstuurt, krijgt u een e-mail.',
      en: 'The answers have been given back to the candidate, with your reason. When the candidate sends them again, you receive an email.',
    },
    beginTitle: { nl: 'Beoordeling beginnen', en: 'Begin the review' },
    beginText: {
      nl: 'Lees de antwoorden en de uitkomst. Begin de beoordeling om per onderwerp uw oordeel vast te leggen. De kandidaat ziet dan dat u ermee bezig bent.',
      en: 'Read the answers and the outcome. Begin the review to record your judgement per topic. The candidate then sees that you are working on it.',
    },
    begin: { nl: 'Beoordeling beginnen', en: 'Begin the review' },
    begun: { nl: 'U bent begonnen met de beoordeling.', en: 'You have begun the review.' },
    finished: {
      nl: 'Het rapport is afgerond. De kandidaat kan het lezen.',
      en: 'The report is finished. The candidate can read it.',
    },
    finishedOn: {
      nl: 'Het rapport is afgerond op {{date}}. De kandidaat kan het lezen.',
      en: 'The report was finished on {{date}}. The candidate can read it.',
    },
    answersTitle: { nl: 'Antwoorden', en: 'Answers' },
    outcomeTitle: { nl: 'Uitkomst van de antwoorden', en: 'Outcome of the answers' },
    outcomeIntro: {
      nl: 'Dit is wat de regels van de vragenlijst voorstellen, met de antwoorden waarop het voorstel rust. Het is een voorstel: u beslist.',
      en: 'This is what the questionnaire’s rules propose, with the answers the proposal rests on. It is a proposal: you decide.',
    },
    noOutcome: { nl: 'Er is nog geen uitkomst.', en: 'There is no outcome yet.' },
    notesTitle: { nl: 'Notities van het gesprek', en: 'Notes of the conversation' },
    notesLabel: { nl: 'Uw notities', en: 'Your notes' },
    notesDescription: {
      nl: 'Alleen u en andere experts van deze procedure zien de notities. Ze komen niet in het rapport.',
      en: 'Only you and other experts of this procedure see the notes. They are not part of the report.',
    },
    notesSave: { nl: 'Notities opslaan', en: 'Save notes' },
    notesSaved: { nl: 'Notities opgeslagen om {{time}}.', en: 'Notes saved at {{time}}.' },
    reopenTitle: { nl: 'Antwoorden teruggeven', en: 'Give the answers back' },
    reopenText: {
      nl: 'Moet de kandidaat iets aanpassen of aanvullen? Geef de antwoorden dan terug. De kandidaat kan ze weer veranderen en opnieuw versturen.',
      en: 'Must the candidate change or add something? Then give the answers back. The candidate can change them and send them again.',
    },
    reopenReason: { nl: 'Wat moet de kandidaat aanpassen?', en: 'What should the candidate change?' },
    reopenReasonDescription: {
      nl: 'Schrijf het zo dat de kandidaat het begrijpt.',
      en: 'Write it so the candidate understands it.',
    },
    reopenReasonRequired: {
      nl: 'Schrijf in een paar woorden wat de kandidaat moet aanpassen.',
      en: 'Write in a few words what the candidate should change.',
    },
    reopen: { nl: 'Antwoorden teruggeven', en: 'Give the answers back' },
    reopened: {
      nl: 'De antwoorden zijn teruggegeven aan de kandidaat.',
      en: 'The answers have been given back to the candidate.',
    },
  },
  judgements: {
    title: { nl: 'Uw oordeel per onderwerp', en: 'Your judgement per topic' },
    intro: {
      nl: 'Bij elk onderwerp ziet u het voorstel op grond van de antwoorden. U kiest zelf het oordeel en schrijft op waarom. Een ander oordeel dan het voorstel mag: het rapport laat dan beide zien. De kandidaat leest uw uitleg.',
      en: 'For each topic you see the proposal based on the answers. You choose the judgement and write down why. A judgement other than the proposal is allowed: the report then shows both. The candidate reads your explanation.',
    },
    proposed: { nl: 'Voorstel op grond van de antwoorden:', en: 'Proposal based on the answers:' },
    because: { nl: 'Omdat:', en: 'Because:' },
    nothingRaised: { nl: 'Geen enkel punt liep op bij dit onderwerp.', en: 'No point rose for this topic.' },
    yourLevel: { nl: 'Uw oordeel over {{theme}}', en: 'Your judgement on {{theme}}' },
    isProposed: { nl: '(voorstel)', en: '(proposal)' },
    differs: {
      nl: 'Uw oordeel wijkt af van het voorstel. Dat mag. Leg in de uitleg uit waarom.',
      en: 'Your judgement differs from the proposal. That is allowed. Explain why in the explanation.',
    },
    differsShort: {
      nl: 'Wijkt af van het voorstel ({{level}}).',
      en: 'Differs from the proposal ({{level}}).',
    },
    rationale: { nl: 'Uitleg bij {{theme}} (verplicht)', en: 'Explanation for {{theme}} (required)' },
    rationaleDescription: {
      nl: 'In gewone woorden: waarom dit oordeel? De kandidaat leest dit.',
      en: 'In plain words: why this judgement? The candidate reads this.',
    },
    rationaleRequired: { nl: 'Schrijf een uitleg bij {{theme}}.', en: 'Write an explanation for {{theme}}.' },
    measuresTitle: { nl: 'Maatregelen in het advies', en: 'Measures in the advice' },
    measuresIntro: {
      nl: 'De maatregelen die de antwoorden voorstellen, zijn al aangevinkt. U kiest zelf welke in het rapport komen.',
      en: 'The measures the answers suggest are already ticked. You choose which ones go into the report.',
    },
    suggestedBecause: { nl: 'Voorgesteld vanwege:', en: 'Suggested because of:' },
    notSuggested: { nl: 'Niet voorgesteld door de antwoorden.', en: 'Not suggested by the answers.' },
    save: { nl: 'Tussendoor opslaan', en: 'Save for now' },
    saved: { nl: 'Opgeslagen om {{time}}.', en: 'Saved at {{time}}.' },
    finalise: { nl: 'Rapport afronden', en: 'Finish the report' },
    confirmTitle: { nl: 'Rapport afronden?', en: 'Finish the report?' },
    confirmText: {
      nl: 'De kandidaat krijgt dan een e-mail dat het rapport klaar is en kan het lezen. Daarna kunt u het oordeel niet meer veranderen.',
      en: 'The candidate then receives an email that the report is ready and can read it. After that you can no longer change the judgement.',
    },
    confirm: { nl: 'Ja, rapport afronden', en: 'Yes, finish the report' },
    finalised: {
      nl: 'Het rapport is afgerond. De kandidaat krijgt een e-mail.',
      en: 'The report is finished. The candidate receives an email.',
    },
    notYet: { nl: 'Er is nog geen oordeel vastgelegd.', en: 'No judgement has been recorded yet.' },
  },
  myScans: {
    title: { nl: 'Mijn scans', en: 'My scans' },
    intro: {
      nl: 'Hier vindt u uw scans. Neem de tijd: alles wat u invult, wordt meteen bewaard.',
      en: 'Here are your scans. Take your time: everything you fill in is saved at once.',
    },
    empty: {
      nl: 'U heeft nog geen scan. U krijgt een e-mail als u wordt uitgenodigd.',
      en: 'You have no scan yet. You will receive an email when you are invited.',
    },
    for: { nl: 'Voor de functie van {{office}}.', en: 'For the office of {{office}}.' },
    updated: { nl: 'Laatste wijziging: {{date}}', en: 'Last change: {{date}}' },
    begin: { nl: 'Beginnen', en: 'Begin' },
    continue: { nl: 'Verder met invullen', en: 'Continue filling in' },
    view: { nl: 'Bekijken', en: 'View' },
    readReport: { nl: 'Rapport lezen', en: 'Read report' },
    next: {
      invited: { nl: 'U bent nog niet begonnen.', en: 'You have not started yet.' },
      started: {
        nl: 'U bent begonnen. U kunt verder waar u was gebleven.',
        en: 'You have started. You can continue where you left off.',
      },
      submitted: {
        nl: 'U heeft de antwoorden verstuurd. De expert bekijkt ze.',
        en: 'You have sent the answers. The expert is looking at them.',
      },
      'in-review': { nl: 'De expert beoordeelt uw antwoorden.', en: 'The expert is reviewing your answers.' },
      'report-ready': {
        nl: 'Uw rapport is klaar. Alleen u kunt het lezen.',
        en: 'Your report is ready. Only you can read it.',
      },
      withdrawn: { nl: 'U heeft zich teruggetrokken.', en: 'You withdrew.' },
      deleted: { nl: 'Deze scan is verwijderd.', en: 'This scan was deleted.' },
    },
    withdrawn: {
      nl: 'U heeft zich teruggetrokken. Uw scan is verwijderd.',
      en: 'You withdrew. Your scan has been deleted.',
    },
    deleted: { nl: 'Uw scan is verwijderd.', en: 'Your scan has been deleted.' },
  },
  intro: {
    lead: {
      nl: 'U bent uitgenodigd voor deze vragenlijst in de procedure "{{procedure}}". Het invullen duurt ongeveer {{minutes}} minuten.',
      en: 'You are invited to fill in this questionnaire in the procedure "{{procedure}}". It takes about {{minutes}} minutes.',
    },
    noRush: {
      nl: 'U hoeft het niet in één keer te doen. Alles wat u invult, wordt meteen bewaard. U kunt stoppen en later verdergaan, ook op een ander apparaat.',
      en: 'You do not need to do it in one go. Everything you fill in is saved at once. You can stop and continue later, also on another device.',
    },
    whoTitle: { nl: 'Wie ziet wat?', en: 'Who sees what?' },
    whoExpert: {
      nl: 'Alleen u en de expert die uw scan beoordeelt, zien uw antwoorden. De expert ziet ze pas als u ze verstuurt.',
      en: 'Only you and the expert who reviews your scan see your answers. The expert sees them only once you send them.',
    },
    whoOnlyYou: {
      nl: 'Alleen u ziet uw antwoorden en de uitkomst.',
      en: 'Only you see your answers and the outcome.',
    },
    whoClient: {
      nl: 'De opdrachtgever ziet alleen hoe ver u bent, bijvoorbeeld "bezig met invullen" of "verstuurd". Niet wat u invult.',
      en: 'The client only sees how far you are, for example "filling in" or "sent". Not what you fill in.',
    },
    whoRelease: {
      nl: 'Uw rapport gaat nooit vanzelf naar de opdrachtgever. Alleen als u het zelf deelt, zo veel als u kiest en tot een datum die u kiest. U kunt het delen altijd stoppen.',
      en: 'Your report never goes to the client by itself. Only if you share it yourself, as much as you choose and until a date you choose. You can always stop sharing.',
    },
    whoLog: {
      nl: 'U ziet zelf wie uw gegevens heeft bekeken, en wanneer.',
      en: 'You can see who looked at your data, and when.',
    },
    whoSecure: { nl: 'Alles wordt versleuteld bewaard.', en: 'Everything is stored encrypted.' },
    howLongTitle: { nl: 'Hoe lang blijft het bewaard?', en: 'How long is it kept?' },
    howLong: {
      nl: 'Als de procedure is afgelopen, wordt uw scan na een vaste termijn verwijderd. De opdrachtgever heeft die termijn bij de start vastgelegd. U kunt uw scan ook zelf eerder verwijderen.',
      en: 'When the procedure has ended, your scan is deleted after a set period. The client set that period at the start. You can also delete your scan yourself earlier.',
    },
    rightsTitle: { nl: 'Uw rechten', en: 'Your rights' },
    rightDownload: {
      nl: 'U kunt op elk moment al uw gegevens downloaden.',
      en: 'You can download all your data at any time.',
    },
    rightWithdraw: {
      nl: 'U kunt zich op elk moment terugtrekken. Uw scan wordt dan verwijderd.',
      en: 'You can withdraw at any time. Your scan is then deleted.',
    },
    rightDelete: {
      nl: 'U kunt uw scan op elk moment verwijderen, ook als hij al klaar is.',
      en: 'You can delete your scan at any time, also when it is finished.',
    },
    rightsWhere: {
      nl: 'Dat kan onderaan elke pagina van uw scan.',
      en: 'You can do this at the bottom of every page of your scan.',
    },
    partsTitle: { nl: 'Wat komt er aan bod?', en: 'What does it cover?' },
    skip: {
      nl: 'Weet u iets niet zeker? Dan is "weet ik niet" een goed antwoord. Vragen die niet verplicht zijn, mag u overslaan.',
      en: 'Not sure about something? Then "don’t know" is a good answer. You may skip questions that are not required.',
    },
    begin: { nl: 'Begin met de vragen', en: 'Begin with the questions' },
  },
  myScan: {
    loadingTitle: { nl: 'Uw scan', en: 'Your scan' },
    back: { nl: 'Terug naar mijn scans', en: 'Back to my scans' },
    forProcedure: { nl: 'Procedure: {{name}}', en: 'Procedure: {{name}}' },
    autosaveExplained: {
      nl: 'Alles wat u invult, wordt meteen bewaard. Onderaan het scherm ziet u wanneer voor het laatst. U kunt altijd stoppen en later verdergaan.',
      en: 'Everything you fill in is saved at once. At the bottom of the screen you see when it was last saved. You can always stop and continue later.',
    },
    progressTitle: { nl: 'Uw voortgang', en: 'Your progress' },
    sendTitle: { nl: 'Antwoorden versturen', en: 'Send your answers' },
    sendText: {
      nl: 'Klaar? Verstuur dan uw antwoorden naar de expert. Daarna kunt u ze niet meer veranderen. Moet er toch iets anders, dan kan de expert ze aan u teruggeven.',
      en: 'Done? Then send your answers to the expert. After that you can no longer change them. If something must change after all, the expert can give them back to you.',
    },
    send: { nl: 'Antwoorden versturen', en: 'Send answers' },
    finishTitle: { nl: 'Afronden', en: 'Finish' },
    finishText: {
      nl: 'Klaar? Rond dan af. U ziet meteen uw uitkomst. Niemand anders ziet die.',
      en: 'Done? Then finish. You see your outcome at once. No one else sees it.',
    },
    finish: { nl: 'Afronden en uitkomst bekijken', en: 'Finish and see the outcome' },
    notSavedYet: {
      nl: 'Uw laatste antwoorden zijn nog niet bewaard, omdat er geen verbinding is. Wacht tot de verbinding terug is en probeer het dan opnieuw.',
      en: 'Your last answers have not been saved yet, because there is no connection. Wait until the connection is back and try again.',
    },
    frozenElsewhere: {
      nl: 'Deze scan is al verstuurd, misschien in een ander venster. Hieronder ziet u hoe het nu staat.',
      en: 'This scan has already been sent, perhaps in another window. Below you see where it stands now.',
    },
    now: {
      submitted: {
        nl: 'Uw antwoorden zijn verstuurd. De expert bekijkt ze en neemt contact met u op voor een gesprek. U krijgt een e-mail als uw rapport klaar is.',
        en: 'Your answers have been sent. The expert looks at them and will contact you for a conversation. You will receive an email when your report is ready.',
      },
      'in-review': {
        nl: 'De expert beoordeelt uw antwoorden. U krijgt een e-mail als uw rapport klaar is.',
        en: 'The expert is reviewing your answers. You will receive an email when your report is ready.',
      },
      'report-ready': {
        nl: 'Uw rapport is klaar. Alleen u kunt het lezen.',
        en: 'Your report is ready. Only you can read it.',
      },
    },
    changeSomething: {
      nl: 'Wilt u nog iets veranderen? Neem contact op met de expert. De expert kan de antwoorden aan u teruggeven.',
      en: 'Do you want to change something? Contact the expert. The expert can give the answers back to you.',
    },
    readReport: { nl: 'Uw rapport lezen', en: 'Read your report' },
    sentAnswers: { nl: 'Wat u heeft verstuurd', en: 'What you sent' },
  },
  answers: {
    notAnswered: { nl: 'Niet beantwoord', en: 'Not answered' },
    none: { nl: 'Geen', en: 'None' },
    skipped_one: { nl: 'Niet beantwoord: {{count}} vraag', en: 'Not answered: {{count}} question' },
    skipped_other: { nl: 'Niet beantwoord: {{count}} vragen', en: 'Not answered: {{count}} questions' },
  },
  autosave: {
    idleNetwork: {
      nl: 'Uw netwerkkaart wordt vanzelf bewaard.',
      en: 'Your network map is saved automatically.',
    },
    offlineNetwork: {
      nl: 'Offline — wordt opnieuw geprobeerd. Uw netwerkkaart staat nog op dit scherm; sluit het nog niet.',
      en: 'Offline — trying again. Your network map is still on this screen; do not close it yet.',
    },
    mergedNetwork: {
      nl: 'Deze scan was intussen in een ander venster of op een ander apparaat gewijzigd ({{time}}). We hebben uw wijzigingen hier daar bovenop gezet. Er is niets verloren gegaan.',
      en: 'This scan was changed meanwhile in another window or on another device ({{time}}). We put your changes here on top of it. Nothing was lost.',
    },
    idle: { nl: 'Uw antwoorden worden vanzelf bewaard.', en: 'Your answers are saved automatically.' },
    saving: { nl: 'Bezig met opslaan…', en: 'Saving…' },
    savedAt: { nl: 'Opgeslagen om {{time}}.', en: 'Saved at {{time}}.' },
    offline: {
      nl: 'Offline — wordt opnieuw geprobeerd. Uw antwoorden staan nog op dit scherm; sluit het nog niet.',
      en: 'Offline — trying again. Your answers are still on this screen; do not close it yet.',
    },
    failed: { nl: 'Niet opgeslagen. {{reason}}', en: 'Not saved. {{reason}}' },
    frozen: {
      nl: 'Deze scan is al verstuurd. Er wordt niets meer opgeslagen.',
      en: 'This scan has already been sent. Nothing more is saved.',
    },
    held_one: {
      nl: '{{count}} antwoord is nog niet bewaard, omdat het niet past bij de vraag. Bij de vraag staat wat er niet klopt.',
      en: '{{count}} answer has not been saved, because it does not fit the question. The question says what is wrong.',
    },
    held_other: {
      nl: '{{count}} antwoorden zijn nog niet bewaard, omdat ze niet passen bij de vraag. Bij de vragen staat wat er niet klopt.',
      en: '{{count}} answers have not been saved, because they do not fit the question. The questions say what is wrong.',
    },
    merged: {
      nl: 'Deze scan was intussen in een ander venster of op een ander apparaat gewijzigd ({{time}}). We hebben die antwoorden en wat u hier invulde samengevoegd. Er is niets verloren gegaan.',
      en: 'This scan was changed meanwhile in another window or on another device ({{time}}). We merged those answers with what you filled in here. Nothing was lost.',
    },
    mergedRead: { nl: 'Begrepen', en: 'Understood' },
  },
  report: {
    notATrafficLight: {
      nl: 'Dit rapport is geen stoplicht en geen automatisch besluit.',
      en: 'This report is no traffic light and no automated decision.',
    },
    finalisedOn: { nl: 'Afgerond op {{date}}.', en: 'Finished on {{date}}.' },
    emptyView: {
      nl: 'Er staat in dit deel van het rapport niets voor u.',
      en: 'This part of the report has nothing for you.',
    },
    judgement: { nl: 'Oordeel van de expert:', en: 'Judgement of the expert:' },
    differsTitle: { nl: 'Anders dan het voorstel.', en: 'Different from the proposal.' },
    differsProposed: {
      nl: 'Op grond van de antwoorden was het voorstel:',
      en: 'Based on the answers the proposal was:',
    },
    differsText: {
      nl: 'De expert kwam na het lezen en het gesprek tot een ander oordeel.',
      en: 'After reading and the conversation, the expert came to a different judgement.',
    },
    sameAsProposed: {
      nl: 'Dit oordeel is gelijk aan het voorstel op grond van de antwoorden.',
      en: 'This judgement is the same as the proposal based on the answers.',
    },
    rationale: { nl: 'Uitleg van de expert:', en: 'Explanation of the expert:' },
    stoodOut: { nl: 'Wat opviel', en: 'What stood out' },
    nothingStoodOut: { nl: 'Bij dit onderwerp viel niets op.', en: 'Nothing stood out for this topic.' },
    nothingStoodOutYou: {
      nl: 'Bij dit onderwerp viel in uw antwoorden niets op.',
      en: 'Nothing in your answers stood out for this topic.',
    },
    quiet: { nl: 'Geen aandachtspunt bij:', en: 'No point of attention for:' },
    openPoints: {
      nl: 'Nog open, om te bespreken in het gesprek. Een antwoord als "weet ik niet" telt niet als risico:',
      en: 'Still open, to discuss in the conversation. An answer such as "don’t know" does not count as a risk:',
    },
    because: { nl: 'Op grond van:', en: 'Based on:' },
    becauseYou: { nl: 'Op grond van uw antwoorden:', en: 'Based on your answers:' },
    awarenessTitle: { nl: 'Uw eigen inschatting', en: 'Your own estimate' },
    perceived: { nl: 'Uw eigen inschatting', en: 'Your own estimate' },
    computed: { nl: 'Uitkomst van de antwoorden', en: 'Outcome of the answers' },
    blindSpot: {
      nl: 'De uitkomst is hoger dan uw eigen inschatting. Dat is niet erg; het is goed om hier samen naar te kijken.',
      en: 'The outcome is higher than your own estimate. That is fine; it is good to look at this together.',
    },
    moreCareful: {
      nl: 'Uw eigen inschatting is voorzichtiger dan de uitkomst.',
      en: 'Your own estimate is more cautious than the outcome.',
    },
    sameView: {
      nl: 'Uw eigen inschatting en de uitkomst komen overeen.',
      en: 'Your own estimate and the outcome match.',
    },
    tipsTitle: { nl: 'Tips', en: 'Tips' },
  },
  myReport: {
    title: { nl: 'Uw rapport', en: 'Your report' },
    back: { nl: 'Terug naar uw scan', en: 'Back to your scan' },
    notReadyTitle: { nl: 'Uw rapport is nog niet klaar', en: 'Your report is not ready yet' },
    notReady: {
      nl: 'De expert is nog bezig. U krijgt een e-mail als uw rapport klaar is.',
      en: 'The expert is still working on it. You will receive an email when your report is ready.',
    },
    aboutExpert: {
      nl: 'Een expert heeft uw antwoorden gelezen, met u gesproken en per onderwerp een oordeel gegeven, met uitleg. De software deed alleen een voorstel. Bijna iedereen heeft wel een aandachtspunt; dat is normaal.',
      en: 'An expert read your answers, talked with you and gave a judgement per topic, with an explanation. The software only made a proposal. Almost everyone has some point of attention; that is normal.',
    },
    aboutReflection: {
      nl: 'Het is een hulpmiddel om zelf na te denken over uw netwerken en de risico’s die u ziet. Alleen u ziet deze uitkomst.',
      en: 'It is a tool to think for yourself about your networks and the risks you see. Only you see this outcome.',
    },
    onThisPage: { nl: 'Op deze pagina', en: 'On this page' },
    toReport: { nl: 'Het rapport', en: 'The report' },
  },
  share: {
    title: { nl: 'Delen met de opdrachtgever', en: 'Share with the client' },
    titleCommittee: { nl: 'Delen met de kandidatencommissie', en: 'Share with the selection committee' },
    neverCommittee: {
      nl: 'De kandidatencommissie krijgt een e-mail dat u de gesprekspunten deelt. U ziet hieronder wanneer iemand van de commissie ze opent.',
      en: 'The selection committee receives an email that you share the talking points. Below you see when someone of the committee opens them.',
    },
    introCommittee: {
      nl: 'Uw uitkomst gaat niet vanzelf naar de kandidatencommissie van uw partij. U kiest zelf of u de gesprekspunten deelt, en tot wanneer. U kunt het delen altijd stoppen; dat werkt meteen.',
      en: 'Your outcome does not go to your party’s selection committee by itself. You choose whether you share the talking points, and until when. You can always stop sharing; that works at once.',
    },
    intro: {
      nl: 'Uw rapport gaat niet vanzelf naar de opdrachtgever. U kiest zelf of u het deelt, hoeveel, en tot wanneer. U kunt het delen altijd stoppen; dat werkt meteen.',
      en: 'Your report does not go to the client by itself. You choose whether you share it, how much, and until when. You can always stop sharing; that works at once.',
    },
    notShared: {
      nl: 'U deelt uw rapport nu met niemand.',
      en: 'You are not sharing your report with anyone now.',
    },
    activeTitle: { nl: 'U deelt nu:', en: 'You are now sharing:' },
    activeItem: { nl: 'De {{scope}}, tot {{date}}.', en: 'The {{scope}}, until {{date}}.' },
    revoke: { nl: 'Stoppen met delen', en: 'Stop sharing' },
    revoked: {
      nl: 'U deelt uw rapport niet meer. De opdrachtgever kan het niet meer openen.',
      en: 'You no longer share your report. The client can no longer open it.',
    },
    scope: { nl: 'Wat wilt u delen?', en: 'What do you want to share?' },
    scopeSummary: {
      nl: 'Alleen het oordeel per onderwerp, met de uitleg van de expert, en de maatregelen.',
      en: 'Only the judgement per topic, with the expert’s explanation, and the measures.',
    },
    scopeFull: {
      nl: 'Ook welke punten opvielen en hoe zwaar ze wegen. Uw antwoorden zelf deelt u nooit; die ziet de opdrachtgever niet.',
      en: 'Also which points stood out and how much they weigh. You never share your answers themselves; the client does not see them.',
    },
    scopeCommittee: {
      nl: 'De kandidatencommissie van uw partij ziet per thema of het besproken moet worden en de gesprekspunten voor het selectiegesprek. Uw antwoorden, wat opviel en de oordelen ziet de commissie nooit.',
      en: 'Your party’s selection committee sees per theme whether to discuss it and the talking points for the selection conversation. The committee never sees your answers, what stood out or the judgements.',
    },
    scopeRequired: { nl: 'Kies wat u wilt delen.', en: 'Choose what you want to share.' },
    until: { nl: 'Delen tot en met', en: 'Share until and including' },
    untilDescription_one: {
      nl: 'Na deze dag stopt het delen vanzelf. Hoogstens {{count}} dag vanaf vandaag.',
      en: 'After this day sharing stops by itself. At most {{count}} day from today.',
    },
    untilDescription_other: {
      nl: 'Na deze dag stopt het delen vanzelf. Hoogstens {{count}} dagen vanaf vandaag.',
      en: 'After this day sharing stops by itself. At most {{count}} days from today.',
    },
    untilInvalid: {
      nl: 'Kies een datum vanaf vandaag, binnen een jaar.',
      en: 'Choose a date from today, within a year.',
    },
    never: {
      nl: 'De opdrachtgever krijgt een e-mail dat u het rapport deelt. U ziet hieronder wanneer hij of zij het opent.',
      en: 'The client receives an email that you share the report. Below you see when they open it.',
    },
    submit: { nl: 'Rapport delen', en: 'Share report' },
    released: {
      nl: 'U deelt nu de {{scope}} tot en met {{date}}.',
      en: 'You now share the {{scope}} until and including {{date}}.',
    },
    notForReflection: {
      nl: 'Deze uitkomst is alleen voor u. U kunt haar niet delen.',
      en: 'This outcome is for you only. You cannot share it.',
    },
    pastTitle_one: { nl: 'Eerder gedeeld ({{count}})', en: 'Shared before ({{count}})' },
    pastTitle_other: { nl: 'Eerder gedeeld ({{count}})', en: 'Shared before ({{count}})' },
    pastRevoked: { nl: 'De {{scope}}: gestopt op {{date}}.', en: 'The {{scope}}: stopped on {{date}}.' },
    pastExpired: { nl: 'De {{scope}}: afgelopen op {{date}}.', en: 'The {{scope}}: ended on {{date}}.' },
  },
  access: {
    title: { nl: 'Wie heeft wat bekeken?', en: 'Who looked at what?' },
    intro: {
      nl: 'Elke keer dat iemand anders uw antwoorden of uw rapport opent, of dat probeert, staat hier.',
      en: 'Every time someone else opens your answers or your report, or tries to, it is listed here.',
    },
    empty: {
      nl: 'Nog niemand anders heeft uw antwoorden of uw rapport bekeken.',
      en: 'No one else has looked at your answers or your report yet.',
    },
    caption: { nl: 'Wie heeft uw gegevens bekeken', en: 'Who looked at your data' },
    who: {
      expert: { nl: 'De expert', en: 'The expert' },
      opdrachtgever: { nl: 'De opdrachtgever', en: 'The client' },
      beheer: { nl: 'Het beheer van Weerbaar', en: 'The Weerbaar operators' },
      college: { nl: 'Een lid van uw college', en: 'A member of your college' },
      onderzoeker: { nl: 'Een onderzoeker', en: 'A researcher' },
      commissie: { nl: 'De kandidatencommissie', en: 'The selection committee' },
      other: { nl: 'Iemand anders', en: 'Someone else' },
    },
    what: {
      expert: {
        nl: 'Uw antwoorden en de uitkomst, voor de beoordeling',
        en: 'Your answers and the outcome, for the review',
      },
      'opdrachtgever-samenvatting': {
        nl: 'De samenvatting van uw rapport',
        en: 'The summary of your report',
      },
      'opdrachtgever-volledig': { nl: 'Uw volledige rapport', en: 'Your full report' },
      opdrachtgever: { nl: 'Uw rapport', en: 'Your report' },
      commissie: {
        nl: "De gesprekspunten en de thema's om te bespreken (geen antwoorden)",
        en: 'The talking points and the themes to discuss (no answers)',
      },
      herhaalscan: {
        nl: 'Uw vorige scan en agenda, voor de herhaalscan',
        en: 'Your earlier scan and agenda, for the follow-up scan',
      },
      herberekening: {
        nl: 'Een controle of uw rapport opnieuw hetzelfde uitkomt (zonder inhoud te tonen)',
        en: 'A check that your report comes out the same again (no content shown)',
      },
      college: {
        nl: 'Uw netwerkkaart, samengeteld met die van uw college (zonder namen of contacten)',
        en: "Your network map, added up with your college's (without names or contacts)",
      },
      'research-table': {
        nl: 'Uw uitkomsten telden mee in een tabel voor onderzoek (alleen aantallen over een groep)',
        en: 'Your results counted in a research table (only numbers about a group)',
      },
      other: { nl: 'Een deel van uw gegevens', en: 'Part of your data' },
    },
    outcome: {
      allowed: { nl: 'Bekeken', en: 'Viewed' },
      denied: { nl: 'Geweigerd: niet gedeeld', en: 'Refused: not shared' },
    },
  },
  rights: {
    title: { nl: 'Uw gegevens en uw rechten', en: 'Your data and your rights' },
    intro: {
      nl: 'U beslist zelf over uw gegevens. Dat kan op elk moment.',
      en: 'You decide about your data. At any time.',
    },
    downloadTitle: { nl: 'Al uw gegevens downloaden', en: 'Download all your data' },
    downloadText: {
      nl: 'U krijgt een bestand met alles wat Weerbaar over u bewaart in deze organisatie. Het bestand wordt op uw eigen apparaat opgeslagen.',
      en: 'You receive a file with everything Weerbaar keeps about you in this organisation. The file is saved on your own device.',
    },
    download: { nl: 'Mijn gegevens downloaden', en: 'Download my data' },
    downloaded: {
      nl: 'Uw gegevens zijn gedownload. U vindt het bestand bij uw downloads.',
      en: 'Your data has been downloaded. You find the file in your downloads.',
    },
    fileName: { nl: 'weerbaar-mijn-gegevens', en: 'weerbaar-my-data' },
    withdrawTitle: { nl: 'Terugtrekken uit de procedure', en: 'Withdraw from the procedure' },
    withdrawText: {
      nl: 'Wilt u niet meer meedoen? Dan trekt u zich terug. Uw scan wordt meteen verwijderd. De opdrachtgever ziet alleen dat u zich heeft teruggetrokken.',
      en: 'Do you no longer want to take part? Then withdraw. Your scan is deleted at once. The client only sees that you withdrew.',
    },
    withdraw: { nl: 'Mij terugtrekken', en: 'Withdraw' },
    withdrawConfirmTitle: { nl: 'Terugtrekken uit "{{name}}"?', en: 'Withdraw from "{{name}}"?' },
    withdrawConfirmText: {
      nl: 'Uw antwoorden en uw rapport worden meteen en voorgoed verwijderd. Niemand kan ze daarna nog lezen, ook wij niet. Dit kunt u niet ongedaan maken.',
      en: 'Your answers and your report are deleted at once and for good. No one can read them afterwards, not even us. This cannot be undone.',
    },
    withdrawConfirm: {
      nl: 'Ja, trek mij terug en verwijder alles',
      en: 'Yes, withdraw me and delete everything',
    },
    deleteTitle: { nl: 'Scan verwijderen', en: 'Delete the scan' },
    deleteText: {
      nl: 'U kunt uw scan ook verwijderen zonder u terug te trekken. De opdrachtgever ziet dan dat de scan is verwijderd.',
      en: 'You can also delete your scan without withdrawing. The client then sees that the scan was deleted.',
    },
    delete: { nl: 'Mijn scan verwijderen', en: 'Delete my scan' },
    deleteConfirmTitle: { nl: 'Uw scan verwijderen?', en: 'Delete your scan?' },
    deleteConfirmText: {
      nl: 'Uw antwoorden en uw rapport worden meteen en voorgoed verwijderd. Niemand kan ze daarna nog lezen, ook wij niet. Dit kunt u niet ongedaan maken.',
      en: 'Your answers and your report are deleted at once and for good. No one can read them afterwards, not even us. This cannot be undone.',
    },
    deleteConfirm: { nl: 'Ja, verwijder mijn scan', en: 'Yes, delete my scan' },
  },
  reauth: {
    title: { nl: 'Bevestig eerst dat u het bent', en: 'First confirm it is you' },
    intro: {
      nl: 'U heeft zich meer dan tien minuten geleden aangemeld. Voor deze stap vragen we u daarom nog één keer te bevestigen dat u het bent. Daarna gaan we meteen verder.',
      en: 'You signed in more than ten minutes ago. For this step we therefore ask you to confirm once more that it is you. Then we carry on at once.',
    },
    passkeyTitle: { nl: 'Met uw toegangssleutel', en: 'With your passkey' },
    codeTitle: { nl: 'Met een code uit uw app', en: 'With a code from your app' },
    codeSubmit: { nl: 'Bevestigen met code', en: 'Confirm with code' },
    linkTitle: { nl: 'Met een nieuwe link per e-mail', en: 'With a new link by email' },
    linkTitleOther: { nl: 'Of met een nieuwe link per e-mail', en: 'Or with a new link by email' },
    linkIntro: {
      nl: 'We sturen een nieuwe aanmeldlink naar {{email}}.',
      en: 'We send a new sign-in link to {{email}}.',
    },
    linkSend: { nl: 'Stuur mij een nieuwe link', en: 'Send me a new link' },
    linkSent: { nl: 'We hebben een link gestuurd naar {{email}}.', en: 'We sent a link to {{email}}.' },
    linkThen: {
      nl: 'Open de link in de e-mail, in deze browser. Kom daarna terug naar dit scherm en kies "Ik heb de link geopend".',
      en: 'Open the link in the email, in this browser. Then come back to this screen and choose "I have opened the link".',
    },
    linkDone: { nl: 'Ik heb de link geopend', en: 'I have opened the link' },
    linkAgain: { nl: 'Stuur de link opnieuw', en: 'Send the link again' },
    linkNotUsed: {
      nl: 'Dat lukte nog niet. Open eerst de link uit de e-mail, in deze browser.',
      en: 'That did not work yet. First open the link from the email, in this browser.',
    },
    cancel: { nl: 'Niet nu', en: 'Not now' },
  },
  notFound: {
    title: { nl: 'Pagina niet gevonden', en: 'Page not found' },
    text: {
      nl: 'Deze pagina bestaat niet. Misschien is de link oud of zit er een typefout in.',
      en: 'This page does not exist. The link may be old or contain a typo.',
    },
    toStart: { nl: 'Naar de startpagina', en: 'Go to the start page' },
  },
} as const satisfies TextTree;

// Namespace `errors`: what the server says when it refuses — each DomainError's sentence, keyed by
// its stable `code` (a group when one code has several sentences), the sentences next to a field
// (`fields`), and the route schemas' zod messages (`input`: the schema names the key, the mapper in
// http/problem.ts looks it up, with zod's `minimum` / `maximum` as placeholders). Dutch and English
// side by side per key, placeholders `{{name}}` (see src/core/texts/translate.ts; checked by
// test/texts.test.ts).
import type { TextTree } from '../../core/texts/translate.ts';

export const errorTexts = {
  // ── refusals, by code ──
  // The antecedentenonderzoek (policies/screening.ts, operations/*-screening*, *-declaration.ts).
  'declaration-signed': {
    nl: 'U heeft deze toestemming al gegeven.',
    en: 'You have already given this consent.',
  },
  'declaration-not-signed': {
    nl: 'Er is geen ondertekende toestemming om in te trekken.',
    en: 'There is no signed consent to withdraw.',
  },
  'declaration-missing': {
    nl: 'Het onderzoek kan pas als de kandidaat de toestemmingsverklaring heeft ondertekend.',
    en: 'The check can only run once the candidate has signed the consent declaration.',
  },
  'declaration-outdated': {
    nl: 'Deze versie van de verklaring geldt niet meer. Lees de nieuwe versie en onderteken die.',
    en: 'This version of the declaration no longer applies. Read the new version and sign that one.',
  },
  'second-factor-needed': {
    nl: 'Stel eerst een tweede stap in (een app of een passkey) bij Beveiliging; daarmee ondertekent u.',
    en: 'First set up a second step (an app or a passkey) under Security; you sign with it.',
  },
  'screening-ran': {
    nl: 'Het onderzoek is al uitgevoerd; de toestemming kan niet meer worden gewijzigd.',
    en: 'The check has already been carried out; the consent can no longer be changed.',
  },
  'screening-not-run': {
    nl: 'Voer eerst het onderzoek uit.',
    en: 'Run the check first.',
  },
  'screening-hit-unknown': {
    nl: 'Deze treffer bestaat niet in dit onderzoek.',
    en: 'This match does not exist in this check.',
  },
  'screening-theme-unknown': {
    nl: 'Dit thema hoort niet bij het instrument van deze scan.',
    en: "This theme is not part of this scan's instrument.",
  },
  forbidden: {
    default: { nl: 'U heeft geen toegang tot deze functie.', en: 'You do not have access to this.' },
    'open-procedure': {
      nl: 'Alleen een opdrachtgever opent een procedure.',
      en: 'Only a client opens a procedure.',
    },
  },
  'not-found': {
    default: { nl: 'Dit bestaat niet, of u heeft er geen toegang toe.', en: 'Not found.' },
    route: { nl: 'Deze API-route bestaat niet.', en: 'No such API route.' },
    organisation: { nl: 'Deze organisatie bestaat niet.', en: 'Organisation not found.' },
    instrument: { nl: 'Dit instrument bestaat niet.', en: 'No such instrument.' },
    'vuistregels-set': { nl: 'Deze set vuistregels bestaat niet.', en: 'No such set of rules of thumb.' },
    nevenfunctie: {
      nl: 'Deze nevenfunctie staat niet in uw register.',
      en: 'This side position is not in your register.',
    },
    'nevenfuncties-publication': {
      nl: 'Er is (nog) geen publicatie van nevenfuncties voor deze organisatie en dit half jaar.',
      en: 'There is no publication of side positions for this organisation and half year (yet).',
    },
  },
  'not-signed-in': { nl: 'U bent niet (meer) aangemeld.', en: 'You are not signed in.' },
  reauthenticate: {
    nl: 'Bevestig eerst dat u het bent: met uw tweede stap of een nieuwe aanmeldlink.',
    en: 'Confirm it is you first.',
  },
  'rate-limited-route_one': {
    nl: 'U heeft te veel {{what}} gevraagd (hooguit {{limit}} per {{window}} minuten). Probeer het over {{count}} minuut opnieuw.',
    en: 'Too many {{what}} (at most {{limit}} per {{window}} minutes). Try again in {{count}} minute.',
  },
  'rate-limited-route_other': {
    nl: 'U heeft te veel {{what}} gevraagd (hooguit {{limit}} per {{window}} minuten). Probeer het over {{count}} minuten opnieuw.',
    en: 'Too many {{what}} (at most {{limit}} per {{window}} minutes). Try again in {{count}} minutes.',
  },
  'rate-limit-what': {
    pdf: { nl: 'PDF-rapporten', en: 'PDF reports' },
    export: { nl: 'exports', en: 'exports' },
    evaluate: { nl: 'berekeningen', en: 'evaluations' },
    leidraad: { nl: 'opvragingen van de leidraad', en: 'interview guide requests' },
    register: { nl: 'opvragingen van het openbare register', en: 'requests for the public register' },
  },
  'disk-full': {
    nl: 'De opslag van de server is vol, dus wat u net deed is niet bewaard. Probeer het later opnieuw; de beheerder moet eerst ruimte vrijmaken.',
    en: 'The server’s storage is full, so what you just did was not saved. Try again later; an administrator needs to free some space first.',
  },
  'database-unavailable': {
    nl: 'De database is even niet bereikbaar, dus wat u net deed is mogelijk niet bewaard. Probeer het over enkele seconden opnieuw.',
    en: 'The database cannot be reached for a moment, so what you just did may not have been saved. Try again in a few seconds.',
  },
  'key-store-unavailable': {
    nl: 'De sleutels van deze scan zijn nu niet te lezen, dus de scan kan niet worden geopend en er is niets bewaard. Probeer het later opnieuw; de beheerder moet de sleutelopslag herstellen.',
    en: 'The keys of this scan cannot be read now, so the scan cannot be opened and nothing was saved. Try again later; an administrator needs to restore the key store.',
  },
  'key-store-reason': {
    denied: { nl: 'toegang geweigerd', en: 'permission denied' },
    missing: { nl: 'niet gevonden', en: 'not found' },
    'read-error': { nl: 'leesfout van de schijf', en: 'disk read error' },
    damaged: {
      nl: 'een sleutelbestand is beschadigd of hoort bij een andere hoofdsleutel',
      en: 'a key file is damaged or belongs to another master key',
    },
  },
  'rate-limited': {
    nl: 'Te veel pogingen. Probeer het over {{minutes}} minuten opnieuw.',
    en: 'Too many attempts. Try again in {{minutes}} minutes.',
  },
  'second-factor-required': {
    default: {
      nl: 'Bevestig eerst uw aanmelding met uw tweede stap.',
      en: 'Confirm your sign-in with your second factor first.',
    },
    existing: {
      nl: 'Bevestig eerst uw aanmelding met uw bestaande tweede stap.',
      en: 'Confirm with your existing factor first.',
    },
  },
  'passkey-invalid': {
    nl: 'De passkey kon niet worden gecontroleerd. Probeer het opnieuw.',
    en: 'The passkey could not be verified.',
  },
  'invalid-input': {
    default: { nl: 'Niet alle gegevens zijn juist ingevuld.', en: 'Some fields are not valid.' },
    'follow-up-instrument': {
      nl: 'Een herhaalscan gebruikt dezelfde vragenlijst als de eerdere procedure.',
      en: 'A follow-up uses the same instrument.',
    },
    'not-for-procedures': {
      nl: 'Dit instrument is niet bedoeld voor een procedure.',
      en: 'Not for procedures.',
    },
    'review-setting': {
      nl: 'Deze beoordeling past niet bij dit instrument.',
      en: 'Review setting not allowed for this instrument.',
    },
    'decisions-do-not-fit': { nl: 'Niet alles past bij dit instrument.', en: 'Does not fit the instrument.' },
    'unknown-instrument': { nl: 'Onbekend instrument.', en: 'Unknown instrument.' },
    'unknown-expert': { nl: 'Niet alle gekozen experts horen bij deze organisatie.', en: 'Unknown expert.' },
    'no-expert': { nl: 'Wijs minstens één expert toe.', en: 'Assign at least one expert.' },
  },
  'malformed-json': { nl: 'De gegevens zijn geen geldige JSON.', en: 'The body is not valid JSON.' },
  'unstorable-text': {
    nl: 'De gegevens bevatten een teken dat niet kan worden opgeslagen (een nul-teken of een losse surrogaat).',
    en: 'The body holds a character that cannot be stored (a NUL character or a lone surrogate).',
  },
  csrf: {
    nl: 'Het verzoek kwam niet van deze website. Laad de pagina opnieuw.',
    en: 'Request origin rejected.',
  },
  'too-large': { nl: 'De gegevens zijn te groot.', en: 'The body is too large.' },
  'unsupported-media-type': { nl: 'Stuur de gegevens als JSON.', en: 'Send the body as application/json.' },
  /** An HTTP refusal from the framework itself that carries no words of its own. */
  'http-error': { nl: 'Fout', en: 'Error' },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong.',
  },
  'not-submitted': {
    default: { nl: 'Deze scan is nog niet ingediend.', en: 'Not submitted yet.' },
    recompute: {
      nl: 'Deze scan is nog niet ingediend: er is niets om na te rekenen.',
      en: 'Not submitted: nothing to recompute.',
    },
  },
  'report-not-ready': {
    default: { nl: 'Het rapport is nog niet klaar.', en: 'The report is not ready yet.' },
    agenda: {
      nl: 'De agenda maakt u bij het afgeronde rapport. Dat is er nog niet.',
      en: 'The agenda comes with the finished report.',
    },
  },
  'not-released': {
    nl: 'De kandidaat heeft dit rapport niet (meer) met u gedeeld.',
    en: 'Not released to you.',
  },
  'instrument-missing': {
    default: {
      nl: 'De vragenlijst van deze procedure ontbreekt. Meld dit aan de beheerder.',
      en: 'Instrument version missing.',
    },
    recompute: {
      nl: 'Versie {{version}} van {{instrument}} staat niet meer op schijf.',
      en: 'Version {{version}} of {{instrument}} is no longer on disk.',
    },
  },
  'instrument-changed': {
    nl: 'Versie {{version}} van {{instrument}} is gewijzigd na het vastleggen (andere inhoudshash).',
    en: 'Version {{version}} of {{instrument}} was changed after it was pinned (another content hash).',
  },
  'already-member': {
    invite: {
      nl: 'Deze persoon heeft deze rol al in de organisatie.',
      en: 'Already a member with this role.',
    },
    update: { nl: 'Deze persoon heeft die rol al.', en: 'Already has that role.' },
  },
  'agenda-conflict': {
    nl: 'Uw agenda is intussen ergens anders opgeslagen (in een ander tabblad of venster). Er is hier niets opgeslagen. Laad de agenda opnieuw en breng uw wijziging daarna nog eens aan.',
    en: 'Your agenda was saved elsewhere (another tab); nothing was saved here. Reload and make your change again.',
  },
  'invalid-agenda': {
    nl: 'Niet alles in de agenda klopt; er is niets opgeslagen.',
    en: 'Not everything in the agenda is valid; nothing was saved.',
  },
  'scan-deleted': { nl: 'Deze scan is verwijderd.', en: 'This scan was deleted.' },
  'slug-taken': {
    nl: 'De korte naam "{{slug}}" is al in gebruik.',
    en: 'The short name "{{slug}}" is already in use.',
  },
  // Submit says plainly what is still required, and that not knowing is no risk.
  incomplete: {
    required_one: {
      nl: 'Er is nog {{count}} verplichte vraag open.',
      en: '{{count}} required question is still open.',
    },
    required_other: {
      nl: 'Er zijn nog {{count}} verplichte vragen open.',
      en: '{{count}} required questions are still open.',
    },
    invalid_one: { nl: '{{count}} antwoord klopt nog niet.', en: '{{count}} answer is not right yet.' },
    invalid_other: {
      nl: '{{count}} antwoorden kloppen nog niet.',
      en: '{{count}} answers are not right yet.',
    },
    advice: {
      nl: 'U vindt ze hieronder. Weet u het antwoord niet, kies dan "Weet ik niet" als dat kan: dat telt niet als risico, het wordt een vraag voor het gesprek. Vragen zonder "verplicht" mag u leeg laten.',
      en: 'You will find them below. If you do not know, choose "Don’t know" where offered: it does not count as a risk, it becomes a question for the conversation. Questions not marked "required" may stay empty.',
    },
  },
  'nothing-to-remind': { nl: 'Deze kandidaat heeft al ingediend of is gestopt.', en: 'Nothing to remind.' },
  'procedure-closed': {
    already: { nl: 'Deze procedure is al gesloten.', en: 'Already closed.' },
    default: { nl: 'Deze procedure is gesloten.', en: 'This procedure is closed.' },
  },
  'recovery-code-invalid': {
    nl: 'Deze herstelcode klopt niet of is al gebruikt.',
    en: 'Invalid or used recovery code.',
  },
  'own-beheerder-role': {
    nl: 'U kunt uw eigen beheerdersrol niet wijzigen of uitschakelen.',
    en: 'You cannot change your own beheerder role.',
  },
  'still-invited': {
    nl: 'Deze persoon moet de uitnodiging eerst aannemen.',
    en: 'The invitation is not accepted yet.',
  },
  'no-passkey': { nl: 'U heeft nog geen passkey.', en: 'You have no passkey yet.' },
  'totp-invalid': {
    nl: 'Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer het opnieuw.',
    en: 'Wrong code.',
  },
  'totp-not-ready': {
    nl: 'Er is geen authenticator-app om te controleren.',
    en: 'No authenticator app to check.',
  },
  'totp-exists': {
    nl: 'U heeft al een authenticator-app ingesteld.',
    en: 'An authenticator app is already set up.',
  },
  'link-invalid': {
    nl: 'Deze link werkt niet (meer): hij is al gebruikt, verlopen of onbekend. Vraag een nieuwe aan.',
    en: 'This link is used, expired or unknown.',
  },
  'wrong-state': { nl: 'Begin eerst de beoordeling.', en: 'Start the review first.' },
  'judgements-missing': {
    nl: 'Geef voor elk thema een oordeel met onderbouwing.',
    en: 'Give a judgement with a rationale for every theme.',
  },
  'member-disabled': {
    nl: 'Deze kandidaat is uitgeschakeld in de organisatie.',
    en: 'Candidate is disabled.',
  },
  'already-candidate': { nl: 'Deze persoon is al kandidaat in deze procedure.', en: 'Already a candidate.' },
  /** What the page does when another tab saved first. */
  'revision-conflict': {
    answers: {
      nl: 'Deze scan is intussen ergens anders gewijzigd (een ander tabblad?). Uw antwoorden worden opnieuw geladen en samengevoegd.',
      en: 'Changed elsewhere: reload and merge.',
    },
    network: {
      nl: 'Deze scan is intussen ergens anders gewijzigd (een ander tabblad?). Uw netwerk wordt opnieuw geladen.',
      en: 'Changed elsewhere: reload.',
    },
  },
  'no-network': {
    nl: 'Deze vragenlijst heeft geen netwerkkaart.',
    en: 'This instrument has no network map.',
  },
  'invalid-network': {
    nl: 'De netwerkkaart klopt niet helemaal; er is niets opgeslagen.',
    en: 'The network map is not valid; nothing was saved.',
  },
  'no-earlier-scan': { nl: 'Bij deze scan hoort geen eerdere scan.', en: 'This scan has no earlier scan.' },
  'invalid-answer': { nl: 'Niet alle antwoorden passen bij de vraag.', en: 'Some answers do not fit.' },
  'not-invited': { nl: 'Deze uitnodiging is al aanvaard of uitgeschakeld.', en: 'Not a pending invitation.' },
  'college-members': {
    nl: 'Een college heeft minstens {{minimum}} en hoogstens {{maximum}} leden met een ingediende scan.',
    en: 'A college has at least {{minimum}} and at most {{maximum}} members with a submitted scan.',
  },
  'college-waiting': {
    nl: 'Nog niet iedereen in dit college heeft ingestemd; het samengestelde beeld blijft verborgen.',
    en: 'Not everyone in this college has agreed yet; the combined view stays hidden.',
  },
  'college-unavailable': {
    nl: 'De netwerkkaart van een van de leden is er niet meer; het samengestelde beeld blijft verborgen.',
    en: "One of the members' network maps is no longer there; the combined view stays hidden.",
  },
  // Research tables (issue 12).
  'research-dimension': {
    nl: 'Kies rijen en kolommen uit de lijst, en niet twee keer hetzelfde.',
    en: 'Choose rows and columns from the list, and not the same one twice.',
  },
  'research-differencing': {
    nl: 'Deze tabel wordt niet vrijgegeven: samen met een eerder vrijgegeven tabel zou hij door aftrekken laten zien wat over een kleine groep is afgeschermd. Kies een andere indeling of filter.',
    en: 'This table is not released: together with a table released earlier, subtracting one from the other would reveal what is hidden about a small group. Choose other dimensions or filters.',
  },
  'research-settings': {
    nl: 'De drempel is minstens 5 en hoogstens 1000.',
    en: 'The threshold is at least 5 and at most 1000.',
  },
  'research-unknown-organisation': {
    nl: 'Er is geen organisatie met deze korte naam.',
    en: 'There is no organisation with this short name.',
  },
  // The nevenfuncties register (issue 15).
  'nevenfuncties-office': {
    nl: 'Kies eerst uw ambt: de publicatie noemt het bij uw nevenfuncties.',
    en: 'Choose your office first: the publication names it with your side positions.',
  },
  'nevenfuncties-scan-changed': {
    nl: 'De nevenfuncties in uw scan zijn veranderd sinds u de lijst zag. Bekijk de lijst opnieuw en kies dan.',
    en: 'The side positions in your scan changed since you saw the list. Look at the list again, then choose.',
  },
  'nevenfuncties-scan-none': {
    nl: 'Deze scan vraagt niet naar nevenfuncties.',
    en: 'This scan does not ask about side positions.',
  },
  'nevenfuncties-period-future': {
    nl: 'Een half jaar dat nog niet begonnen is kan niet gepubliceerd worden.',
    en: 'A half year that has not started yet cannot be published.',
  },
  // The kandidatencommissie (operations/open-election-list.ts, release-report.ts).
  'election-list': {
    nl: 'De kandidatenlijst kan zo niet worden geopend.',
    en: 'The list of candidates cannot be opened like this.',
  },
  'release-scope': {
    nl: 'Deze keuze past niet bij deze procedure.',
    en: 'This choice does not fit this procedure.',
  },

  // ── next to a field ──
  fields: {
    'invalid-character': { nl: 'Bevat een ongeldig teken', en: 'contains an invalid character' },
    'unknown-field': { nl: 'Onbekend veld: {{keys}}', en: 'unknown field: {{keys}}' },
    'same-instrument': { nl: 'Kies dezelfde vragenlijst als de eerdere procedure', en: 'same instrument' },
    'review-required': {
      nl: 'Bij deze scan is beoordeling door een expert verplicht.',
      en: 'This scan is always reviewed by an expert.',
    },
    'review-check': {
      nl: 'Kies verplicht of optioneel voor deze check.',
      en: 'Choose required or optional for this check.',
    },
    'review-reflection': {
      nl: 'Een reflectie blijft bij de persoon zelf: geen beoordeling.',
      en: 'A reflection stays with the person: no review.',
    },
    'self-scan': {
      nl: 'De zelfscan is zonder procedure te gebruiken',
      en: 'the self-scan needs no procedure',
    },
    'has-role': { nl: 'Heeft deze rol al', en: 'already has this role' },
    'role-exists': { nl: 'Rol bestaat al', en: 'role exists' },
    'used-code': { nl: 'Onbekende of gebruikte code', en: 'unknown or used code' },
    'wrong-code': { nl: 'Code klopt niet', en: 'wrong code' },
    'unknown-theme': { nl: 'Onbekend thema', en: 'unknown theme' },
    'unknown-level': { nl: 'Onbekend niveau', en: 'unknown level' },
    'unknown-measure': { nl: 'Onbekende maatregel', en: 'unknown measure' },
    'judgement-missing': {
      nl: '{{theme}}: oordeel of onderbouwing ontbreekt',
      en: '{{theme}}: judgement or rationale missing',
    },
    'unknown-instrument': { nl: 'Onbekend instrument', en: 'unknown instrument' },
    'unknown-expert': { nl: 'Onbekende expert', en: 'unknown expert' },
    'at-least-one-expert': { nl: 'Minstens één expert', en: 'at least one expert' },
    'already-invited': { nl: 'Al uitgenodigd', en: 'already invited' },
    'unknown-question': { nl: 'Deze vraag bestaat niet in deze vragenlijst', en: 'unknown question' },
    'college-member': {
      nl: 'Deze persoon heeft hier geen ingediende scan met een netwerkkaart die u kunt kiezen',
      en: 'this person has no submitted scan with a network map here that you can choose',
    },
    'college-viewer': {
      nl: 'Kies een opdrachtgever van deze organisatie',
      en: 'choose a client of this organisation',
    },
  },

  // ── the route schemas' zod messages: a schema names the key with inputMessage('…') ──
  input: {
    'unknown-organisation': { nl: 'Onbekende organisatie', en: 'unknown organisation' },
    'unknown-procedure': { nl: 'Onbekende procedure', en: 'unknown procedure' },
    'unknown-scan': { nl: 'Onbekende scan', en: 'unknown scan' },
    'unknown-vrijgave': { nl: 'Onbekende vrijgave', en: 'unknown release' },
    'unknown-hit': { nl: 'Onbekende treffer', en: 'unknown match' },
    'decision-reason': { nl: 'Geef een reden voor uw beslissing', en: 'give a reason for your decision' },
    'source-where': { nl: 'Noem de bron', en: 'name the source' },
    'source-searched': { nl: 'Beschrijf waarop u zocht', en: 'describe what you searched for' },
    'source-found': {
      nl: 'Beschrijf wat u vond (ook als dat niets was)',
      en: 'describe what you found (also if nothing)',
    },
    'unknown-member': { nl: 'Onbekend lid', en: 'unknown member' },
    'email-required': { nl: 'Vul een e-mailadres in', en: 'enter an e-mail address' },
    'email-invalid': { nl: 'Dit is geen geldig e-mailadres', en: 'not a valid e-mail address' },
    name: { nl: 'Vul een naam in', en: 'enter a name' },
    'procedure-name': { nl: 'Geef de procedure een naam', en: 'name the procedure' },
    office: { nl: 'Kies een functie: {{values}}', en: 'choose an office: {{values}}' },
    'at-least-one-day': { nl: 'Minstens 1 dag', en: 'at least 1 day' },
    'at-most-ten-years': { nl: 'Hoogstens 10 jaar', en: 'at most 10 years' },
    'too-long': { nl: 'Te lang', en: 'too long' },
    'max-characters': { nl: 'Hoogstens {{maximum}} tekens', en: 'at most {{maximum}} characters' },
    'max-actions': { nl: 'Hoogstens {{maximum}} acties', en: 'at most {{maximum}} actions' },
    'max-changes': { nl: 'Hoogstens 200 wijzigingen per keer', en: 'at most 200 changes' },
    'role-or-status': { nl: 'Geef een rol of status', en: 'give a role or status' },
    'yes-or-no': { nl: 'Kies ja of nee', en: 'choose yes or no' },
    'totp-digits': { nl: 'Vul de 6 cijfers uit uw app in', en: 'enter the 6 digits from your app' },
    reason: { nl: 'Geef een reden', en: 'give a reason' },
    rationale: { nl: 'Een onderbouwing is verplicht', en: 'a rationale is required' },
    'date-time': { nl: 'Een datum en tijd', en: 'a date and time' },
    date: { nl: 'Een datum als 2027-03-31', en: 'a date like 2027-03-31' },
    'action-id': { nl: 'Ongeldige actie', en: 'invalid action id' },
    'action-what': { nl: 'Beschrijf wat u gaat doen', en: 'describe what you will do' },
    'unknown-college': { nl: 'Onbekend college', en: 'unknown college' },
    'college-name': { nl: 'Geef het college een naam', en: 'name the college' },
    'vuistregel-text': {
      nl: 'Schrijf de vuistregel in het Nederlands en het Engels',
      en: 'write the rule in Dutch and English',
    },
    'vuistregels-count': { nl: 'Eén tot {{maximum}} vuistregels', en: 'one to {{maximum}} rules' },
    'unknown-vuistregels-set': { nl: 'Onbekende set vuistregels', en: 'unknown set of rules' },
    'research-dimension': { nl: 'Kies uit de lijst', en: 'choose from the list' },
    'nevenfunctie-text': {
      nl: 'Vul dit in (hoogstens 200 tekens)',
      en: 'fill this in (at most 200 characters)',
    },
    'nevenfunctie-hours': {
      nl: 'Een heel aantal uren van 0 tot 744',
      en: 'a whole number of hours from 0 to 744',
    },
    'nevenfunctie-ends': { nl: 'Het einde ligt niet voor het begin', en: 'the end is not before the start' },
    'nevenfunctie-consent': {
      nl: 'Vink aan dat u de nevenfuncties wilt overnemen',
      en: 'tick that you want to take over the side positions',
    },
    'unknown-nevenfunctie': { nl: 'Onbekende nevenfunctie', en: 'unknown side position' },
    period: { nl: 'Een half jaar als 2026-H2', en: 'a half year like 2026-H2' },
    'organisation-slug': { nl: 'Onbekende organisatie', en: 'unknown organisation' },
    'election-name': { nl: 'Geef de verkiezing een naam', en: 'name the election' },
    'election-expert': { nl: 'Kies minstens één expert', en: 'choose at least one expert' },
    'election-year': { nl: 'Een jaar tussen 2000 en 2100', en: 'a year between 2000 and 2100' },
    'deadline-future': { nl: 'Kies een datum vanaf vandaag', en: 'choose a date from today' },
    'scope-commissie': {
      nl: 'Bij een kandidatenlijst deelt u alleen met de kandidatencommissie',
      en: 'for a list of candidates you share with the selection committee only',
    },
    'scope-not-commissie': {
      nl: 'Deze procedure heeft geen kandidatencommissie',
      en: 'this procedure has no selection committee',
    },
  },
} as const satisfies TextTree;

// Texts of the network picture (the drawn map, its legend and its controls), Dutch and English
// side by side per key; i18n/nl.ts and en.ts take each language in. Checked by test/texts.test.ts.
import type { TextTree } from '../../../core/texts/translate.ts';

export const networkPictureTexts = {
  title: { nl: 'Netwerkkaart', en: 'Network map' },
  ownCaption: { nl: 'Uw netwerkkaart', en: 'Your network map' },
  reviewCaption: { nl: 'Netwerkkaart van de kandidaat', en: "The candidate's network map" },
  drawing: { nl: 'De kaart wordt getekend…', en: 'Drawing the map…' },
  empty: { nl: 'Er staan nog geen contacten op de kaart.', en: 'There are no contacts on the map yet.' },
  you: { nl: 'U', en: 'You' },
  legendTitle: { nl: 'Zo leest u de kaart', en: 'How to read the map' },
  legend: {
    you: { nl: 'U in het midden: uzelf.', en: 'You at the centre: yourself.' },
    context: {
      nl: 'Grote cirkel met een naam: een netwerk, zoals familie of een club.',
      en: 'Large circle with a name: a network, such as family or a club.',
    },
    person: { nl: 'Rondje: een persoon.', en: 'Circle: a person.' },
    organisation: { nl: 'Vierkant: een organisatie.', en: 'Square: an organisation.' },
    sensitive: {
      nl: 'Ruit: een contact in een gevoelige sector.',
      en: 'Diamond: a contact in a sensitive sector.',
    },
    business: { nl: '€: doet zaken met de gemeente.', en: '€: does business with the municipality.' },
    multiplex: {
      nl: 'Dubbele rand: zit in meer dan één netwerk.',
      en: 'Double outline: in more than one network.',
    },
    indirect: {
      nl: 'Rand van streepjes: iemand die alleen bekend is via een ander contact.',
      en: 'Dashed outline: someone known only through another contact.',
    },
    tie: {
      nl: 'Lijn: deze twee kennen elkaar. Een dikkere lijn: zij kennen elkaar beter.',
      en: 'Line: these two know each other. A thicker line: they know each other better.',
    },
    membership: {
      nl: 'Lijn van puntjes: deze persoon hoort bij die organisatie.',
      en: 'Dotted line: this person belongs to that organisation.',
    },
  },
  name: {
    person: { nl: 'persoon', en: 'person' },
    organisation: { nl: 'organisatie', en: 'organisation' },
    inOneContext: { nl: 'in 1 netwerk ({{names}})', en: 'in 1 network ({{names}})' },
    inContexts: { nl: 'in {{count}} netwerken ({{names}})', en: 'in {{count}} networks ({{names}})' },
    noContext: { nl: 'in geen netwerk', en: 'in no network' },
    indirect: { nl: 'alleen bekend via een ander contact', en: 'known only through another contact' },
    sensitive: { nl: 'gevoelige sector ({{sector}})', en: 'sensitive sector ({{sector}})' },
    business: { nl: 'zaken met de gemeente', en: 'business with the municipality' },
    closeness: { nl: 'nabijheid {{closeness}} van 5', en: 'closeness {{closeness}} of 5' },
  },
  zoomIn: { nl: 'Inzoomen', en: 'Zoom in' },
  zoomOut: { nl: 'Uitzoomen', en: 'Zoom out' },
  fit: { nl: 'Hele kaart tonen', en: 'Show the whole map' },
  connect: { nl: 'Verbind', en: 'Connect' },
  clearSelection: { nl: 'Keuze wissen', en: 'Clear choice' },
  instructions: {
    nl: 'Ga met Tab naar de kaart en nog eens Tab naar een contact. Met de pijltjestoetsen gaat u naar het dichtstbijzijnde contact in die richting. Met Enter of spatie kiest u een contact. Kies er twee en kies dan Verbind: dan staat op de kaart dat zij elkaar kennen. U kunt ook een contact naar een ander slepen. Staat de kaart zelf in focus, dan schuift u met de pijltjestoetsen en zoomt u met + en −.',
    en: 'Press Tab to reach the map and Tab again to reach a contact. The arrow keys move to the nearest contact in that direction. Enter or Space chooses a contact. Choose two, then choose Connect: the map then shows that they know each other. You can also drag one contact onto another. With the map itself in focus, the arrow keys move it and + and − zoom.',
  },
  viewport: {
    nl: 'Kaart. Schuif met de pijltjestoetsen, zoom met + en −.',
    en: 'Map. Move it with the arrow keys, zoom with + and −.',
  },
  selectedNone: { nl: 'Nog geen contact gekozen.', en: 'No contact chosen yet.' },
  selectedOne: {
    nl: 'Gekozen: {{a}}. Kies nog een contact om te verbinden.',
    en: 'Chosen: {{a}}. Choose one more contact to connect.',
  },
  selectedTwo: { nl: 'Gekozen: {{a}} en {{b}}.', en: 'Chosen: {{a}} and {{b}}.' },
} as const satisfies TextTree;

/**
 * Built-in Dutch interface strings: the reference set. Every key lives here; other
 * locales may leave keys out and fall back (see ../ui.ts). Campaigns override any key
 * in content/i18n/<locale>.yaml. {name} marks a value filled in by the engine.
 */
/** Written and read by the Signaal team. */
export const reviewed = true;

export default {
  // URL segments (lower-case ASCII slugs)
  'route.forms': 'vormen',
  'route.stories': 'verhalen',
  'route.help': 'hulp',
  'route.signals': 'signalen',
  'route.search': 'zoeken',
  'route.selfcheck': 'zelftest',

  'skip.content': 'Naar de inhoud',
  'skip.exit': 'Verlaat deze site snel',

  'exit.label': 'Snel weg',
  'exit.hidden': 'Noodknop:',
  'exit.press2': 'Shift, druk nog 2 keer om de site te verlaten.',
  'exit.press1': 'Shift, druk nog 1 keer om de site te verlaten.',
  'exit.expired': 'Shift telt opnieuw vanaf 0. Druk 3 keer binnen 5 seconden om de site te verlaten.',
  'exit.loading': 'Laden.',

  'safety.title': 'Veilig op deze site',
  'safety.history': 'Je bezoek kan te zien zijn in de geschiedenis van je browser en op een apparaat dat je deelt.',
  'safety.exit':
    'Moet je snel weg? Klik op ‘Snel weg’ of druk binnen 5 seconden 3 keer op Shift. Met de terugknop zijn eerdere pagina’s van deze site nog te zien.',
  'safety.more': 'Zo surf je veiliger',
  'safety.danger': 'In gevaar? Bel 112.',

  'nav.label': 'Hoofdmenu',
  'nav.home': 'Home',
  'nav.forms': 'Vormen van geweld',
  'nav.signals': 'Signalen',
  'nav.stories': 'Verhalen',
  'nav.help': 'Hulp',
  'nav.search': 'Zoeken',
  'nav.selfcheck': 'Zelftest',

  'lang.label': 'Taal',
  'lang.choose': 'Kies een taal',
  'lang.home': '{name}: startpagina (deze pagina is nog niet vertaald)',

  'fallback.notice': 'Deze pagina is nog niet vertaald in het Nederlands. Je leest de oorspronkelijke tekst.',

  'emergency.text': 'In gevaar? Bel',
  'emergency.number': '112',

  'footer.help': 'Hulp en advies',
  'footer.pages': 'Over deze site',
  'footer.contact': 'Een fout gezien op deze site? Mail de redactie: {email}',
  'footer.organisation': 'Een campagne van {name}',

  'home.forms': 'Vormen van geweld',
  'home.formsIntro': 'Geweld kan veel vormen hebben. Lees wat het is en wat je kunt doen.',
  'home.signals': 'Signalen herkennen',
  'home.signalsIntro': 'Niet elk geweld laat plekken achter. Kleineren, schelden en geld afpakken zijn ook geweld.',
  'home.signalsLink': 'Bekijk de signalen',
  'home.stories': 'Verhalen van anderen',
  'home.help': 'Hulp vinden',
  'home.helpLink': 'Alle hulp op een rij',

  'list.allStories': 'Alle verhalen',

  'forms.title': 'Vormen van geweld',
  'forms.intro':
    'Huiselijk geweld is geweld door iemand uit je eigen kring: een (ex-)partner, familielid, huisgenoot of mantelzorger. Het kan veel vormen hebben.',
  'form.signals': 'Signalen',
  'form.help': 'Hulp bij {title}',
  'form.related': 'Zie ook',
  'form.print': 'Print checklist',
  'form.printHint': 'Print je deze pagina, dan krijg je een checklist van de signalen op één A4.',
  'form.allHelp': 'Bekijk alle hulp',

  'checklist.intro':
    'Een lijst om te printen, voor scholen, huisartsen en wijkteams. Zet een kruisje bij wat je ziet. Een signaal is geen bewijs: praat erover en vraag advies.',
  'checklist.advice': 'Twijfel je? Vraag advies bij Veilig Thuis: 0800-2000, gratis, dag en nacht.',

  'selfcheck.title': 'Zelftest: herken je dit?',
  'selfcheck.intro':
    'Zet een vinkje bij wat bij jou past, of bij iemand over wie je je zorgen maakt. Je antwoorden blijven in deze pagina: er wordt niets bewaard of verstuurd. Ze zijn weg als je de pagina verlaat.',
  'selfcheck.aboutMe': 'Over mezelf',
  'selfcheck.aboutOther': 'Over iemand anders',
  'selfcheck.show': 'Bekijk wat dit kan betekenen',
  'selfcheck.clear': 'Alles wissen',
  'selfcheck.result': 'Wat je antwoorden kunnen betekenen',
  'selfcheck.none': 'Je hebt nog niets aangevinkt. Ook als niets past, kun je altijd advies vragen.',
  'selfcheck.matches': 'Je vinkte {count} signalen aan. Ze passen bij:',
  'selfcheck.notDiagnosis':
    'Dit is geen diagnose. Alleen een gesprek kan duidelijk maken wat er aan de hand is. Praat erover met iemand die je vertrouwt, of vraag advies.',
  'selfcheck.helpTitle': 'Hier kun je terecht',
  'selfcheck.noScript': 'Bekijk bij elk signaal de vorm van geweld waar het bij hoort, en vraag advies bij de hulp hieronder.',

  'audience.victim': 'Ik maak me zorgen over mezelf',
  'audience.bystander': 'Ik maak me zorgen over iemand anders',
  'audience.child': 'Voor kinderen en jongeren',
  'audience.professional': 'Ik werk met mensen (professional)',

  'signals.title': 'Signalen herkennen',

  'stories.title': 'Verhalen',
  'stories.intro': 'Mensen vertellen hoe ze hulp vonden. Bij elk verhaal staat of het een echt verhaal is of een voorbeeld.',
  'story.exampleLabel': 'Voorbeeldverhaal',
  'story.example': 'Dit is een voorbeeldverhaal, geschreven voor deze campagne. Het gaat niet over een echt persoon.',
  'story.consent': 'Een echt verhaal, gedeeld met toestemming van {by} ({date}).',
  'story.pseudonym': 'De naam {name} is verzonnen.',
  'story.help': 'Hulp uit dit verhaal',

  'callout.info': 'Goed om te weten',
  'callout.warning': 'Let op',
  'callout.danger': 'Waarschuwing',
  'video.download': 'Download de video',

  'help.title': 'Hulp en advies',
  'help.national': 'Landelijke hulp',
  'help.local': 'Hulp in {name}',
  'help.chooseMunicipality': 'Kies je gemeente',
  'help.municipalityTitle': 'Hulp in {name}',
  'help.filter': 'Zoek je gemeente',
  'help.filterNone': 'Geen gemeente gevonden. Kies uit de lijst of bel Veilig Thuis.',
  'help.localFirst': 'Eerst de hulp in je eigen gemeente, daarna de landelijke hulp.',
  'help.otherMunicipality': 'Andere gemeente kiezen',
  'help.more': 'Meer weten',

  'contact.call': 'Bel {number}',
  'contact.sms': 'Sms {number}',
  'contact.whatsapp': 'WhatsApp {number}',
  'contact.chat': 'Chat',
  'contact.website': 'Website',
  'contact.free': 'Gratis',
  'contact.anonymityFull': 'Anoniem',
  'contact.anonymityAdvice': 'Advies vragen kan anoniem',
  'contact.alwaysOpen': 'Dag en nacht (24/7)',
  'contact.hours': 'Openingstijden',
  'contact.hoursUnknown': 'Kijk op de website voor de openingstijden.',
  'contact.closedDay': 'gesloten',
  'contact.languages': 'Talen: {list}',
  'contact.example': 'Voorbeeldgegevens: deze campagne moet dit vervangen door echte contactgegevens.',
  'contact.openNow': 'Nu open, tot {time}',
  'contact.closedOpens': 'Nu gesloten. Weer open {when}.',
  'contact.today': 'vandaag om {time}',
  'contact.tomorrow': 'morgen om {time}',
  'contact.onDay': '{day} om {time}',

  'search.title': 'Zoeken',
  'search.label': 'Zoek op deze site',
  'search.button': 'Zoeken',
  'search.hint': 'Bijvoorbeeld: schelden, geld afpakken of 0800.',
  'search.loading': 'Zoeken…',
  'search.count': '{count} resultaten',
  'search.countOne': '1 resultaat',
  'search.none': 'Niets gevonden voor ‘{query}’. Probeer een ander woord, of bekijk alle pagina’s hieronder.',
  'search.filterType': 'Soort pagina',
  'search.type.form': 'Vorm van geweld',
  'search.type.signals': 'Signalen',
  'search.type.story': 'Verhaal',
  'search.type.help': 'Hulp',
  'search.type.page': 'Informatie',
  'search.overview': 'Alle pagina’s',
  'search.private': 'Zoeken gebeurt in je eigen browser. Wat je typt, wordt niet verstuurd of bewaard.',

  'a11y.title': 'Toegankelijkheidsverklaring',
  'a11y.scope': 'Deze verklaring geldt voor',
  'a11y.status': 'Status',
  'a11y.statusA': 'A: voldoet volledig aan de eisen',
  'a11y.statusB': 'B: voldoet gedeeltelijk aan de eisen',
  'a11y.statusC': 'C: eerste maatregelen genomen',
  'a11y.statusD': 'D: voldoet niet aan de eisen',
  'a11y.statusE': 'E: nog geen toegankelijkheidsverklaring gepubliceerd in het register',
  'a11y.approved': 'Goedgekeurd',
  'a11y.notApproved': 'nog niet goedgekeurd',
  'a11y.reports': 'Onderzoeksrapporten',
  'a11y.register': 'Deze verklaring in het register van toegankelijkheidsverklaringen',
  'a11y.overview': 'Al onze websites en apps, met hun verklaringen',
  'a11y.problem': 'Een probleem melden',
  'a11y.problemText': 'Kun je iets op deze site niet lezen of gebruiken? Mail ons, en vertel op welke pagina het was en wat er misging:',
  'a11y.mailWarning': 'Let op: een e-mail die je verstuurt, blijft in je eigen mailbox staan. Kan iemand anders in je mail kijken? Denk daar dan aan.',
  'a11y.example': 'Voorbeeldgegevens: deze campagne moet hier haar eigen status en goedkeuring uit het register invullen.',

  'share.title': 'Deel deze pagina',
  'share.native': 'Delen…',
  'share.copy': 'Kopieer de link',
  'share.copied': 'De link is gekopieerd.',
  'share.email': 'Per e-mail',
  'share.whatsapp': 'Via WhatsApp',

  'sources.title': 'Bronnen',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Misschien helpt een van deze links.',
  'notFound.home': 'Naar de startpagina',

  'days.mon': 'maandag',
  'days.tue': 'dinsdag',
  'days.wed': 'woensdag',
  'days.thu': 'donderdag',
  'days.fri': 'vrijdag',
  'days.sat': 'zaterdag',
  'days.sun': 'zondag',
};

/**
 * Built-in Dutch interface strings: the reference set. Every key lives here; other
 * locales may leave keys out and fall back (see ../ui.ts). Campaigns override any key
 * in content/i18n/<locale>.yaml. {name} marks a value filled in by the engine.
 */
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
  'exit.expired': 'Snel weg is verlopen.',
  'exit.loading': 'Laden.',

  'safety.title': 'Veilig op deze site',
  'safety.history': 'Je bezoek kan te zien zijn in de geschiedenis van je browser en op een apparaat dat je deelt.',
  'safety.exit': 'Moet je snel weg? Klik op ‘Snel weg’ of druk 3 keer op Shift.',
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

  'list.readMore': 'Lees meer',
  'list.allForms': 'Alle vormen van geweld',
  'list.allStories': 'Alle verhalen',

  'forms.title': 'Vormen van geweld',
  'forms.intro': 'Huiselijk geweld is geweld door iemand uit je eigen kring: een (ex-)partner, familielid, huisgenoot of mantelzorger. Het kan veel vormen hebben.',
  'form.signals': 'Signalen',
  'form.help': 'Hulp bij {title}',
  'form.related': 'Zie ook',
  'form.print': 'Printbare checklist',

  'audience.victim': 'Ik maak me zorgen over mezelf',
  'audience.bystander': 'Ik maak me zorgen over iemand anders',
  'audience.child': 'Voor kinderen en jongeren',
  'audience.professional': 'Ik werk met mensen (professional)',
  'audience.victim.short': 'Voor jezelf',
  'audience.bystander.short': 'Voor omstanders',
  'audience.child.short': 'Voor kinderen',
  'audience.professional.short': 'Voor professionals',

  'signals.title': 'Signalen herkennen',
  'signals.fromForm': 'Bij: {title}',

  'stories.title': 'Verhalen',
  'stories.intro': 'Mensen vertellen hoe ze hulp vonden. De verhalen zijn samengesteld en namen zijn veranderd.',
  'story.composite': 'Samengesteld verhaal',
  'story.pseudonym': 'De naam {name} is verzonnen.',
  'story.help': 'Hulp uit dit verhaal',

  'help.title': 'Hulp en advies',
  'help.national': 'Landelijke hulp',
  'help.local': 'Hulp in {name}',
  'help.chooseMunicipality': 'Kies je gemeente',
  'help.municipalityTitle': 'Hulp in {name}',
  'help.filter': 'Zoek je gemeente',

  'contact.call': 'Bel {number}',
  'contact.sms': 'Sms {number}',
  'contact.whatsapp': 'WhatsApp {number}',
  'contact.chat': 'Chat',
  'contact.website': 'Website',
  'contact.free': 'Gratis',
  'contact.anonymous': 'Anoniem mogelijk',
  'contact.alwaysOpen': 'Dag en nacht (24/7)',
  'contact.hours': 'Openingstijden',
  'contact.hoursUnknown': 'Kijk op de website voor de openingstijden.',
  'contact.closedDay': 'gesloten',
  'contact.languages': 'Talen: {list}',
  'contact.example': 'Voorbeeldgegevens: deze campagne moet dit vervangen door echte contactgegevens.',
  'contact.source': 'Gecontroleerd op {date}',

  'sources.title': 'Bronnen',
  'page.updated': 'Bijgewerkt',

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

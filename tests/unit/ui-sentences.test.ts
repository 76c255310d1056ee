/**
 * Every sentence the code assembles from a UI template ({{…}} in src/i18n/locales/*.json),
 * filled in with the values the pages really pass (language names, team and route names
 * from content/data, posting titles and contacts from content, counts, dates) and read
 * whole in each language. This is what catches "le anglais", "en Español" or "Inscríbete
 * en Analista de datos": a template that looks right until a value goes in.
 *
 * When a template changes, update the sentence here and read it as a reader would.
 * Sentences are written here with ordinary spaces: t() typesets what it returns (French
 * no-break spaces, src/i18n/typography.ts, tested on its own), so they are compared typeset.
 */
import { describe, expect, test } from 'vitest';
import { LOCALE_INFO, type Locale } from '../../src/i18n/config.ts';
import { DICTIONARIES, useTranslations } from '../../src/i18n/translations.ts';
import { typeset as typesetFor } from '../../src/i18n/typography.ts';
import { formatDate, formatList, languageName } from '../../src/lib/format.ts';
import { pluralTemplates } from '../../src/lib/pluralTemplates.ts';
import { formatPayRange } from '../../src/lib/payRange.ts';
import type { PayRange } from '../../src/content/schemas.ts';
import { dataFile, entry } from '../support/content.ts';

interface Team {
  id: string;
  name: Record<Locale, string>;
}
interface Route {
  id: string;
  order: number;
  name: Record<Locale, string>;
}

const teams = dataFile<Team[]>('teams.yaml');
const routes = dataFile<Route[]>('bus-routes.yaml').sort((a, b) => a.order - b.order);
const posting = (locale: Locale) =>
  entry('postings', 'backend-engineer-intern', locale) as {
    title: string;
    team: string;
    location: { city: string };
    contact: { name: string };
    validThrough: unknown;
  };
/**
 * The languages of the real content, whose posting and data fill the sentences in. Dutch,
 * which only the fixture site publishes, is checked there as the pages show it.
 */
const LOCALES = ['en', 'es', 'fr'] as const satisfies readonly Locale[];
type ContentLocale = (typeof LOCALES)[number];

/** A title that cannot follow a preposition or an article as it stands (the issue's example). */
const ANALYST = { en: 'Data Analyst', es: 'Analista de datos', fr: 'Analyste de données' } as const;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const URL_ON_FLYER = 'https://www.ing.jobs/';

/** Each template filled in as the site fills it. Keys name the template and the values. */
function sentences(locale: ContentLocale): Record<string, string> {
  const t = useTranslations(locale);
  const job = posting(locale);
  const team = teams.find((candidate) => candidate.id === job.team)!;
  const others = LOCALES.filter((other) => other !== locale);
  const busDescription = (ids: string[]) => {
    const names = routes
      .filter((route) => ids.includes(route.id))
      .map((route) => route.name[locale]);
    return t('bus.mapDescription', { count: names.length, routes: formatList(names, locale) });
  };
  const result: Record<string, string> = {
    'lang.switchTo (in its own language)': t('lang.switchTo'),
  };
  for (const count of [0, 1, 2]) {
    result[`jobs.count ${count}`] = t('jobs.count', { count });
    result[`jobs.shown ${count}`] = t('jobs.shown', { count });
    result[`saved.count ${count}`] = t('saved.count', { count });
    result[`search.results ${count}`] = t('search.results', { count, query: 'backend' });
  }
  Object.assign(result, {
    'posting.applyFor (posting)': t('posting.applyFor', { title: job.title }),
    'posting.applyFor (analyst)': t('posting.applyFor', { title: ANALYST[locale] }),
    'posting.readMore (posting)': t('posting.readMore', { title: job.title }),
    'posting.readMore (analyst)': t('posting.readMore', { title: ANALYST[locale] }),
    'saved.remove (posting)': t('saved.remove', { title: job.title }),
    'saved.saveLabel (posting)': t('saved.saveLabel', { title: job.title }),
    'feeds.interestTitle (team)': t('feeds.interestTitle', { interest: team.name[locale] }),
    'posting.contactEmail (posting contact)': t('posting.contactEmail', { name: job.contact.name }),
    'posting.closedBody (posting closing day)': t('posting.closedBody', {
      date: formatDate(day(String(job.validThrough)), locale),
    }),
    'posting.closedBody (first of the month)': t('posting.closedBody', {
      date: formatDate(day('2027-02-01'), locale),
    }),
    'posting.card (posting)': t('posting.card', {
      team: team.name[locale],
      location: job.location.city,
    }),
    'bus.mapDescription (all routes)': busDescription(routes.map((route) => route.id)),
    'bus.mapDescription (two routes)': busDescription(['north', 'a6']),
    'bus.mapDescription (one route)': busDescription(['north']),
    'bus.mapDescription (no route)': busDescription([]),
    'env.banner (development)': t('env.banner', { environment: t('env.development') }),
    'env.banner (integration)': t('env.banner', { environment: t('env.integration') }),
    'flyer.qrAlt': t('flyer.qrAlt', { url: URL_ON_FLYER }),
    // The jobs list at a thousand postings, twelve a page.
    'jobs.pageTitle (page 2 of 84)': t('jobs.pageTitle', { page: 2, pages: 84 }),
    'jobs.pageLink (page 84)': t('jobs.pageLink', { page: 84 }),
    'alerts consent (before, link, after)': `${t('alerts.consentBefore')} ${t('alerts.privacyLink')} ${t('alerts.consentAfter')}`,
    'accessibility.intro (site, its languages)': t('accessibility.intro', {
      organization: 'ING',
      site: 'careers.example.org',
      languages: formatList(
        LOCALES.map((language) => languageName(language, locale)),
        locale,
      ),
    }),
    'accessibility.claim.keyboard (apply button)': t('accessibility.claim.keyboard', {
      apply: t('posting.apply'),
    }),
    'accessibility.limitationApply (apply host)': t('accessibility.limitationApply', {
      apply: t('posting.apply'),
      hosts: 'www.ing.jobs',
    }),
    'accessibility.date (evaluation day)': t('accessibility.date', {
      date: formatDate(day('2026-12-02'), locale),
    }),
    'accessibility.responseTime 1': t('accessibility.responseTime', { count: 1 }),
    'accessibility.responseTime 10': t('accessibility.responseTime', { count: 10 }),
  });
  // Amounts are written with ordinary spaces like every sentence here, then typeset as
  // they are; the no-break spaces Intl puts inside them are tested in pay-range.test.ts.
  const pay = (range: PayRange) =>
    typesetFor(locale, formatPayRange(range, locale).replace(/[\u00A0\u202F]/g, ' '));
  const euros = (min: number, max: number) => ({ min, max, currency: 'EUR' });
  Object.assign(result, {
    'pay.YEAR (range)': pay({ ...euros(18000, 22000), period: 'YEAR' }),
    'pay.YEAR.gross (range)': pay({ ...euros(45000, 60000), period: 'YEAR', basis: 'gross' }),
    'pay.YEAR.net (one amount)': pay({ ...euros(30000, 30000), period: 'YEAR', basis: 'net' }),
    'pay.MONTH (range)': pay({ ...euros(1200, 1400), period: 'MONTH' }),
    'pay.MONTH.gross (intern)': pay({ ...euros(900, 1100), period: 'MONTH', basis: 'gross' }),
    'pay.MONTH.net (range)': pay({ ...euros(1800, 2100), period: 'MONTH', basis: 'net' }),
    'pay.HOUR (cents)': pay({ ...euros(12.5, 15), period: 'HOUR' }),
    'pay.HOUR.gross (range)': pay({ ...euros(14, 16), period: 'HOUR', basis: 'gross' }),
    'pay.HOUR.net (pounds)': pay({
      min: 11,
      max: 12,
      currency: 'GBP',
      period: 'HOUR',
      basis: 'net',
    }),
  });
  for (const source of others) {
    const language = languageName(source, locale);
    result[`page.original (${source})`] = t('page.original', { language });
    result[`page.originalIntro (${source})`] = t('page.originalIntro', { language });
    result[`page.translationOf (${source})`] = t('page.translationOf', { language });
    result[`page.untranslated (${source})`] = t('page.untranslated', { language });
  }
  return result;
}

const EXPECTED: Record<ContentLocale, Record<string, string>> = {
  en: {
    'lang.switchTo (in its own language)': 'Read this page in English',
    'jobs.count 0': '0 open positions',
    'jobs.shown 0': '0 positions match your filters',
    'saved.count 0': '0 saved positions',
    'search.results 0': 'No results for “backend”.',
    'jobs.count 1': '1 open position',
    'jobs.shown 1': '1 position matches your filters',
    'saved.count 1': '1 saved position',
    'search.results 1': '1 result for “backend”',
    'jobs.count 2': '2 open positions',
    'jobs.shown 2': '2 positions match your filters',
    'saved.count 2': '2 saved positions',
    'search.results 2': '2 results for “backend”',
    'posting.applyFor (posting)': 'Apply now for Backend Engineer Intern',
    'posting.applyFor (analyst)': 'Apply now for Data Analyst',
    'posting.readMore (posting)': 'Read more about Backend Engineer Intern',
    'posting.readMore (analyst)': 'Read more about Data Analyst',
    'saved.remove (posting)': 'Remove Backend Engineer Intern',
    'saved.saveLabel (posting)': 'Save: Backend Engineer Intern',
    'feeds.interestTitle (team)': 'IT Engineering: Open positions',
    'posting.contactEmail (posting contact)': 'Write to ING Recruitment team',
    'posting.closedBody (posting closing day)':
      'Applications closed on January 31, 2027. Have a look at our open positions.',
    'posting.closedBody (first of the month)':
      'Applications closed on February 1, 2027. Have a look at our open positions.',
    'posting.card (posting)': 'IT Engineering, Madrid',
    'bus.mapDescription (all routes)':
      'Schematic, not to scale: the 6 routes North, Centre, South, A5, A42, and A6 all end at the ING office in Madrid.',
    'bus.mapDescription (two routes)':
      'Schematic, not to scale: the 2 routes North and A6 all end at the ING office in Madrid.',
    'bus.mapDescription (one route)':
      'Schematic, not to scale: the North route ends at the ING office in Madrid.',
    'bus.mapDescription (no route)': 'Schematic, not to scale: there are no routes to show.',
    'env.banner (development)':
      'Development environment: this site is not public and search engines do not index it.',
    'env.banner (integration)':
      'Integration environment: this site is not public and search engines do not index it.',
    'flyer.qrAlt': 'QR code linking to https://www.ing.jobs/',
    'jobs.pageTitle (page 2 of 84)': 'Open positions, page 2 of 84',
    'jobs.pageLink (page 84)': 'Page 84',
    'alerts consent (before, link, after)':
      'By submitting your information, you acknowledge that you have read our privacy policy and consent to receive email communication from ING.',
    'pay.YEAR (range)': '€18,000–€22,000 a year',
    'pay.YEAR.gross (range)': '€45,000–€60,000 gross a year',
    'pay.YEAR.net (one amount)': '€30,000 net a year',
    'pay.MONTH (range)': '€1,200–€1,400 a month',
    'pay.MONTH.gross (intern)': '€900–€1,100 gross a month',
    'pay.MONTH.net (range)': '€1,800–€2,100 net a month',
    'pay.HOUR (cents)': '€12.50–€15.00 an hour',
    'pay.HOUR.gross (range)': '€14–€16 gross an hour',
    'pay.HOUR.net (pounds)': '£11–£12 net an hour',
    'page.original (es)': 'Original text (Spanish)',
    'page.originalIntro (es)': 'This text was written in Spanish. Here is the original.',
    'page.translationOf (es)': 'Translation from Spanish',
    'page.untranslated (es)':
      'This page is not translated into English yet. It is shown in its original language, Spanish.',
    'page.original (fr)': 'Original text (French)',
    'page.originalIntro (fr)': 'This text was written in French. Here is the original.',
    'page.translationOf (fr)': 'Translation from French',
    'page.untranslated (fr)':
      'This page is not translated into English yet. It is shown in its original language, French.',
    'accessibility.intro (site, its languages)':
      'ING wants everyone to be able to use its careers site, in line with the European Accessibility Act (Directive (EU) 2019/882). This statement covers every page of careers.example.org (English, Spanish, and French).',
    'accessibility.claim.keyboard (apply button)':
      'With the keyboard alone, a visitor can skip to the content, find a job, filter the list, open the posting, save it and reach its “Apply now” button, always seeing where the focus is.',
    'accessibility.limitationApply (apply host)':
      'The “Apply now” button leads to our applicant tracking system (www.ing.jobs), which this statement does not cover.',
    'accessibility.date (evaluation day)':
      'Prepared on December 2, 2026, from the last evaluation of the site made that day.',
    'accessibility.responseTime 1': 'We reply within 1 working day.',
    'accessibility.responseTime 10': 'We reply within 10 working days.',
  },
  es: {
    'lang.switchTo (in its own language)': 'Leer esta página en español',
    'jobs.count 0': '0 ofertas abiertas',
    'jobs.shown 0': '0 ofertas coinciden con tus filtros',
    'saved.count 0': '0 ofertas guardadas',
    'search.results 0': 'No hay resultados para «backend».',
    'jobs.count 1': '1 oferta abierta',
    'jobs.shown 1': '1 oferta coincide con tus filtros',
    'saved.count 1': '1 oferta guardada',
    'search.results 1': '1 resultado para «backend»',
    'jobs.count 2': '2 ofertas abiertas',
    'jobs.shown 2': '2 ofertas coinciden con tus filtros',
    'saved.count 2': '2 ofertas guardadas',
    'search.results 2': '2 resultados para «backend»',
    'posting.applyFor (posting)': 'Inscríbete en la oferta «Prácticas de ingeniería backend»',
    'posting.applyFor (analyst)': 'Inscríbete en la oferta «Analista de datos»',
    'posting.readMore (posting)': 'Más información: Prácticas de ingeniería backend',
    'posting.readMore (analyst)': 'Más información: Analista de datos',
    'saved.remove (posting)': 'Quitar Prácticas de ingeniería backend',
    'saved.saveLabel (posting)': 'Guardar: Prácticas de ingeniería backend',
    'feeds.interestTitle (team)': 'Ingeniería TI: ofertas de empleo',
    'posting.contactEmail (posting contact)': 'Contacto por correo: Equipo de Selección de ING',
    'posting.closedBody (posting closing day)':
      'El plazo de inscripción terminó el 31 de enero de 2027. Echa un vistazo a nuestras ofertas abiertas.',
    'posting.closedBody (first of the month)':
      'El plazo de inscripción terminó el 1 de febrero de 2027. Echa un vistazo a nuestras ofertas abiertas.',
    'posting.card (posting)': 'Ingeniería TI, Madrid',
    'bus.mapDescription (all routes)':
      'Esquema sin escala: las 6 rutas, Norte, Centro, Sur, A5, A42 y A6, terminan en la oficina de ING en Madrid.',
    'bus.mapDescription (two routes)':
      'Esquema sin escala: las 2 rutas, Norte y A6, terminan en la oficina de ING en Madrid.',
    'bus.mapDescription (one route)':
      'Esquema sin escala: la ruta Norte termina en la oficina de ING en Madrid.',
    'bus.mapDescription (no route)': 'Esquema sin escala: no hay rutas que mostrar.',
    'env.banner (development)':
      'Entorno de desarrollo: este sitio no es público y los buscadores no lo indexan.',
    'env.banner (integration)':
      'Entorno de integración: este sitio no es público y los buscadores no lo indexan.',
    'flyer.qrAlt': 'Código QR que enlaza con https://www.ing.jobs/',
    'jobs.pageTitle (page 2 of 84)': 'Ofertas de empleo, página 2 de 84',
    'jobs.pageLink (page 84)': 'Página 84',
    'alerts consent (before, link, after)':
      'Al enviar tus datos, confirmas que has leído nuestra política de privacidad y aceptas recibir comunicaciones de ING por correo electrónico.',
    'pay.YEAR (range)': '18 000–22 000 € al año',
    'pay.YEAR.gross (range)': '45 000–60 000 € al año en bruto',
    'pay.YEAR.net (one amount)': '30 000 € al año en neto',
    'pay.MONTH (range)': '1200–1400 € al mes',
    'pay.MONTH.gross (intern)': '900–1100 € al mes en bruto',
    'pay.MONTH.net (range)': '1800–2100 € al mes en neto',
    'pay.HOUR (cents)': '12,50–15,00 € por hora',
    'pay.HOUR.gross (range)': '14–16 € por hora en bruto',
    'pay.HOUR.net (pounds)': '11–12 GBP por hora en neto',
    'page.original (en)': 'Texto original (inglés)',
    'page.originalIntro (en)': 'Este texto se escribió en inglés; aquí tienes la versión original.',
    'page.translationOf (en)': 'Traducción del inglés',
    'page.untranslated (en)':
      'Esta página aún no está traducida al español. Se muestra en su idioma original, el inglés.',
    'page.original (fr)': 'Texto original (francés)',
    'page.originalIntro (fr)':
      'Este texto se escribió en francés; aquí tienes la versión original.',
    'page.translationOf (fr)': 'Traducción del francés',
    'page.untranslated (fr)':
      'Esta página aún no está traducida al español. Se muestra en su idioma original, el francés.',
    'accessibility.intro (site, its languages)':
      'ING quiere que todo el mundo pueda usar su sitio de empleo, conforme al Acta Europea de Accesibilidad (Directiva (UE) 2019/882). Esta declaración abarca todas las páginas de careers.example.org (inglés, español y francés).',
    'accessibility.claim.keyboard (apply button)':
      'Solo con el teclado, se puede saltar al contenido, encontrar una oferta, filtrar la lista, abrir la oferta, guardarla y llegar a su botón «Inscríbete», viendo siempre dónde está el foco.',
    'accessibility.limitationApply (apply host)':
      'El botón «Inscríbete» lleva a nuestro sistema de gestión de candidaturas (www.ing.jobs), que esta declaración no abarca.',
    'accessibility.date (evaluation day)':
      'Elaborada el 2 de diciembre de 2026, a partir de la última evaluación del sitio, realizada ese mismo día.',
    'accessibility.responseTime 1': 'Te responderemos en un plazo de 1 día hábil.',
    'accessibility.responseTime 10': 'Te responderemos en un plazo de 10 días hábiles.',
  },
  fr: {
    'lang.switchTo (in its own language)': 'Lire cette page en français',
    'jobs.count 0': '0 offre ouverte',
    'jobs.shown 0': '0 offre correspond à vos filtres',
    'saved.count 0': '0 offre enregistrée',
    'search.results 0': 'Aucun résultat pour « backend ».',
    'jobs.count 1': '1 offre ouverte',
    'jobs.shown 1': '1 offre correspond à vos filtres',
    'saved.count 1': '1 offre enregistrée',
    'search.results 1': '1 résultat pour « backend »',
    'jobs.count 2': '2 offres ouvertes',
    'jobs.shown 2': '2 offres correspondent à vos filtres',
    'saved.count 2': '2 offres enregistrées',
    'search.results 2': '2 résultats pour « backend »',
    'posting.applyFor (posting)': 'Postuler : Stage en ingénierie backend',
    'posting.applyFor (analyst)': 'Postuler : Analyste de données',
    'posting.readMore (posting)': 'En savoir plus : Stage en ingénierie backend',
    'posting.readMore (analyst)': 'En savoir plus : Analyste de données',
    'saved.remove (posting)': 'Retirer Stage en ingénierie backend',
    'saved.saveLabel (posting)': 'Enregistrer : Stage en ingénierie backend',
    'feeds.interestTitle (team)': "Ingénierie informatique : offres d'emploi",
    'posting.contactEmail (posting contact)': "Contact par e-mail : Équipe Recrutement d'ING",
    'posting.closedBody (posting closing day)':
      'Les candidatures ont pris fin le 31 janvier 2027. Découvrez nos offres ouvertes.',
    'posting.closedBody (first of the month)':
      'Les candidatures ont pris fin le 1er février 2027. Découvrez nos offres ouvertes.',
    'posting.card (posting)': 'Ingénierie informatique, Madrid',
    'bus.mapDescription (all routes)':
      "Schéma sans échelle : les 6 lignes, Nord, Centre, Sud, A5, A42 et A6, aboutissent toutes aux bureaux d'ING à Madrid.",
    'bus.mapDescription (two routes)':
      "Schéma sans échelle : les 2 lignes, Nord et A6, aboutissent toutes aux bureaux d'ING à Madrid.",
    'bus.mapDescription (one route)':
      "Schéma sans échelle : la ligne Nord aboutit aux bureaux d'ING à Madrid.",
    'bus.mapDescription (no route)': 'Schéma sans échelle : aucune ligne à afficher.',
    'env.banner (development)':
      "Environnement de développement : ce site n'est pas public et les moteurs de recherche ne l'indexent pas.",
    'env.banner (integration)':
      "Environnement d'intégration : ce site n'est pas public et les moteurs de recherche ne l'indexent pas.",
    'flyer.qrAlt': 'Code QR menant à https://www.ing.jobs/',
    'jobs.pageTitle (page 2 of 84)': "Offres d'emploi, page 2 sur 84",
    'jobs.pageLink (page 84)': 'Page 84',
    'alerts consent (before, link, after)':
      "En envoyant vos informations, vous reconnaissez avoir lu notre politique de confidentialité et acceptez de recevoir des communications d'ING par e-mail.",
    'pay.YEAR (range)': '18 000–22 000 € par an',
    'pay.YEAR.gross (range)': '45 000–60 000 € brut par an',
    'pay.YEAR.net (one amount)': '30 000 € net par an',
    'pay.MONTH (range)': '1 200–1 400 € par mois',
    'pay.MONTH.gross (intern)': '900–1 100 € brut par mois',
    'pay.MONTH.net (range)': '1 800–2 100 € net par mois',
    'pay.HOUR (cents)': "12,50–15,00 € de l'heure",
    'pay.HOUR.gross (range)': "14–16 € brut de l'heure",
    'pay.HOUR.net (pounds)': "11–12 £GB net de l'heure",
    'page.original (en)': 'Texte original (anglais)',
    'page.originalIntro (en)': 'Ce texte a été rédigé en anglais ; en voici la version originale.',
    'page.translationOf (en)': "Traduction d'un texte rédigé en anglais",
    'page.untranslated (en)':
      "Cette page n'est pas encore traduite en français. Elle est affichée dans sa langue d'origine (anglais).",
    'page.original (es)': 'Texte original (espagnol)',
    'page.originalIntro (es)': 'Ce texte a été rédigé en espagnol ; en voici la version originale.',
    'page.translationOf (es)': "Traduction d'un texte rédigé en espagnol",
    'page.untranslated (es)':
      "Cette page n'est pas encore traduite en français. Elle est affichée dans sa langue d'origine (espagnol).",
    'accessibility.intro (site, its languages)':
      "ING veut que chacun puisse utiliser son site carrières, conformément à l'acte européen sur l'accessibilité (directive (UE) 2019/882). Cette déclaration couvre toutes les pages de careers.example.org (anglais, espagnol et français).",
    'accessibility.claim.keyboard (apply button)':
      "Au clavier seul, on peut accéder directement au contenu, trouver une offre, filtrer la liste, ouvrir l'offre, l'enregistrer et atteindre son bouton « Postuler », en voyant toujours où se trouve le focus.",
    'accessibility.limitationApply (apply host)':
      'Le bouton « Postuler » mène à notre système de gestion des candidatures (www.ing.jobs), que cette déclaration ne couvre pas.',
    'accessibility.date (evaluation day)':
      'Établie le 2 décembre 2026, à partir de la dernière évaluation du site, réalisée le même jour.',
    'accessibility.responseTime 1': 'Nous vous répondons sous 1 jour ouvré.',
    'accessibility.responseTime 10': 'Nous vous répondons sous 10 jours ouvrés.',
  },
};

describe.each(LOCALES)('UI sentences in %s', (locale) => {
  test('every template filled in with real values reads as expected', () => {
    const typeset = (text: string) => typesetFor(locale, text);
    expect(sentences(locale)).toEqual(
      Object.fromEntries(
        Object.entries(EXPECTED[locale]).map(([name, text]) => [name, typeset(text)]),
      ),
    );
  });

  test('every template that interpolates is covered here', () => {
    const templates = Object.entries(DICTIONARIES[locale])
      .filter(([, text]) => text.includes('{{'))
      .map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
    const covered = new Set(Object.keys(EXPECTED[locale]).map((name) => name.split(' ')[0]));
    expect([...new Set(templates)].filter((key) => !covered.has(key))).toEqual([]);
  });

  test('language names inside sentences are lowercase in Spanish and French', () => {
    if (locale === 'en') return;
    for (const other of LOCALES)
      expect(languageName(other, locale)).toBe(
        languageName(other, locale).toLocaleLowerCase(LOCALE_INFO[locale].tag),
      );
  });

  test('the browser picks the same plural sentence the page would render (counts 0, 1, 2)', () => {
    const t = useTranslations(locale);
    const rules = new Intl.PluralRules(LOCALE_INFO[locale].tag);
    for (const key of ['jobs.shown', 'saved.count'] as const) {
      const templates = pluralTemplates(locale, (count) => t(key, { count }));
      for (const count of [0, 1, 2])
        expect(
          templates[rules.select(count)]!.replace('{count}', String(count)),
          `${key} ${count}`,
        ).toBe(t(key, { count }));
    }
  });
});

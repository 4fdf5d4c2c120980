import { defineSiteRule } from '../../src/rule.js';
import { artifact, homePage, isEnglishPage, isProviderSite, pageText, pagesOfKind, urlOf } from '../site-facts.js';
import { normalise } from '../text-match.js';

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i;
const DAY = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*|weekdays?|every day|daily';
const TIME = '\\d{1,2}([:.]\\d{2})? ?(am|pm)|\\d{1,2}[:.]\\d{2}|midday|noon';
const HOURS = new RegExp(`(${DAY})[^\\n]{0,60}(${TIME})|(${TIME})[^\\n]{0,60}(${DAY})|open 24 hours`, 'i');
const HOURS_IMAGE = /opening|hours|times|timetable/i;

/** The phone number as a tel: link, the address and the opening hours, as text, on the home or contact page. */
export default defineSiteRule({
  meta: {
    id: 'gp-contact-details',
    severity: 'critical',
    title: 'The phone number, address and opening hours are on the home or contact page',
    failureTitle: 'Contact details are missing from the home and contact pages',
    description:
      'Contacting the practice is a top task. Patients need the phone number as a link they can tap, the address and the opening hours, written as text so screen readers, translation tools and zoom work.',
    wcag: [],
    standards: ['gp-website:contact-details', 'gp-website:homepage-tasks', 'gp-website:statutory-info', 'nhs-service-standard:3', 'inclusion:devices-and-data'],
    requires: ['Links', 'BodyText', 'Images', 'Meta', 'Headings'],
    messages: {
      noTelLink: 'The phone number is not a link. Make it a "tel:" link, for example <a href="tel:+441632960123">, so people can tap it to call.',
      noAddress: 'The home and contact pages do not give the practice address with a postcode. Add the full address as text.',
      noHours: 'The home and contact pages do not give the opening hours. Add them as text, for example "Monday to Friday, 8am to 6:30pm".',
      hoursImageOnly: 'The opening hours are only given as an image. Write them as text, so everyone can read them, zoom them and translate them.',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return 'inapplicable';
    const pages = [home, ...pagesOfKind(site, 'contact').filter((p) => p !== home)].filter(isEnglishPage);
    if (pages.length === 0) return 'inapplicable';
    const url = urlOf(pages[pages.length - 1]!);
    const text = pages.map(pageText).join('\n');
    if (!pages.some((p) => (artifact(p, 'Links') ?? []).some((l) => /^tel:/i.test(l.href)))) ctx.report({ messageId: 'noTelLink', url, selector: null });
    if (!POSTCODE.test(text)) ctx.report({ messageId: 'noAddress', url, selector: null });
    if (!HOURS.test(normalise(text))) {
      const image = pages.flatMap((p) => (artifact(p, 'Images') ?? []).filter((i) => i.visible && HOURS_IMAGE.test(`${i.alt ?? ''} ${i.src}`)).map((i) => ({ p, i })))[0];
      if (image) ctx.report({ messageId: 'hoursImageOnly', url: urlOf(image.p), selector: image.i.selector });
      else ctx.report({ messageId: 'noHours', url, selector: null });
    }
  },
});

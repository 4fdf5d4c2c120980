import { defineSiteRule } from '../../src/rule.js';
import { artifact, homePage, isEnglishPage, isProviderSite, linksMatching, urlOf } from '../site-facts.js';
import type { Phrase } from '../text-match.js';

const TASKS: readonly { task: string; words: readonly Phrase[] }[] = [
  { task: 'appointments', words: ['appointment', 'book', 'see a gp', 'see a doctor'] },
  { task: 'prescriptions', words: ['prescription', 'medicine', 'medication'] },
  { task: 'test results', words: ['test result', 'result', 'blood test'] },
  { task: 'registering', words: ['register', 'registration', 'join the practice', 'join us', 'new patient'] },
  { task: 'contact', words: ['contact', 'get in touch', 'opening time', 'opening hour', 'find us'] },
  { task: 'sick or fit notes', words: ['fit note', 'sick note', 'med3', 'statement of fitness', 'time off work'] },
];

/** The home page links to the top patient tasks. */
export default defineSiteRule({
  meta: {
    id: 'gp-top-tasks',
    severity: 'serious',
    title: 'The home page links to the top patient tasks',
    failureTitle: 'The home page is missing links to top patient tasks',
    description:
      'Most patients start a task on the home page. NHS England found they look for clear links to book an appointment, order a prescription, get test results, register, contact the practice and get a fit note.',
    wcag: [],
    standards: ['gp-website:top-tasks', 'gp-website:homepage-tasks', 'nhs-service-standard:2', 'nhs-service-standard:4', 'inclusion:skills'],
    requires: ['Links', 'Meta', 'Headings'],
    messages: {
      missingTasks: 'The home page has no link for: {{missing}}. Add a clear link for each task near the top of the home page, for example "Order a repeat prescription".',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return 'inapplicable';
    const links = (artifact(home, 'Links') ?? []).filter((l) => l.visible && !/^(tel|mailto|sms):/i.test(l.href));
    const missing = TASKS.filter((t) => linksMatching(links, t.words).length === 0).map((t) => t.task);
    if (missing.length) ctx.report({ messageId: 'missingTasks', url: urlOf(home), selector: null, data: { missing: missing.join(', ') } });
  },
});

import rule from '../../rules/gp/gp-top-tasks.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const TASKS = [link('/a', 'Book, change or cancel an appointment'), link('/p', 'Order a repeat prescription'), link('/t', 'Get your test results'), link('/r', 'Register with us'), link('/c', 'Contact us'), link('/f', 'Get a sick note or fit note')];
ruleTester(rule, {
  valid: [{ name: 'all six tasks', input: site([gpPage('/', { title: HOME_TITLE, links: TASKS })]) }],
  invalid: [{ name: 'news-led home page', input: site([gpPage('/', { title: HOME_TITLE, links: [link('/news', 'Latest news'), link('/c', 'Contact us')] })]), findings: [{ messageId: 'missingTasks', selector: null }] }],
  inapplicable: [{ name: 'an NHS.UK health article', input: site([gpPage('/', { title: 'Piles (haemorrhoids) - NHS' })]) }],
});

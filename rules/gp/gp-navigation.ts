import { defineSiteRule } from '../../src/rule.js';
import { z } from 'zod';
import { artifact, homePage, isProviderSite, urlOf } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';

/** The home page's main menu: at most 7 items, no sub-menus, a "Menu" button, a visible search. */
export default defineSiteRule({
  meta: {
    id: 'gp-navigation',
    severity: 'moderate',
    title: 'The main menu is short and simple, with a visible search',
    failureTitle: 'The main menu is hard to use',
    description:
      'In NHS England\'s testing, patients with low digital confidence got lost in long menus and sub-menus, did not recognise a menu icon without the word "Menu", and relied on a visible search box.',
    wcag: [],
    standards: ['gp-website:navigation', 'gp-website:menu-label', 'gp-website:search', 'nhs-service-standard:4', 'inclusion:skills'],
    requires: ['Navigation', 'Meta', 'Headings', 'Links'],
    options: z.object({ maxItems: z.number().int().positive().default(7) }),
    messages: {
      tooManyItems: 'The main menu has {{count}} items. Keep it to {{max}} or fewer, for the top tasks. Move other links into the page content or the footer.',
      subMenus: 'The main menu has sub-menus. Remove them: give each section one page that links to its topics.',
      menuLabel: 'The button that opens the menu on small screens shows "{{text}}". Show the word "Menu" on it, not only an icon.',
      noSearch: 'There is no visible search box on the home page. Add a search box in the header, labelled "Search".',
    },
  },
  check(site, ctx) {
    const home = homePage(site);
    const nav = home && artifact(home, 'Navigation');
    if (!home || !nav || !isProviderSite(site)) return 'inapplicable';
    const url = urlOf(home);
    const { mainNav, menuButton, search } = nav;
    if (mainNav && mainNav.items.length > ctx.options.maxItems) ctx.report({ messageId: 'tooManyItems', url, selector: mainNav.selector, data: { count: mainNav.items.length, max: ctx.options.maxItems } });
    if (mainNav?.nestedSelector) ctx.report({ messageId: 'subMenus', url, selector: mainNav.nestedSelector });
    if (menuButton && !hasPhrase(menuButton.text, ['menu', 'more'])) ctx.report({ messageId: 'menuLabel', url, selector: menuButton.selector, data: { text: menuButton.text || 'only an icon' } });
    if (!search || !search.visible) ctx.report({ messageId: 'noSearch', url, selector: search?.selector ?? null });
  },
});

import { defineSiteRule } from '../../src/rule.js';
import { artifact, linksMatching, urlOf } from '../site-facts.js';
import { hasPhrase } from '../text-match.js';
import { findStatement } from './statement-page.js';

const WRITTEN_LINK = ['contact form', 'online form', 'contact us', 'send us a message', 'email', 'feedback form', 'report a problem', 'online request'];

export default defineSiteRule({
  meta: {
    id: 'statement-contact',
    severity: 'serious',
    title: 'The accessibility statement gives a written way to report problems',
    failureTitle: 'The accessibility statement gives no written way to report problems',
    description:
      'Some people cannot use the phone. The law says the statement must describe and link to a way to report accessibility problems and ask for content in another format, such as an email address or an online form.',
    wcag: [],
    standards: ['psbar:reg8-4c', 'psbar:reg8-4b', 'ais:meet', 'nhs-service-standard:5', 'nhs-service-standard:3', 'inclusion:accessibility'],
    requires: ['MainText', 'Meta', 'Headings', 'Links'],
    messages: {
      missingContact: 'The accessibility statement does not say how to report a problem or ask for another format. Add a "Feedback and contact information" section with an email address or a link to an online form.',
      phoneOnly: 'The accessibility statement only gives a phone number to report problems. Add an email address or a link to an online form, so people who cannot use the phone can get in touch.',
    },
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return 'inapplicable';
    const main = (artifact(statement.page, 'Links') ?? []).filter((l) => l.region === 'main' || l.region === 'other');
    const written =
      main.some((l) => /^mailto:/i.test(l.href)) ||
      linksMatching(main, WRITTEN_LINK).length > 0 ||
      /[\w.+-]+@[\w-]+\.[\w.]+/.test(statement.text) ||
      hasPhrase(statement.text, [/write to us|send us a letter|by letter to/]);
    if (written) return;
    const phone = main.some((l) => /^tel:/i.test(l.href)) || hasPhrase(statement.text, ['call us', 'phone us', 'telephone', /\b0\d{3,4} ?\d{3} ?\d{3,4}\b/]);
    ctx.report({ messageId: phone ? 'phoneOnly' : 'missingContact', url: urlOf(statement.page), selector: null });
  },
});

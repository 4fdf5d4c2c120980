import rule from '../../rules/gp/gp-contact-details.js';
import { ruleTester, site } from '../helpers/rule-tester.js';
import { gpPage, HOME_TITLE, link } from '../helpers/gp-site.js';

const TEL = [link('tel:+441632960123', '01632 960 123')];
const s = (main: string[], links = TEL, images: object[] = []) => {
  const p = gpPage('/', { title: HOME_TITLE, main, links });
  return site([{ ...p, artifacts: { ...p.artifacts, Images: images as never } }]);
};
const img = { selector: 'main img', src: '/opening-hours.png', alt: 'Opening hours', role: null, width: 300, height: 120, naturalWidth: 0, naturalHeight: 0, visible: true };
ruleTester(rule, {
  valid: [{ name: 'all three as text', input: s(['14 Mill Lane, Eastbridge, EB4 7QT', 'Monday to Friday, 8am to 6:30pm']) }],
  invalid: [
    { name: 'hours only as an image', input: s(['14 Mill Lane, Eastbridge, EB4 7QT'], TEL, [img]), findings: [{ messageId: 'hoursImageOnly', selector: 'main img' }] },
    { name: 'phone as plain text, no address, no hours', input: s(['Call 01632 960 123.'], []), findings: [{ messageId: 'noTelLink' }, { messageId: 'noAddress' }, { messageId: 'noHours' }] },
  ],
});

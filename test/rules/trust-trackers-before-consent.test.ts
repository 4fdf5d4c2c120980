import rule from '../../rules/trust/trust-trackers-before-consent.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const p = (urls: string[], scripts: { selector: string; src: string }[] = []) =>
  page({
    Http: { status: 200, finalUrl: 'https://www.riverside-medical.example/', redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 1, totalBytes: 1, resources: urls.map((url) => ({ url, type: 'Script', status: null, bytes: 0, mimeType: null })) },
    Scripts: scripts.map((s) => ({ ...s, inlineLength: 0, async: true })),
  });
ruleTester(rule, {
  valid: [{ name: 'own scripts and the NHS website only', input: p(['https://www.riverside-medical.example/app.js', 'https://www.nhs.uk/x.js']) }],
  invalid: [
    {
      name: 'gtag.js that failed to load still counts, once per host',
      input: p(['https://www.googletagmanager.com/gtag/js?id=G-1', 'https://www.googletagmanager.com/other'], [{ selector: 'head > script', src: 'https://www.googletagmanager.com/gtag/js?id=G-1' }]),
      findings: [{ messageId: 'trackerRequested', selector: 'head > script' }],
    },
    { name: 'a Hotjar request with no script tag', input: p(['https://script.hotjar.com/modules.js']), findings: [{ messageId: 'trackerRequested', selector: null }] },
  ],
});

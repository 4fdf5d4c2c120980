import rule from '../../rules/gp/gp-no-overlay-widgets.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const http = (urls: string[]) => ({ status: 200, finalUrl: 'https://www.riverside-medical.example/', redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 1, totalBytes: 1, resources: urls.map((url) => ({ url, type: 'Script', status: null, bytes: 0, mimeType: null })) });
ruleTester(rule, {
  valid: [{ name: 'own scripts only', input: page({ Scripts: [{ selector: 'script', src: 'https://www.riverside-medical.example/app.js', inlineLength: 0, async: false }] }) }],
  invalid: [
    { name: 'a UserWay script tag', input: page({ Scripts: [{ selector: 'head > script', src: 'https://cdn.userway.org/widget.js', inlineLength: 0, async: false }] }), findings: [{ messageId: 'overlay', selector: 'head > script' }] },
    { name: 'accessiBe loaded by another script (request only)', input: page({ Http: http(['https://acsbapp.com/apps/app/dist/js/app.js']) }), findings: [{ messageId: 'overlay', selector: null }] },
  ],
});

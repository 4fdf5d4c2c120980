import rule from '../../rules/trust/trust-mixed-content.js';
import { page, ruleTester } from '../helpers/rule-tester.js';

const p = (finalUrl: string, urls: string[]) => page({ Http: { status: 200, finalUrl, redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 1, totalBytes: 1, resources: urls.map((url) => ({ url, type: 'Image', status: 200, bytes: 1, mimeType: null })) } });
ruleTester(rule, {
  valid: [{ name: 'all HTTPS', input: p('https://www.riverside-medical.example/', ['https://www.riverside-medical.example/logo.png']) }],
  invalid: [{ name: 'an HTTP image', input: p('https://www.riverside-medical.example/', ['http://images.example.com/logo.png']), findings: [{ messageId: 'mixedContent' }] }],
  inapplicable: [{ name: 'an HTTP page on a local test server', input: p('http://127.0.0.1:4000/', ['http://127.0.0.1:4000/a.png']) }],
});

import rule from '../../rules/trust/trust-https.js';
import type { PageSnapshot } from '../../src/artifacts.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';

const at = (url: string, redirectChain: { url: string; status: number }[] = []): PageSnapshot => {
  const p = page();
  return { ...p, url, finalUrl: url, artifacts: { ...p.artifacts, Http: { ...(p.artifacts.Http as object), finalUrl: url, redirectChain } as never } };
};
ruleTester(rule, {
  valid: [
    { name: 'HTTPS pages', input: site([at('https://www.riverside-medical.example/')]) },
    { name: 'http:// start address redirects to HTTPS', input: site([at('https://www.riverside-medical.example/', [{ url: 'http://www.riverside-medical.example/', status: 301 }])], { startUrl: 'http://www.riverside-medical.example/' }) },
  ],
  invalid: [
    {
      name: 'plain HTTP with no redirect',
      input: site([at('http://www.riverside-medical.example/')], { startUrl: 'http://www.riverside-medical.example/' }),
      findings: [{ messageId: 'noRedirect' }, { messageId: 'notHttps', url: 'http://www.riverside-medical.example/' }],
    },
  ],
  inapplicable: [{ name: 'a local test server on 127.0.0.1', input: site([at('http://127.0.0.1:4123/')], { startUrl: 'http://127.0.0.1:4123/' }) }],
});

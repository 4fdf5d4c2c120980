import rule from '../../rules/data/request-count.js';
import type { PageArtifacts } from '../../src/artifacts.js';
import { page, ruleTester, TEST_ORIGIN } from '../helpers/rule-tester.js';

const http = (urls: string[]): PageArtifacts['Http'] => ({
  status: 200, finalUrl: `${TEST_ORIGIN}/`, redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 10_000, totalBytes: 50_000,
  resources: urls.map((url) => ({ url, type: 'Other', status: 200, bytes: 100, mimeType: null })),
});
const own = (n: number) => Array.from({ length: n }, (_, i) => `${TEST_ORIGIN}/file-${i}.js`);
const others = (n: number) => Array.from({ length: n }, (_, i) => `https://tracker-${i}.example/t.js`);

ruleTester(rule, {
  valid: [
    { name: '30 files, 2 of them from other sites', input: page({ Http: http([...own(28), ...others(2)]) }) },
    { name: 'subdomains of the site are not other sites', input: page({ Http: http(['https://cdn.riverside-medical.example/a.css', 'https://riverside-medical.example/b.js', ...own(5)]) }) },
  ],
  invalid: [
    { name: '60 files', input: page({ Http: http(own(60)) }), findings: [{ messageId: 'manyRequests', outcome: 'needs-review' }] },
    { name: '7 other sites', input: page({ Http: http([...own(3), ...others(7)]) }), findings: [{ messageId: 'manyHosts' }] },
    { name: 'lower limits', input: page({ Http: http([...own(8), ...others(2)]) }), options: { maxRequests: 5, maxThirdPartyHosts: 1 }, findings: [{ messageId: 'manyRequests' }, { messageId: 'manyHosts' }] },
  ],
  inapplicable: [{ name: 'nothing was recorded', input: page({ Http: http([]) }) }],
});

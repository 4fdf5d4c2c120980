import rule from '../../rules/site/broken-links.js';
import type { Link } from '../../src/artifacts.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';

const link = (path: string, selector: string, text = 'Read the guide'): Link => ({
  selector, href: new URL(path, TEST_ORIGIN).toString(), rawHref: path, text, rel: '', target: '', region: 'main', visible: true, download: false,
});
const status = (path: string, s: number | null, checked: 'crawled' | 'fetched' | 'robots-disallowed' = 'crawled', error: string | null = null) =>
  ({ url: new URL(path, TEST_ORIGIN).toString(), status: s, error, checked });

ruleTester(rule, {
  valid: [
    {
      name: 'every link answers 200 or a redirect',
      input: site([page({ Links: [link('/a', '#a'), link('/b#part', '#b')] })], { linkStatuses: [status('/a', 200), status('/b', 301, 'fetched')] }),
    },
    {
      name: 'a link robots.txt forbids is not judged',
      input: site([page({ Links: [link('/private', '#p')] })], { linkStatuses: [status('/private', null, 'robots-disallowed', 'robots')] }),
    },
  ],
  invalid: [
    {
      name: 'a 404 and a 500, found through fragments and duplicate slashes',
      input: site([page({ Links: [link('/gone.html#top', '#gone'), link('/x/..//broken', '#broken'), link('/ok', '#ok')] }, '/test-results')], {
        linkStatuses: [status('/gone.html', 404, 'fetched'), status('/broken', 500), status('/ok', 200)],
      }),
      findings: [
        { messageId: 'brokenLink', selector: '#gone', url: `${TEST_ORIGIN}/test-results` },
        { messageId: 'brokenLink', selector: '#broken' },
      ],
    },
    {
      name: 'a target that did not answer',
      input: site([page({ Links: [link('/slow', '#slow')] })], { linkStatuses: [status('/slow', null, 'fetched', 'UND_ERR_CONNECT_TIMEOUT')] }),
      findings: [{ messageId: 'unreachableLink', selector: '#slow' }],
    },
  ],
  inapplicable: [{ name: 'no links were checked', input: site([page()]) }],
});

import rule from '../../rules/data/page-weight.js';
import type { PageArtifacts } from '../../src/artifacts.js';
import { page, ruleTester, runRule, TEST_ORIGIN } from '../helpers/rule-tester.js';
import { expect, it } from 'vitest';

const http = (totalBytes: number): PageArtifacts['Http'] => ({ status: 200, finalUrl: `${TEST_ORIGIN}/`, redirectChain: [], contentType: 'text/html', headers: {}, documentBytes: 10_000, totalBytes, resources: [] });

ruleTester(rule, {
  valid: [
    { name: '600 KB', input: page({ Http: http(600_000) }) },
    { name: 'exactly the warn budget', input: page({ Http: http(1_000_000) }) },
    { name: 'under a raised budget', input: page({ Http: http(1_800_000) }), options: { warnBytes: 2_000_000 } },
  ],
  invalid: [
    { name: '1.5 MB is over the warn budget', input: page({ Http: http(1_500_000) }), findings: [{ messageId: 'heavy', outcome: 'needs-review' }] },
    { name: '3.5 MB is over the fail budget', input: page({ Http: http(3_500_000) }), findings: [{ messageId: 'heavy', outcome: 'fail' }] },
    { name: 'a lowered fail budget', input: page({ Http: http(600_000) }), options: { warnBytes: 300_000, failBytes: 500_000 }, findings: [{ messageId: 'heavy', outcome: 'fail' }] },
  ],
  inapplicable: [{ name: 'nothing was recorded', input: page({ Http: http(0) }) }],
});

it('states megabytes and the time on slow 3G', () => {
  const [finding] = runRule(rule, page({ Http: http(3_500_000) })).findings;
  expect(finding!.message).toContain('3.5 MB');
  expect(finding!.message).toContain('about 400 kilobits a second');
  expect(finding!.message).toContain('about 70 seconds');
});

import rule from '../../rules/trust/trust-hsts.js';
import { page, ruleTester, site } from '../helpers/rule-tester.js';

const withHeaders = (headers: Record<string, string>) => {
  const p = page();
  return site([{ ...p, artifacts: { ...p.artifacts, Http: { ...(p.artifacts.Http as object), headers } as never } }]);
};
ruleTester(rule, {
  valid: [{ name: 'one year', input: withHeaders({ 'strict-transport-security': 'max-age=31536000; includeSubDomains' }) }],
  invalid: [
    { name: 'no header', input: withHeaders({}), findings: [{ messageId: 'missingHsts' }] },
    { name: 'max-age=0', input: withHeaders({ 'Strict-Transport-Security': 'max-age=0' }), findings: [{ messageId: 'shortHsts' }] },
  ],
});

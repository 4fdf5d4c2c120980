import { definePageRule } from '../../src/rule.js';
import { trackerForHost } from './tracker-hosts.js';

/** Requests to known trackers made on load, before the visitor has made any consent choice. */
export default definePageRule({
  meta: {
    id: 'trust-trackers-before-consent',
    severity: 'serious',
    title: 'No trackers load before the visitor agrees',
    failureTitle: 'Trackers load before the visitor agrees',
    description:
      'Analytics and advertising tools tell other companies that someone visited a GP website, and what they looked at. The law (PECR) says you must ask first. Loading them before people choose breaks their trust that health data is safe.',
    wcag: [],
    standards: ['nhs-service-standard:9', 'inclusion:trust'],
    requires: ['Http', 'Scripts'],
    messages: {
      trackerRequested: 'This page contacts {{tracker}} ({{host}}) as soon as it loads, before the visitor has agreed. Only load it after the visitor says yes to analytics cookies, or remove it.',
    },
  },
  check({ Http, Scripts }, ctx) {
    const reported = new Set<string>();
    // Every request the page made counts, including ones that failed: the browser still tried.
    for (const r of Http.resources) {
      let host: string;
      try {
        host = new URL(r.url).hostname;
      } catch {
        continue;
      }
      const tracker = trackerForHost(host);
      if (!tracker || reported.has(host)) continue;
      reported.add(host);
      const script = Scripts.find((s) => s.src && new URL(s.src).hostname === host);
      ctx.report({ messageId: 'trackerRequested', selector: script?.selector ?? null, data: { tracker: tracker.name, host } });
    }
  },
});

import { definePageRule } from '../../src/rule.js';
import { overlayForHost } from './overlay-vendors.js';

const host = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** No accessibility overlay widget or toolbar script (known vendors). */
export default definePageRule({
  meta: {
    id: 'gp-no-overlay-widgets',
    severity: 'serious',
    title: 'The page does not use an accessibility overlay widget',
    failureTitle: 'The page uses an accessibility overlay widget',
    description:
      'Overlay widgets and toolbars cannot make a website accessible or protect it from legal action, and they often get in the way of the assistive technology disabled people already use. NHS England advises against them.',
    wcag: [],
    standards: ['gp-website:no-overlays', 'nhs-service-standard:5', 'inclusion:accessibility'],
    requires: ['Scripts', 'Http'],
    messages: {
      overlay: 'This page loads the {{vendor}} accessibility widget ({{host}}). Remove it and fix the accessibility problems in the website itself.',
    },
  },
  check({ Scripts, Http }, ctx) {
    const seen = new Set<string>();
    const urls = [...Scripts.flatMap((s) => (s.src ? [{ url: s.src, selector: s.selector }] : [])), ...Http.resources.map((r) => ({ url: r.url, selector: null }))];
    for (const { url, selector } of urls) {
      const vendor = overlayForHost(host(url));
      if (!vendor || seen.has(vendor.name)) continue;
      seen.add(vendor.name);
      ctx.report({ messageId: 'overlay', selector, data: { vendor: vendor.name, host: host(url) } });
    }
  },
});

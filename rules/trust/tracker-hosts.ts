// Curated data: hosts of third-party analytics and advertising trackers, and the cookie names
// they set. Each entry cites the vendor page that documents the host or cookie. A host matches
// itself and its subdomains.

export interface TrackerHost {
  host: string;
  name: string;
  source: string;
}

export const TRACKER_HOSTS: readonly TrackerHost[] = [
  { host: 'googletagmanager.com', name: 'Google Tag Manager / Google Analytics (gtag.js)', source: 'https://developers.google.com/tag-platform/gtagjs/install' },
  { host: 'google-analytics.com', name: 'Google Analytics', source: 'https://developers.google.com/tag-platform/security/guides/csp' },
  { host: 'analytics.google.com', name: 'Google Analytics', source: 'https://developers.google.com/tag-platform/security/guides/csp' },
  { host: 'stats.g.doubleclick.net', name: 'Google Analytics advertising features', source: 'https://developers.google.com/tag-platform/security/guides/csp' },
  { host: 'googleads.g.doubleclick.net', name: 'Google Ads', source: 'https://developers.google.com/tag-platform/security/guides/csp' },
  { host: 'connect.facebook.net', name: 'Meta Pixel', source: 'https://developers.facebook.com/docs/meta-pixel/get-started' },
  { host: 'static.hotjar.com', name: 'Hotjar', source: 'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP' },
  { host: 'script.hotjar.com', name: 'Hotjar', source: 'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP' },
  { host: 'clarity.ms', name: 'Microsoft Clarity', source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup' },
  { host: 'snap.licdn.com', name: 'LinkedIn Insight Tag', source: 'https://www.linkedin.com/help/lms/answer/a418880' },
  { host: 'analytics.tiktok.com', name: 'TikTok Pixel', source: 'https://ads.tiktok.com/help/article/get-started-pixel' },
  { host: 'cdn.segment.com', name: 'Segment', source: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/' },
  { host: 'js.hs-analytics.net', name: 'HubSpot analytics', source: 'https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code' },
  { host: 'js.hs-scripts.com', name: 'HubSpot tracking code', source: 'https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code' },
  { host: 'siteimproveanalytics.com', name: 'Siteimprove Analytics', source: 'https://help.siteimprove.com/support/solutions/articles/80000448553' },
];

/** Non-essential cookie names: analytics and advertising cookies, as their vendors document them. */
export const TRACKING_COOKIES: readonly { pattern: RegExp; name: string; source: string }[] = [
  { pattern: /^_ga($|_)/, name: 'Google Analytics', source: 'https://support.google.com/analytics/answer/11397207' },
  { pattern: /^_gid$/, name: 'Google Analytics', source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage' },
  { pattern: /^_gat/, name: 'Google Analytics', source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage' },
  { pattern: /^__utm[abcvz]$/, name: 'Google Analytics (urchin)', source: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage' },
  { pattern: /^_gcl_/, name: 'Google Ads', source: 'https://business.safety.google/adscookies/' },
  { pattern: /^_fb[pc]$/, name: 'Meta Pixel', source: 'https://www.facebook.com/policy/cookies/' },
  { pattern: /^_hj/, name: 'Hotjar', source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code' },
  { pattern: /^_cl(ck|sk)$/, name: 'Microsoft Clarity', source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list' },
  { pattern: /^_uet(sid|vid)$/, name: 'Microsoft Advertising', source: 'https://help.ads.microsoft.com/#apex/ads/en/56960/1' },
  { pattern: /^(__hstc|hubspotutk|__hssc|__hssrc)$/, name: 'HubSpot', source: 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser' },
  { pattern: /^_ttp$/, name: 'TikTok Pixel', source: 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel' },
  { pattern: /^_pk_(id|ses)/, name: 'Matomo', source: 'https://matomo.org/faq/general/faq_146/' },
  { pattern: /^nmstat$/, name: 'Siteimprove Analytics', source: 'https://help.siteimprove.com/support/solutions/articles/80000448553' },
];

/** The tracker a host belongs to, if any. */
export function trackerForHost(host: string): TrackerHost | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return TRACKER_HOSTS.find((t) => h === t.host || h.endsWith(`.${t.host}`));
}

export function trackingCookie(name: string): { name: string; source: string } | undefined {
  return TRACKING_COOKIES.find((c) => c.pattern.test(name));
}

// Curated data: script hosts of accessibility overlay widgets and toolbars. NHS England's GP
// website guidance and the NHS service manual advise against them. Each entry cites the vendor's
// installation page, which shows the script address. A host matches itself and its subdomains.
export const OVERLAY_VENDORS: readonly { host: string; name: string; source: string }[] = [
  { host: 'acsbapp.com', name: 'accessiBe', source: 'https://support.accessibe.com/en/articles/installation' },
  { host: 'acsbap.com', name: 'accessiBe', source: 'https://support.accessibe.com/en/articles/installation' },
  { host: 'cdn.userway.org', name: 'UserWay', source: 'https://userway.org/docs/install' },
  { host: 'cdn.equalweb.com', name: 'EqualWeb', source: 'https://www.equalweb.com/installation' },
  { host: 'reciteme.com', name: 'Recite Me', source: 'https://reciteme.com/support/installation' },
  { host: 'browsealoud.com', name: 'Browsealoud (Texthelp)', source: 'https://www.texthelp.com/products/browsealoud/' },
  { host: 'audioeye.com', name: 'AudioEye', source: 'https://www.audioeye.com/installation/' },
  { host: 'maxaccess.io', name: 'Max Access', source: 'https://maxaccess.io/' },
  { host: 'accessibilityadapter.com', name: 'eye-able / Accessibility Adapter', source: 'https://eye-able.com/' },
];

export function overlayForHost(host: string) {
  const h = host.toLowerCase();
  return OVERLAY_VENDORS.find((v) => h === v.host || h.endsWith(`.${v.host}`));
}

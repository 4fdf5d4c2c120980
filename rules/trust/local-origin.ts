/** 127.0.0.1, ::1 and localhost: local test servers, which are never judged on HTTPS. */
export function isLocalOrigin(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
  } catch {
    return false;
  }
}

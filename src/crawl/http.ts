// Plain HTTP look-ups for robots.txt, sitemaps, documents and link checks. Never renders.
export interface HeadResult {
  status: number | null;
  contentType: string | null;
  bytes: number | null;
  error: string | null;
}

const USER_AGENT = 'inclusive-audit (+https://www.npmjs.com/package/inclusive-audit)';

export async function fetchText(url: string, timeoutMs = 10_000): Promise<{ status: number; text: string; body: Buffer }> {
  const res = await fetch(url, { headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, text: body.toString('utf8'), body };
}

/** Status, type and size of a URL: HEAD first, then GET when HEAD is refused. */
export async function headCheck(url: string, timeoutMs = 10_000): Promise<HeadResult> {
  try {
    let res = await fetch(url, { method: 'HEAD', headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    let bytes = numberOrNull(res.headers.get('content-length'));
    if (res.status === 405 || res.status === 501) {
      res = await fetch(url, { headers: { 'user-agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      bytes = (await res.arrayBuffer()).byteLength;
    }
    return { status: res.status, contentType: res.headers.get('content-type'), bytes, error: null };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { status: null, contentType: null, bytes: null, error: cause ?? (err as Error).message };
  }
}

function numberOrNull(v: string | null): number | null {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
}

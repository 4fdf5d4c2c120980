// Records what a tab fetched during one navigation, through the Chrome DevTools Protocol,
// so the Http artifact can give real transfer sizes for the page and its subresources.
import type { CDPSession, HTTPResponse, Page } from 'puppeteer-core';

interface Entry {
  url: string;
  type: string;
  status: number | null;
  mimeType: string | null;
  bytes: number;
}

export class NetworkLog {
  private entries = new Map<string, Entry>();
  private constructor(private readonly session: CDPSession) {}

  static async attach(page: Page): Promise<NetworkLog> {
    const session = await page.createCDPSession();
    const log = new NetworkLog(session);
    await session.send('Network.enable');
    session.on('Network.requestWillBeSent', (e) => {
      log.entries.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', status: null, mimeType: null, bytes: 0 });
    });
    session.on('Network.responseReceived', (e) => {
      const entry = log.entries.get(e.requestId);
      if (entry) Object.assign(entry, { status: e.response.status, mimeType: e.response.mimeType, url: e.response.url });
    });
    session.on('Network.loadingFinished', (e) => {
      const entry = log.entries.get(e.requestId);
      if (entry) entry.bytes = e.encodedDataLength;
    });
    return log;
  }

  /** Forget the previous page before the tab navigates again. */
  reset(): void {
    this.entries.clear();
  }

  /** The Http artifact for the main document response. */
  toArtifact(response: HTTPResponse | null, finalUrl: string) {
    const resources = [...this.entries.values()].filter((e) => !e.url.startsWith('data:'));
    const doc = resources.find((e) => e.type === 'Document' && e.url === finalUrl);
    const request = response?.request();
    const chain = request?.redirectChain() ?? [];
    return {
      status: response?.status() ?? null,
      finalUrl,
      redirectChain: chain.map((r) => ({ url: r.url(), status: r.response()?.status() ?? 0 })),
      contentType: response?.headers()['content-type'] ?? null,
      headers: response?.headers() ?? {},
      documentBytes: doc?.bytes ?? 0,
      totalBytes: resources.reduce((sum, e) => sum + e.bytes, 0),
      resources: resources.map((e) => ({ url: e.url, type: e.type, status: e.status, bytes: e.bytes, mimeType: e.mimeType })),
    };
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => {});
  }
}

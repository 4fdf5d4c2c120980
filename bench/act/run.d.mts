import type { ActCase } from './corpus.d.mts';

export interface AuditCorpusInput {
  root: string;
  cases: ActCase[];
  audit: (options: any) => Promise<any>;
  serveFolders: (mounts: Record<string, string>) => Promise<{ url: string; close(): Promise<void> }>;
  rules: readonly { id: string; scope: 'page' | 'site' }[];
  browser: unknown;
  concurrency?: number;
  pageTimeoutMs?: number;
  onProgress?: (p: { done: number; queued: number; errors: number }) => void;
}
export function auditCorpus<R = any>(input: AuditCorpusInput): Promise<{ cases: (ActCase & { url: string; source: string })[]; report: R }>;

// Zod schemas for the plain-JSON artifacts that gatherers produce. Types come from z.infer.
// Every element carries a CSS selector so findings can point at it.
import { z } from 'zod';

const Selector = z.string().describe('CSS selector of the element');

export const HttpSchema = z.object({
  status: z.number().int().nullable(),
  finalUrl: z.string(),
  redirectChain: z.array(z.object({ url: z.string(), status: z.number().int() })),
  contentType: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  documentBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  resources: z.array(
    z.object({
      url: z.string(),
      type: z.string(),
      status: z.number().int().nullable(),
      bytes: z.number().nonnegative(),
      mimeType: z.string().nullable(),
    }),
  ),
});

export const AxeNodeSchema = z.object({
  selector: Selector,
  html: z.string(),
  impact: z.enum(['minor', 'moderate', 'serious', 'critical']).nullable(),
  failureSummary: z.string().nullable(),
});
export const AxeRuleResultSchema = z.object({
  id: z.string(),
  impact: z.enum(['minor', 'moderate', 'serious', 'critical']).nullable(),
  tags: z.array(z.string()),
  help: z.string(),
  description: z.string(),
  helpUrl: z.string(),
  nodes: z.array(AxeNodeSchema),
});
export const AxeSchema = z.object({
  version: z.string(),
  violations: z.array(AxeRuleResultSchema),
  incomplete: z.array(AxeRuleResultSchema),
  passes: z.array(z.string()).describe('ids of rules that passed'),
  inapplicable: z.array(z.string()).describe('ids of rules with nothing to check'),
});

export const MetaSchema = z.object({
  title: z.string().nullable(),
  lang: z.string().nullable(),
  viewport: z.string().nullable().describe('content of <meta name="viewport">'),
  doctype: z.string().nullable(),
  description: z.string().nullable(),
  generator: z.string().nullable(),
});

export const RegionSchema = z.enum(['header', 'nav', 'main', 'aside', 'footer', 'other']);
export const LinkSchema = z.object({
  selector: Selector,
  href: z.string().describe('absolute URL after resolution'),
  rawHref: z.string(),
  text: z.string().describe('accessible text: visible text, aria-label or image alt'),
  rel: z.string(),
  target: z.string(),
  region: RegionSchema,
  visible: z.boolean(),
  download: z.boolean(),
});
export const LinksSchema = z.array(LinkSchema);

export const HeadingsSchema = z.array(
  z.object({ selector: Selector, level: z.number().int().min(1).max(6), text: z.string(), visible: z.boolean() }),
);

export const LandmarksSchema = z.array(
  z.object({ selector: Selector, role: z.string(), label: z.string().nullable() }),
);

export const FormControlSchema = z.object({
  selector: Selector,
  tag: z.string(),
  type: z.string().nullable(),
  name: z.string().nullable(),
  id: z.string().nullable(),
  label: z.string().describe('accessible label text, empty when none'),
  placeholder: z.string().nullable(),
  autocomplete: z.string().nullable(),
  required: z.boolean(),
  ariaRequired: z.boolean(),
  ariaInvalid: z.boolean(),
  describedBy: z.string().describe('text referenced by aria-describedby'),
  visible: z.boolean(),
  formSelector: z.string().nullable(),
});
export const FormsSchema = z.array(FormControlSchema);

export const ImagesSchema = z.array(
  z.object({
    selector: Selector,
    src: z.string(),
    alt: z.string().nullable().describe('null when the alt attribute is missing'),
    role: z.string().nullable(),
    width: z.number(),
    height: z.number(),
    naturalWidth: z.number(),
    naturalHeight: z.number(),
    visible: z.boolean(),
  }),
);

export const TextBlockSchema = z.object({
  selector: Selector,
  tag: z.string(),
  kind: z.enum(['heading', 'paragraph', 'list-item', 'cell', 'control', 'quote', 'other']),
  text: z.string(),
  lang: z.string().nullable().describe('language of the block, inherited from ancestors'),
  italic: z.boolean(),
});
export const MainTextSchema = z.object({
  root: z.string().nullable().describe('selector of the main content root'),
  rootFound: z.enum(['main', 'role-main', 'candidate', 'body']),
  lang: z.string().nullable(),
  blocks: z.array(TextBlockSchema),
});

export const BodyTextSchema = z.object({
  text: z.string().describe('visible text of the whole page, capped'),
  truncated: z.boolean(),
});

export const ScriptsSchema = z.array(
  z.object({ selector: Selector, src: z.string().nullable(), inlineLength: z.number().int(), async: z.boolean() }),
);

/** Every artifact a page snapshot can hold. Add a new artifact here and give it a gatherer. */
export const ArtifactSchemas = {
  Http: HttpSchema,
  Axe: AxeSchema,
  Meta: MetaSchema,
  Links: LinksSchema,
  Headings: HeadingsSchema,
  Landmarks: LandmarksSchema,
  Forms: FormsSchema,
  Images: ImagesSchema,
  MainText: MainTextSchema,
  BodyText: BodyTextSchema,
  Scripts: ScriptsSchema,
} as const;

export type ArtifactName = keyof typeof ArtifactSchemas;
export type PageArtifacts = { [K in ArtifactName]: z.infer<(typeof ArtifactSchemas)[K]> };
export type Link = z.infer<typeof LinkSchema>;
export type TextBlock = z.infer<typeof TextBlockSchema>;
export type FormControl = z.infer<typeof FormControlSchema>;
export type AxeRuleResult = z.infer<typeof AxeRuleResultSchema>;

export const ArtifactErrorSchema = z.object({ error: z.string() });
export type ArtifactError = z.infer<typeof ArtifactErrorSchema>;

export function isArtifactError(value: unknown): value is ArtifactError {
  return typeof value === 'object' && value !== null && 'error' in value && !Array.isArray(value) && Object.keys(value).length === 1;
}

/** A page as gathered: HTTP facts plus each artifact or the error its gatherer raised. */
export const PageSnapshotSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().int().nullable(),
  fetchedAt: z.string(),
  depth: z.number().int().nonnegative(),
  artifacts: z.object(
    Object.fromEntries(
      Object.entries(ArtifactSchemas).map(([k, s]) => [k, z.union([s, ArtifactErrorSchema]).optional()]),
    ) as { [K in ArtifactName]: z.ZodOptional<z.ZodUnion<[(typeof ArtifactSchemas)[K], typeof ArtifactErrorSchema]>> },
  ),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

/** A non-HTML resource linked from the site (PDF, Word, images): recorded, never rendered. */
export const DocumentLinkSchema = z.object({
  url: z.string(),
  status: z.number().int().nullable(),
  contentType: z.string().nullable(),
  bytes: z.number().nonnegative().nullable(),
  linkedFrom: z.array(z.object({ page: z.string(), selector: z.string(), text: z.string() })),
});
export type DocumentLink = z.infer<typeof DocumentLinkSchema>;

/** What the crawler learnt about each same-origin link target. */
export const LinkStatusSchema = z.object({
  url: z.string(),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
  checked: z.enum(['crawled', 'fetched', 'robots-disallowed', 'not-checked']),
});
export type LinkStatus = z.infer<typeof LinkStatusSchema>;

export const SiteArtifactsSchema = z.object({
  startUrl: z.string(),
  auditDate: z.string().describe('ISO date the audit ran; rules use it for date checks'),
  pages: z.array(PageSnapshotSchema),
  documents: z.array(DocumentLinkSchema),
  linkStatuses: z.array(LinkStatusSchema),
});
export type SiteArtifacts = z.infer<typeof SiteArtifactsSchema>;

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
  errorText: z.string().default('').describe('visible error message beside a field marked as in error; empty when none'),
  pasteBlocked: z.boolean().default(false).describe('password fields: a paste event was cancelled'),
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

// --- Layout, media and no-JavaScript artifacts (issue 6) ---
const Box = z.object({ selector: Selector, html: z.string(), width: z.number(), height: z.number() });
/** An element whose content is cut off (overflow hidden) or spills out of its box. */
const LostContentSchema = Box.extend({ how: z.enum(['clipped', 'spills']), text: z.string().describe('start of its text') });
export const LayoutSchema = z.object({
  viewport: z.object({ width: z.number(), height: z.number() }).describe('viewport the page was gathered at'),
  reflow: z.object({
    width: z.number().describe('CSS px width the page was re-laid out at'),
    scrollWidth: z.number(),
    clientWidth: z.number(),
    viewportClips: z.boolean().describe('html or body hides horizontal overflow'),
    wide: z.array(Box.extend({ right: z.number(), twoDimensional: z.boolean().describe('a table, pre, map or media that may need 2D layout') })),
    lost: z.array(LostContentSchema),
  }),
  textResize: z.object({ lost: z.array(LostContentSchema) }),
  textSpacing: z.object({ lost: z.array(LostContentSchema) }),
  text: z.object({
    totalChars: z.number().int().describe('visible characters, spaces left out'),
    bySize: z.array(z.object({ px: z.number(), chars: z.number().int() })).describe('characters at each font size'),
    smallBlocks: z.array(z.object({ selector: Selector, html: z.string(), fontSize: z.number(), chars: z.number().int() })).describe('elements with text under 20 px, most text first'),
  }),
  justified: z.array(z.object({ selector: Selector, html: z.string(), chars: z.number().int() })),
  smallTargets: z.array(Box.extend({ text: z.string() })).describe('controls under 44 by 44 px at the narrow width'),
});

const PauseControl = z.boolean().describe('a pause or stop control is inside it or near it');
export const MediaSchema = z.object({
  players: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      tag: z.enum(['audio', 'video']),
      autoplay: z.boolean(),
      playing: z.boolean(),
      muted: z.boolean(),
      controls: z.boolean(),
      loop: z.boolean(),
      duration: z.number().nullable().describe('seconds; null when unknown or a live stream'),
      tracks: z.array(z.object({ kind: z.string(), srclang: z.string().nullable(), label: z.string().nullable(), src: z.string() })),
      visible: z.boolean(),
      pauseControl: PauseControl,
    }),
  ),
  embeds: z.array(z.object({ selector: Selector, src: z.string(), host: z.string() })).describe('video players from other sites, in iframes'),
  marquees: z.array(z.object({ selector: Selector, html: z.string(), tag: z.enum(['marquee', 'blink']), pauseControl: PauseControl })),
  animations: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      kind: z.enum(['css-animation', 'css-transition', 'web-animation']),
      name: z.string(),
      infinite: z.boolean(),
      activeMs: z.number().nullable().describe('how long it runs; null when infinite'),
      pauseControl: PauseControl,
    }),
  ).describe('running animations that last more than 5 seconds, on visible elements'),
  carousels: z.array(z.object({ selector: Selector, html: z.string(), autoAdvance: z.boolean().describe('markup says it moves by itself'), moving: z.boolean(), pauseControl: PauseControl })),
});

export const NoScriptSchema = z.object({
  status: z.number().int().nullable(),
  mainTextLength: z.number().int().describe('characters of main content text with JavaScript off'),
  navLinks: z.number().int().describe('visible navigation links with JavaScript off'),
});

const RectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
export const KeyboardStopSchema = z.object({
  selector: Selector,
  tag: z.string(),
  role: z.string().nullable(),
  text: z.string().describe('accessible text, capped'),
  tabindex: z.number().int().nullable().describe('the tabindex attribute, null when absent'),
  region: RegionSchema,
  indicator: z.array(z.string()).describe('styles that changed on focus; empty means no visible focus indicator'),
  hidden: z.boolean().describe('focus landed on something with no visible size, or off the page'),
  obscuredBy: z.string().nullable().describe('selector of a fixed or sticky element covering all of the focused element'),
  rect: RectSchema.describe('viewport position when focused'),
  order: z.number().int().describe('position of the element in document order among the stops'),
});
export const KeyboardSchema = z.object({
  stops: z.array(KeyboardStopSchema).describe('each element reached with the Tab key, in the order reached'),
  presses: z.number().int(),
  ended: z.enum(['cycle', 'cap', 'trap', 'frame', 'navigated', 'no-focus']).describe('why the walk stopped'),
  trap: z
    .object({ selector: Selector, kind: z.enum(['stuck', 'cycle']), stops: z.number().int(), dialog: z.boolean(), escapable: z.boolean() })
    .nullable(),
  positiveTabindex: z.array(z.object({ selector: Selector, tabindex: z.number().int(), text: z.string(), html: z.string() })),
  mouseOnly: z.array(
    z.object({
      selector: Selector,
      tag: z.string(),
      text: z.string(),
      html: z.string(),
      clickHandler: z.boolean().describe('an onclick attribute or a click listener on the element itself; false means only cursor: pointer'),
    }),
  ),
  skipLink: z
    .object({ selector: Selector, text: z.string(), href: z.string(), targetExists: z.boolean(), focusMoved: z.boolean() })
    .nullable()
    .describe('the first in-page link among the first Tab stops, tested by pressing Enter'),
  hasMain: z.boolean().describe('the page has a main landmark'),
  durationMs: z.number().nonnegative(),
});

// --- GP site furniture and privacy artifacts (issue 3) ---
export const NavigationSchema = z.object({
  mainNav: z
    .object({
      selector: Selector,
      items: z.array(z.object({ text: z.string(), href: z.string().nullable() })).describe('top-level items of the main menu'),
      nestedSelector: z.string().nullable().describe('a sub-menu (nested list, aria-haspopup or details) inside it, if any'),
    })
    .nullable(),
  menuButton: z
    .object({ selector: Selector, text: z.string().describe('visible text'), label: z.string().describe('accessible name'), visible: z.boolean() })
    .nullable()
    .describe('the button that opens the menu on small screens'),
  search: z.object({ selector: Selector, visible: z.boolean() }).nullable().describe('the site search input'),
});

export const PopupsSchema = z.object({
  viewport: z.object({ width: z.number(), height: z.number() }),
  items: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      text: z.string().describe('start of its text'),
      role: z.string().nullable(),
      coverage: z.number().min(0).max(1).describe('share of the viewport it covers'),
      cookieBanner: z.boolean().describe('it is about cookies'),
    }),
  ).describe('visible dialogs and fixed-position layers on load, covering at least 10% of the viewport'),
});

export const CookiesSchema = z
  .array(
    z.object({
      name: z.string(),
      domain: z.string(),
      path: z.string(),
      secure: z.boolean(),
      httpOnly: z.boolean(),
      session: z.boolean(),
    }),
  )
  .describe('cookies the browser holds for the page after load, before any consent interaction');

/** NHS design system (nhsuk-frontend) components on the page: instances of each block class. */
export const DesignSystemSchema = z.object({
  components: z.record(z.string(), z.number().int().positive()).describe('component name (e.g. "header", "card") to how many elements use it'),
});

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
  Media: MediaSchema,
  Layout: LayoutSchema,
  NoScript: NoScriptSchema,
  Keyboard: KeyboardSchema,
  Navigation: NavigationSchema,
  Popups: PopupsSchema,
  Cookies: CookiesSchema,
  DesignSystem: DesignSystemSchema,
} as const;

export type ArtifactName = keyof typeof ArtifactSchemas;
export type PageArtifacts = { [K in ArtifactName]: z.infer<(typeof ArtifactSchemas)[K]> };
export type Link = z.infer<typeof LinkSchema>;
export type TextBlock = z.infer<typeof TextBlockSchema>;
export type FormControl = z.infer<typeof FormControlSchema>;
export type KeyboardStop = z.infer<typeof KeyboardStopSchema>;
export type Keyboard = z.infer<typeof KeyboardSchema>;
export type AxeRuleResult = z.infer<typeof AxeRuleResultSchema>;

export const ArtifactErrorSchema = z.object({ error: z.string() });
export type ArtifactError = z.infer<typeof ArtifactErrorSchema>;

/** An artifact left out on purpose, e.g. an interactive check sampled on other pages of the template. */
export const ArtifactSkippedSchema = z.object({ skipped: z.string() });
export type ArtifactSkipped = z.infer<typeof ArtifactSkippedSchema>;

export function isArtifactSkipped(value: unknown): value is ArtifactSkipped {
  return typeof value === 'object' && value !== null && 'skipped' in value && !Array.isArray(value) && Object.keys(value).length === 1;
}

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
  /** Milliseconds each gatherer took, for benchmarks and slow-page diagnosis. */
  timings: z.record(z.string(), z.number()).optional(),
  artifacts: z.object(
    Object.fromEntries(
      Object.entries(ArtifactSchemas).map(([k, s]) => [k, z.union([s, ArtifactErrorSchema, ArtifactSkippedSchema]).optional()]),
    ) as { [K in ArtifactName]: z.ZodOptional<z.ZodUnion<[(typeof ArtifactSchemas)[K], typeof ArtifactErrorSchema, typeof ArtifactSkippedSchema]>> },
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

/** A usable artifact of a snapshot, or undefined when it is missing, failed or skipped. */
export function artifactOf<N extends ArtifactName>(snapshot: PageSnapshot, name: N): PageArtifacts[N] | undefined {
  const value = snapshot.artifacts[name];
  return value === undefined || isArtifactError(value) || isArtifactSkipped(value) ? undefined : (value as PageArtifacts[N]);
}

// src/audit.ts
import { writeFileSync, renameSync } from "node:fs";

// src/axe-core.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
function loadAxe() {
  const path = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  const module = { exports: {} };
  vm.runInNewContext(readFileSync(path, "utf8"), { module, exports: module.exports, setTimeout, clearTimeout, console });
  return module.exports;
}
var axeCore = loadAxe();

// src/rule.ts
var SEVERITIES = ["minor", "moderate", "serious", "critical"];
var OUTCOMES = ["pass", "fail", "needs-review", "inapplicable", "error"];
function definePageRule(rule) {
  return { meta: { ...rule.meta, scope: "page" }, check: rule.check };
}
function defineSiteRule(rule) {
  return { meta: { ...rule.meta, scope: "site" }, check: rule.check };
}
function withDocs(folder, rules, version) {
  return rules.map((r) => r.meta.helpUrl ? r : { ...r, meta: { ...r.meta, helpUrl: `https://unpkg.com/inclusive-audit@${version}/rules/${folder}/${r.meta.id}.md` } });
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name) => name in data ? String(data[name]) : m);
}

// src/version.ts
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
var VERSION = require2("../package.json").version;

// src/artifacts.ts
import { z } from "zod";
var Selector = z.string().describe("CSS selector of the element");
var HttpSchema = z.object({
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
      mimeType: z.string().nullable()
    })
  )
});
var AxeNodeSchema = z.object({
  selector: Selector,
  html: z.string(),
  impact: z.enum(["minor", "moderate", "serious", "critical"]).nullable(),
  failureSummary: z.string().nullable()
});
var AxeRuleResultSchema = z.object({
  id: z.string(),
  impact: z.enum(["minor", "moderate", "serious", "critical"]).nullable(),
  tags: z.array(z.string()),
  help: z.string(),
  description: z.string(),
  helpUrl: z.string(),
  nodes: z.array(AxeNodeSchema)
});
var AxeSchema = z.object({
  version: z.string(),
  violations: z.array(AxeRuleResultSchema),
  incomplete: z.array(AxeRuleResultSchema),
  passes: z.array(z.string()).describe("ids of rules that passed"),
  inapplicable: z.array(z.string()).describe("ids of rules with nothing to check")
});
var MetaSchema = z.object({
  title: z.string().nullable(),
  lang: z.string().nullable(),
  viewport: z.string().nullable().describe('content of <meta name="viewport">'),
  doctype: z.string().nullable(),
  description: z.string().nullable(),
  generator: z.string().nullable()
});
var RegionSchema = z.enum(["header", "nav", "main", "aside", "footer", "other"]);
var LinkSchema = z.object({
  selector: Selector,
  href: z.string().describe("absolute URL after resolution"),
  rawHref: z.string(),
  text: z.string().describe("accessible text: visible text, aria-label or image alt"),
  rel: z.string(),
  target: z.string(),
  region: RegionSchema,
  visible: z.boolean(),
  download: z.boolean()
});
var LinksSchema = z.array(LinkSchema);
var HeadingsSchema = z.array(
  z.object({ selector: Selector, level: z.number().int().min(1).max(6), text: z.string(), visible: z.boolean() })
);
var LandmarksSchema = z.array(
  z.object({ selector: Selector, role: z.string(), label: z.string().nullable() })
);
var FormControlSchema = z.object({
  selector: Selector,
  tag: z.string(),
  type: z.string().nullable(),
  name: z.string().nullable(),
  id: z.string().nullable(),
  label: z.string().describe("accessible label text, empty when none"),
  placeholder: z.string().nullable(),
  autocomplete: z.string().nullable(),
  required: z.boolean(),
  ariaRequired: z.boolean(),
  ariaInvalid: z.boolean(),
  describedBy: z.string().describe("text referenced by aria-describedby"),
  visible: z.boolean(),
  formSelector: z.string().nullable(),
  errorText: z.string().default("").describe("visible error message beside a field marked as in error; empty when none"),
  pasteBlocked: z.boolean().default(false).describe("password fields: a paste event was cancelled")
});
var FormsSchema = z.array(FormControlSchema);
var ImagesSchema = z.array(
  z.object({
    selector: Selector,
    src: z.string(),
    alt: z.string().nullable().describe("null when the alt attribute is missing"),
    role: z.string().nullable(),
    width: z.number(),
    height: z.number(),
    naturalWidth: z.number(),
    naturalHeight: z.number(),
    visible: z.boolean()
  })
);
var TextBlockSchema = z.object({
  selector: Selector,
  tag: z.string(),
  kind: z.enum(["heading", "paragraph", "list-item", "cell", "control", "quote", "other"]),
  text: z.string(),
  lang: z.string().nullable().describe("language of the block, inherited from ancestors"),
  italic: z.boolean()
});
var MainTextSchema = z.object({
  root: z.string().nullable().describe("selector of the main content root"),
  rootFound: z.enum(["main", "role-main", "candidate", "body"]),
  lang: z.string().nullable(),
  blocks: z.array(TextBlockSchema)
});
var BodyTextSchema = z.object({
  text: z.string().describe("visible text of the whole page, capped"),
  truncated: z.boolean()
});
var ScriptsSchema = z.array(
  z.object({ selector: Selector, src: z.string().nullable(), inlineLength: z.number().int(), async: z.boolean() })
);
var Box = z.object({ selector: Selector, html: z.string(), width: z.number(), height: z.number() });
var LostContentSchema = Box.extend({ how: z.enum(["clipped", "spills"]), text: z.string().describe("start of its text") });
var LayoutSchema = z.object({
  viewport: z.object({ width: z.number(), height: z.number() }).describe("viewport the page was gathered at"),
  reflow: z.object({
    width: z.number().describe("CSS px width the page was re-laid out at"),
    scrollWidth: z.number(),
    clientWidth: z.number(),
    viewportClips: z.boolean().describe("html or body hides horizontal overflow"),
    wide: z.array(Box.extend({ right: z.number(), twoDimensional: z.boolean().describe("a table, pre, map or media that may need 2D layout") })),
    lost: z.array(LostContentSchema)
  }),
  textResize: z.object({ lost: z.array(LostContentSchema) }),
  textSpacing: z.object({ lost: z.array(LostContentSchema) }),
  text: z.object({
    totalChars: z.number().int().describe("visible characters, spaces left out"),
    bySize: z.array(z.object({ px: z.number(), chars: z.number().int() })).describe("characters at each font size"),
    smallBlocks: z.array(z.object({ selector: Selector, html: z.string(), fontSize: z.number(), chars: z.number().int() })).describe("elements with text under 20 px, most text first")
  }),
  justified: z.array(z.object({ selector: Selector, html: z.string(), chars: z.number().int() })),
  smallTargets: z.array(Box.extend({ text: z.string() })).describe("controls under 44 by 44 px at the narrow width")
});
var PauseControl = z.boolean().describe("a pause or stop control is inside it or near it");
var MediaSchema = z.object({
  players: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      tag: z.enum(["audio", "video"]),
      autoplay: z.boolean(),
      playing: z.boolean(),
      muted: z.boolean(),
      controls: z.boolean(),
      loop: z.boolean(),
      duration: z.number().nullable().describe("seconds; null when unknown or a live stream"),
      tracks: z.array(z.object({ kind: z.string(), srclang: z.string().nullable(), label: z.string().nullable(), src: z.string() })),
      visible: z.boolean(),
      pauseControl: PauseControl
    })
  ),
  embeds: z.array(z.object({ selector: Selector, src: z.string(), host: z.string() })).describe("video players from other sites, in iframes"),
  marquees: z.array(z.object({ selector: Selector, html: z.string(), tag: z.enum(["marquee", "blink"]), pauseControl: PauseControl })),
  animations: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      kind: z.enum(["css-animation", "css-transition", "web-animation"]),
      name: z.string(),
      infinite: z.boolean(),
      activeMs: z.number().nullable().describe("how long it runs; null when infinite"),
      pauseControl: PauseControl
    })
  ).describe("running animations that last more than 5 seconds, on visible elements"),
  carousels: z.array(z.object({ selector: Selector, html: z.string(), autoAdvance: z.boolean().describe("markup says it moves by itself"), moving: z.boolean(), pauseControl: PauseControl }))
});
var NoScriptSchema = z.object({
  status: z.number().int().nullable(),
  mainTextLength: z.number().int().describe("characters of main content text with JavaScript off"),
  navLinks: z.number().int().describe("visible navigation links with JavaScript off")
});
var RectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
var KeyboardStopSchema = z.object({
  selector: Selector,
  tag: z.string(),
  role: z.string().nullable(),
  text: z.string().describe("accessible text, capped"),
  tabindex: z.number().int().nullable().describe("the tabindex attribute, null when absent"),
  region: RegionSchema,
  indicator: z.array(z.string()).describe("styles that changed on focus; empty means no visible focus indicator"),
  hidden: z.boolean().describe("focus landed on something with no visible size, or off the page"),
  obscuredBy: z.string().nullable().describe("selector of a fixed or sticky element covering all of the focused element"),
  rect: RectSchema.describe("viewport position when focused"),
  order: z.number().int().describe("position of the element in document order among the stops")
});
var KeyboardSchema = z.object({
  stops: z.array(KeyboardStopSchema).describe("each element reached with the Tab key, in the order reached"),
  presses: z.number().int(),
  ended: z.enum(["cycle", "cap", "trap", "frame", "navigated", "no-focus"]).describe("why the walk stopped"),
  trap: z.object({ selector: Selector, kind: z.enum(["stuck", "cycle"]), stops: z.number().int(), dialog: z.boolean(), escapable: z.boolean() }).nullable(),
  positiveTabindex: z.array(z.object({ selector: Selector, tabindex: z.number().int(), text: z.string(), html: z.string() })),
  mouseOnly: z.array(
    z.object({
      selector: Selector,
      tag: z.string(),
      text: z.string(),
      html: z.string(),
      clickHandler: z.boolean().describe("an onclick attribute or a click listener on the element itself; false means only cursor: pointer")
    })
  ),
  skipLink: z.object({ selector: Selector, text: z.string(), href: z.string(), targetExists: z.boolean(), focusMoved: z.boolean() }).nullable().describe("the first in-page link among the first Tab stops, tested by pressing Enter"),
  hasMain: z.boolean().describe("the page has a main landmark"),
  durationMs: z.number().nonnegative()
});
var NavigationSchema = z.object({
  mainNav: z.object({
    selector: Selector,
    items: z.array(z.object({ text: z.string(), href: z.string().nullable() })).describe("top-level items of the main menu"),
    nestedSelector: z.string().nullable().describe("a sub-menu (nested list, aria-haspopup or details) inside it, if any")
  }).nullable(),
  menuButton: z.object({ selector: Selector, text: z.string().describe("visible text"), label: z.string().describe("accessible name"), visible: z.boolean() }).nullable().describe("the button that opens the menu on small screens"),
  search: z.object({ selector: Selector, visible: z.boolean() }).nullable().describe("the site search input")
});
var PopupsSchema = z.object({
  viewport: z.object({ width: z.number(), height: z.number() }),
  items: z.array(
    z.object({
      selector: Selector,
      html: z.string(),
      text: z.string().describe("start of its text"),
      role: z.string().nullable(),
      coverage: z.number().min(0).max(1).describe("share of the viewport it covers"),
      cookieBanner: z.boolean().describe("it is about cookies")
    })
  ).describe("visible dialogs and fixed-position layers on load, covering at least 10% of the viewport")
});
var CookiesSchema = z.array(
  z.object({
    name: z.string(),
    domain: z.string(),
    path: z.string(),
    secure: z.boolean(),
    httpOnly: z.boolean(),
    session: z.boolean()
  })
).describe("cookies the browser holds for the page after load, before any consent interaction");
var DesignSystemSchema = z.object({
  components: z.record(z.string(), z.number().int().positive()).describe('component name (e.g. "header", "card") to how many elements use it')
});
var ArtifactSchemas = {
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
  DesignSystem: DesignSystemSchema
};
var ArtifactErrorSchema = z.object({ error: z.string() });
function isArtifactError(value) {
  return typeof value === "object" && value !== null && "error" in value && !Array.isArray(value) && Object.keys(value).length === 1;
}
var PageSnapshotSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  status: z.number().int().nullable(),
  fetchedAt: z.string(),
  depth: z.number().int().nonnegative(),
  /** Milliseconds each gatherer took, for benchmarks and slow-page diagnosis. */
  timings: z.record(z.string(), z.number()).optional(),
  artifacts: z.object(
    Object.fromEntries(
      Object.entries(ArtifactSchemas).map(([k, s]) => [k, z.union([s, ArtifactErrorSchema]).optional()])
    )
  )
});
var DocumentLinkSchema = z.object({
  url: z.string(),
  status: z.number().int().nullable(),
  contentType: z.string().nullable(),
  bytes: z.number().nonnegative().nullable(),
  linkedFrom: z.array(z.object({ page: z.string(), selector: z.string(), text: z.string() }))
});
var LinkStatusSchema = z.object({
  url: z.string(),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
  checked: z.enum(["crawled", "fetched", "robots-disallowed", "not-checked"])
});
var SiteArtifactsSchema = z.object({
  startUrl: z.string(),
  auditDate: z.string().describe("ISO date the audit ran; rules use it for date checks"),
  pages: z.array(PageSnapshotSchema),
  documents: z.array(DocumentLinkSchema),
  linkStatuses: z.array(LinkStatusSchema)
});

// rules/site/site-pages.ts
function pagesWith(site, name) {
  const out = [];
  for (const page of site.pages) {
    const value = page.artifacts[name];
    if (value !== void 0 && !isArtifactError(value)) out.push({ url: page.finalUrl || page.url, value });
  }
  return out;
}

// src/crawl/url.ts
import picomatch from "picomatch";
var TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|sessionid|phpsessid|jsessionid|sid)$/i;
function normaliseUrl(input, base) {
  let u;
  try {
    u = new URL(input, base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  u.pathname = u.pathname.replace(/\/{2,}/g, "/").replace(/\/index\.html?$/i, "/");
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  params.sort(([a, av], [b, bv]) => a === b ? av.localeCompare(bv) : a.localeCompare(b));
  u.search = new URLSearchParams(params).toString();
  return u.toString();
}
var DOCUMENT_EXT = /\.(pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|txt|zip|jpe?g|png|gif|svg|webp|avif|ico|bmp|tiff?|mp3|wav|ogg|m4a|mp4|webm|mov|avi|epub|ics|xml|json)$/i;
function looksLikeDocument(url) {
  try {
    return DOCUMENT_EXT.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
function isHtmlContentType(contentType) {
  if (!contentType) return true;
  return /text\/html|application\/xhtml\+xml/i.test(contentType);
}
function createScope(opts) {
  const origins = new Set(opts.origins.map((o) => new URL(o).origin));
  const include = opts.include?.length ? picomatch(opts.include, { dot: true }) : null;
  const exclude = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : null;
  return {
    sameOrigin(url) {
      try {
        return origins.has(new URL(url).origin);
      } catch {
        return false;
      }
    },
    /** Whether the crawler may follow this URL. */
    allows(url) {
      if (!this.sameOrigin(url)) return false;
      const u = new URL(url);
      const target = u.pathname + u.search;
      if (include && !include(u.pathname) && !include(target)) return false;
      if (exclude && (exclude(u.pathname) || exclude(target))) return false;
      return true;
    }
  };
}
function createQueryTrapGuard(maxVariantsPerPath = 5) {
  const variants = /* @__PURE__ */ new Map();
  return (url) => {
    const u = new URL(url);
    if (!u.search) return true;
    const key = u.origin + u.pathname;
    const seen = variants.get(key) ?? /* @__PURE__ */ new Set();
    variants.set(key, seen);
    if (seen.has(u.search)) return true;
    if (seen.size >= maxVariantsPerPath) return false;
    seen.add(u.search);
    return true;
  };
}

// rules/consistency/relative-order.ts
var REPEATED_REGIONS = /* @__PURE__ */ new Set(["header", "nav", "footer"]);
function linkKey(link) {
  return `${normaliseUrl(link.href) ?? link.href} ${link.text.toLowerCase().replace(/\s+/g, " ").trim()}`;
}
function unique(items2) {
  return [...new Set(items2)];
}
function movedItems(ref, other) {
  const inOther = new Set(other);
  const inRef = new Set(ref);
  const a = ref.filter((x) => inOther.has(x));
  const b = other.filter((x) => inRef.has(x));
  const dp = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const kept = /* @__PURE__ */ new Set();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return b.filter((x) => !kept.has(x));
}

// rules/consistency/consistent-help.ts
function helpKind(link) {
  const href = link.href.toLowerCase();
  const text = link.text.toLowerCase();
  if (href.startsWith("tel:")) return "phone number";
  if (href.startsWith("mailto:")) return "email address";
  if (/\b(web ?chat|live chat|chat with us|chat to us)\b/.test(text)) return "online chat";
  if (/\b(contact us|contact the practice|get in touch)\b/.test(text) || /\/contact(-us)?(\.html?)?\/?$/.test(href.split(/[?#]/)[0])) return "contact page";
  if (/^(help|get help|help and support|faqs?|frequently asked questions)$/.test(text.trim())) return "help page";
  return null;
}
var sideOf = (link) => link.region === "footer" ? "footer" : "header";
var consistent_help_default = defineSiteRule({
  meta: {
    id: "consistent-help",
    severity: "moderate",
    title: "Contact and help links are in the same place on every page",
    failureTitle: "Contact and help links move between pages",
    description: "People who need help look for it where they found it last time. If the contact link, phone number or chat moves around, people with memory or learning difficulties may not find it.",
    wcag: ["3.2.6"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      moved: "The {{help}} is in a different place on this page than on {{reference}}. Keep contact and help links in the same place and order on every page."
    }
  },
  check(site, ctx) {
    const pages = pagesWith(site, "Links").map(({ url, value }) => {
      const seen = /* @__PURE__ */ new Map();
      for (const link of value) {
        const kind = link.visible && REPEATED_REGIONS.has(link.region) ? helpKind(link) : null;
        if (kind && !seen.has(kind)) seen.set(kind, `${kind} in the ${sideOf(link)}`);
      }
      return { url, help: seen };
    });
    const withHelp = pages.filter((p) => p.help.size > 0);
    if (withHelp.length < 2) return "inapplicable";
    const reference = withHelp[0];
    const refOrder = [...reference.help.values()];
    for (const page of withHelp.slice(1)) {
      const moved = /* @__PURE__ */ new Set();
      for (const [kind, place] of page.help) {
        const refPlace = reference.help.get(kind);
        if (refPlace && refPlace !== place) moved.add(kind);
      }
      for (const item of movedItems(refOrder, [...page.help.values()])) moved.add(item.split(" in the ")[0]);
      for (const help of moved) ctx.report({ messageId: "moved", url: page.url, data: { help, reference: reference.url } });
    }
  }
});

// rules/consistency/consistent-navigation.ts
var MIN_SHARED = 2;
var consistent_navigation_default = defineSiteRule({
  meta: {
    id: "consistent-navigation",
    severity: "moderate",
    title: "Menus are in the same order on every page",
    failureTitle: "Menus change order between pages",
    description: "People learn where things are in a menu. If the links move around from page to page, people with memory or learning difficulties, and people using screen magnifiers, have to find them again.",
    wcag: ["3.2.3"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      reordered: "The menu links {{moved}} are in a different order on this page than on {{reference}}. Keep repeated menus in the same order on every page."
    }
  },
  check(site, ctx) {
    const pages = pagesWith(site, "Links").map(({ url, value }) => {
      const links = value.filter((l) => l.visible && REPEATED_REGIONS.has(l.region));
      const text = new Map(links.map((l) => [linkKey(l), l.text]));
      return { url, keys: unique(links.map(linkKey)), text };
    });
    const withMenus = pages.filter((p) => p.keys.length >= MIN_SHARED);
    if (withMenus.length < 2) return "inapplicable";
    const reference = withMenus[0];
    for (const page of withMenus.slice(1)) {
      const shared = page.keys.filter((k) => reference.keys.includes(k));
      if (shared.length < MIN_SHARED) continue;
      const moved = movedItems(reference.keys, page.keys);
      if (moved.length === 0) continue;
      ctx.report({ messageId: "reordered", url: page.url, data: { moved: moved.map((k) => `"${page.text.get(k)}"`).join(", "), reference: reference.url } });
    }
  }
});

// rules/consistency/index.ts
var consistencyRules = [consistent_navigation_default, consistent_help_default];

// rules/content/italic-passages.ts
import { z as z5 } from "zod";

// src/report.ts
import { z as z4 } from "zod";

// src/findings.ts
import { z as z2 } from "zod";
var FindingSchema = z2.object({
  ruleId: z2.string(),
  outcome: z2.enum(["fail", "needs-review"]),
  severity: z2.enum(SEVERITIES),
  url: z2.string().describe("the page; site-level findings use the start URL"),
  selector: z2.string().nullable().describe("CSS selector of the element, or null for page and site findings"),
  html: z2.string().nullable().describe("snippet of the element, from the page: untrusted"),
  wcag: z2.array(z2.string()),
  standards: z2.array(z2.string()),
  messageId: z2.string(),
  message: z2.string().describe("what is wrong and what to do, in plain English"),
  data: z2.record(z2.string(), z2.union([z2.string(), z2.number()])).optional(),
  fingerprint: z2.string().describe("stable id: rule, URL path and element signature")
});
var RuleOutcomeSchema = z2.object({
  ruleId: z2.string(),
  url: z2.string(),
  outcome: z2.enum(OUTCOMES),
  error: z2.string().optional()
});

// src/scorecard.ts
import { z as z3 } from "zod";

// src/standards.ts
var c = (id, title, level, version, slug, obsolete) => obsolete ? { id, title, level, version, slug, obsolete } : { id, title, level, version, slug };
var WCAG_CRITERIA = [
  // 1 Perceivable
  c("1.1.1", "Non-text Content", "A", "2.0", "non-text-content"),
  c("1.2.1", "Audio-only and Video-only (Prerecorded)", "A", "2.0", "audio-only-and-video-only-prerecorded"),
  c("1.2.2", "Captions (Prerecorded)", "A", "2.0", "captions-prerecorded"),
  c("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A", "2.0", "audio-description-or-media-alternative-prerecorded"),
  c("1.2.4", "Captions (Live)", "AA", "2.0", "captions-live"),
  c("1.2.5", "Audio Description (Prerecorded)", "AA", "2.0", "audio-description-prerecorded"),
  c("1.2.6", "Sign Language (Prerecorded)", "AAA", "2.0", "sign-language-prerecorded"),
  c("1.2.7", "Extended Audio Description (Prerecorded)", "AAA", "2.0", "extended-audio-description-prerecorded"),
  c("1.2.8", "Media Alternative (Prerecorded)", "AAA", "2.0", "media-alternative-prerecorded"),
  c("1.2.9", "Audio-only (Live)", "AAA", "2.0", "audio-only-live"),
  c("1.3.1", "Info and Relationships", "A", "2.0", "info-and-relationships"),
  c("1.3.2", "Meaningful Sequence", "A", "2.0", "meaningful-sequence"),
  c("1.3.3", "Sensory Characteristics", "A", "2.0", "sensory-characteristics"),
  c("1.3.4", "Orientation", "AA", "2.1", "orientation"),
  c("1.3.5", "Identify Input Purpose", "AA", "2.1", "identify-input-purpose"),
  c("1.3.6", "Identify Purpose", "AAA", "2.1", "identify-purpose"),
  c("1.4.1", "Use of Color", "A", "2.0", "use-of-color"),
  c("1.4.2", "Audio Control", "A", "2.0", "audio-control"),
  c("1.4.3", "Contrast (Minimum)", "AA", "2.0", "contrast-minimum"),
  c("1.4.4", "Resize Text", "AA", "2.0", "resize-text"),
  c("1.4.5", "Images of Text", "AA", "2.0", "images-of-text"),
  c("1.4.6", "Contrast (Enhanced)", "AAA", "2.0", "contrast-enhanced"),
  c("1.4.7", "Low or No Background Audio", "AAA", "2.0", "low-or-no-background-audio"),
  c("1.4.8", "Visual Presentation", "AAA", "2.0", "visual-presentation"),
  c("1.4.9", "Images of Text (No Exception)", "AAA", "2.0", "images-of-text-no-exception"),
  c("1.4.10", "Reflow", "AA", "2.1", "reflow"),
  c("1.4.11", "Non-text Contrast", "AA", "2.1", "non-text-contrast"),
  c("1.4.12", "Text Spacing", "AA", "2.1", "text-spacing"),
  c("1.4.13", "Content on Hover or Focus", "AA", "2.1", "content-on-hover-or-focus"),
  // 2 Operable
  c("2.1.1", "Keyboard", "A", "2.0", "keyboard"),
  c("2.1.2", "No Keyboard Trap", "A", "2.0", "no-keyboard-trap"),
  c("2.1.3", "Keyboard (No Exception)", "AAA", "2.0", "keyboard-no-exception"),
  c("2.1.4", "Character Key Shortcuts", "A", "2.1", "character-key-shortcuts"),
  c("2.2.1", "Timing Adjustable", "A", "2.0", "timing-adjustable"),
  c("2.2.2", "Pause, Stop, Hide", "A", "2.0", "pause-stop-hide"),
  c("2.2.3", "No Timing", "AAA", "2.0", "no-timing"),
  c("2.2.4", "Interruptions", "AAA", "2.0", "interruptions"),
  c("2.2.5", "Re-authenticating", "AAA", "2.0", "re-authenticating"),
  c("2.2.6", "Timeouts", "AAA", "2.1", "timeouts"),
  c("2.3.1", "Three Flashes or Below Threshold", "A", "2.0", "three-flashes-or-below-threshold"),
  c("2.3.2", "Three Flashes", "AAA", "2.0", "three-flashes"),
  c("2.3.3", "Animation from Interactions", "AAA", "2.1", "animation-from-interactions"),
  c("2.4.1", "Bypass Blocks", "A", "2.0", "bypass-blocks"),
  c("2.4.2", "Page Titled", "A", "2.0", "page-titled"),
  c("2.4.3", "Focus Order", "A", "2.0", "focus-order"),
  c("2.4.4", "Link Purpose (In Context)", "A", "2.0", "link-purpose-in-context"),
  c("2.4.5", "Multiple Ways", "AA", "2.0", "multiple-ways"),
  c("2.4.6", "Headings and Labels", "AA", "2.0", "headings-and-labels"),
  c("2.4.7", "Focus Visible", "AA", "2.0", "focus-visible"),
  c("2.4.8", "Location", "AAA", "2.0", "location"),
  c("2.4.9", "Link Purpose (Link Only)", "AAA", "2.0", "link-purpose-link-only"),
  c("2.4.10", "Section Headings", "AAA", "2.0", "section-headings"),
  c("2.4.11", "Focus Not Obscured (Minimum)", "AA", "2.2", "focus-not-obscured-minimum"),
  c("2.4.12", "Focus Not Obscured (Enhanced)", "AAA", "2.2", "focus-not-obscured-enhanced"),
  c("2.4.13", "Focus Appearance", "AAA", "2.2", "focus-appearance"),
  c("2.5.1", "Pointer Gestures", "A", "2.1", "pointer-gestures"),
  c("2.5.2", "Pointer Cancellation", "A", "2.1", "pointer-cancellation"),
  c("2.5.3", "Label in Name", "A", "2.1", "label-in-name"),
  c("2.5.4", "Motion Actuation", "A", "2.1", "motion-actuation"),
  c("2.5.5", "Target Size (Enhanced)", "AAA", "2.1", "target-size-enhanced"),
  c("2.5.6", "Concurrent Input Mechanisms", "AAA", "2.1", "concurrent-input-mechanisms"),
  c("2.5.7", "Dragging Movements", "AA", "2.2", "dragging-movements"),
  c("2.5.8", "Target Size (Minimum)", "AA", "2.2", "target-size-minimum"),
  // 3 Understandable
  c("3.1.1", "Language of Page", "A", "2.0", "language-of-page"),
  c("3.1.2", "Language of Parts", "AA", "2.0", "language-of-parts"),
  c("3.1.3", "Unusual Words", "AAA", "2.0", "unusual-words"),
  c("3.1.4", "Abbreviations", "AAA", "2.0", "abbreviations"),
  c("3.1.5", "Reading Level", "AAA", "2.0", "reading-level"),
  c("3.1.6", "Pronunciation", "AAA", "2.0", "pronunciation"),
  c("3.2.1", "On Focus", "A", "2.0", "on-focus"),
  c("3.2.2", "On Input", "A", "2.0", "on-input"),
  c("3.2.3", "Consistent Navigation", "AA", "2.0", "consistent-navigation"),
  c("3.2.4", "Consistent Identification", "AA", "2.0", "consistent-identification"),
  c("3.2.5", "Change on Request", "AAA", "2.0", "change-on-request"),
  c("3.2.6", "Consistent Help", "A", "2.2", "consistent-help"),
  c("3.3.1", "Error Identification", "A", "2.0", "error-identification"),
  c("3.3.2", "Labels or Instructions", "A", "2.0", "labels-or-instructions"),
  c("3.3.3", "Error Suggestion", "AA", "2.0", "error-suggestion"),
  c("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA", "2.0", "error-prevention-legal-financial-data"),
  c("3.3.5", "Help", "AAA", "2.0", "help"),
  c("3.3.6", "Error Prevention (All)", "AAA", "2.0", "error-prevention-all"),
  c("3.3.7", "Redundant Entry", "A", "2.2", "redundant-entry"),
  c("3.3.8", "Accessible Authentication (Minimum)", "AA", "2.2", "accessible-authentication-minimum"),
  c("3.3.9", "Accessible Authentication (Enhanced)", "AAA", "2.2", "accessible-authentication-enhanced"),
  // 4 Robust
  c("4.1.1", "Parsing", "A", "2.0", "parsing", true),
  // obsolete in 2.2; axe duplicate-id* rules deprecated
  c("4.1.2", "Name, Role, Value", "A", "2.0", "name-role-value"),
  c("4.1.3", "Status Messages", "AA", "2.1", "status-messages")
];
var WCAG_BY_ID = new Map(WCAG_CRITERIA.map((sc) => [sc.id, sc]));
var WCAG_AA_CRITERIA = WCAG_CRITERIA.filter(
  (sc) => !sc.obsolete && (sc.level === "A" || sc.level === "AA")
);
var items = (family, list) => list.map((i) => ({ id: `${family}:${i.code}`, family, ...i }));
var ss = (n) => `nhs-service-standard:${n}`;
var SS_POINTS = "https://service-manual.nhs.uk/standards-and-technology/service-standard-points/";
var SS_2_3 = `${SS_POINTS}2-and-3-work-towards-solving-a-whole-problem-and-provide-a-joined-up-experience`;
var SERVICE_STANDARD = items("nhs-service-standard", [
  { code: "1", title: "Understand users and their needs in the context of health and care", url: `${SS_POINTS}1-understand-users-and-their-needs-context-health-and-care` },
  { code: "2", title: "Work towards solving a whole problem for users", url: SS_2_3, note: "Points 2 and 3 share one guidance page." },
  { code: "3", title: "Provide a joined up experience across all channels", url: SS_2_3, note: "Points 2 and 3 share one guidance page." },
  { code: "4", title: "Make the service simple to use", url: `${SS_POINTS}4-make-the-service-simple-to-use` },
  { code: "5", title: "Make sure everyone can use the service", url: `${SS_POINTS}5-make-sure-everyone-can-use-the-service`, note: "Requires WCAG 2.2 AA and the 2018 accessibility regulations; consider low digital and health literacy and assisted digital." },
  { code: "6", title: "Create a team that includes multidisciplinary skills and perspectives", url: `${SS_POINTS}6-create-a-team-that-includes-multidisciplinary-skills-and-perspectives` },
  { code: "7", title: "Use agile ways of working", url: `${SS_POINTS}7-use-agile-ways-of-working` },
  { code: "8", title: "Iterate and improve frequently", url: `${SS_POINTS}8-iterate-and-improve-frequently` },
  { code: "9", title: "Create a secure service which protects people's privacy", url: `${SS_POINTS}9-create-a-secure-service-which-protects-peoples-privacy`, note: `Renamed April 2025; was "Respect and protect users' confidentiality and privacy".` },
  { code: "10", title: "Define what success looks like and be open about how your service is performing", url: `${SS_POINTS}10-define-what-success-looks-like-and-be-open-about-how-your-service-is-performing` },
  { code: "11", title: "Choose the right tools and technology", url: `${SS_POINTS}11-choose-the-right-tools-and-technology` },
  { code: "12", title: "Make new source code open", url: `${SS_POINTS}12-make-new-source-code-open` },
  { code: "13", title: "Use and contribute to open standards, common components and patterns", url: `${SS_POINTS}13-use-and-contribute-to-open-standards-common-components-and-patterns` },
  { code: "14", title: "Operate a reliable service", url: `${SS_POINTS}14-operate-a-reliable-service` },
  { code: "15", title: "Support a culture of care", url: `${SS_POINTS}15-support-a-culture-of-care`, note: "Health-specific point." },
  { code: "16", title: "Make your service clinically safe", url: `${SS_POINTS}16-make-your-service-clinically-safe`, note: "Health-specific point; includes identifying and meeting information and communication needs." },
  { code: "17", title: "Make your service interoperable", url: `${SS_POINTS}17-make-your-service-interoperable`, note: "Health-specific point." }
]);
var AIS_URL = "https://www.england.nhs.uk/long-read/accessible-information-standard-requirements-dapb1605/";
var AIS = items("ais", [
  { code: "identify", title: "Identify", url: AIS_URL, note: "Ask whether people (and carers or parents) have information or communication needs from a disability, impairment or sensory loss.", related: [ss(5), ss(16)] },
  { code: "record", title: "Record", url: AIS_URL, note: "Record those needs clearly and consistently.", related: [ss(16)] },
  { code: "flag", title: "Flag", url: AIS_URL, note: "Make the needs highly visible (flag) whenever the record is accessed.", related: [ss(16)] },
  { code: "share", title: "Share", url: AIS_URL, note: "Share the needs with other providers, with consent, as part of data sharing.", related: [ss(9), ss(17)] },
  { code: "meet", title: "Meet", url: AIS_URL, note: "Provide information in accessible formats and communication support (e.g. BSL, easy read, large print, email or text contact).", related: [ss(5), ss(3)] },
  { code: "review", title: "Review", url: AIS_URL, note: "New in DAPB1605 (2025): review needs and self-assess compliance; publish compliance yearly (by March 2027).", related: [ss(8)] }
]);
var LEG = "https://www.legislation.gov.uk/uksi/2018/952/regulation/";
var GDS_SAMPLE = "https://www.gov.uk/government/publications/sample-accessibility-statement/sample-accessibility-statement-for-a-fictional-public-sector-website";
var PSBAR = items("psbar", [
  { code: "reg4", title: "Meet the accessibility requirement (perceivable, operable, understandable, robust)", url: `${LEG}4`, note: "In practice WCAG AA (EN 301 549); monitored against WCAG 2.2 AA since Oct 2024.", related: [ss(5)] },
  { code: "reg7", title: "Explain any disproportionate burden claim in the accessibility statement", url: `${LEG}7`, related: [ss(5)] },
  { code: "reg8-statement", title: "Publish an accessibility statement on the website, in an accessible format", url: `${LEG}8`, note: "Reg 8(1)-(2).", related: [ss(5)] },
  { code: "reg8-model", title: "Follow the model accessibility statement", url: GDS_SAMPLE, note: "Reg 8(1); GDS sample statement headings.", related: [ss(5)] },
  { code: "reg8-4a", title: "Explain the parts of the content that are not accessible, and why", url: `${LEG}8`, related: [ss(5)] },
  { code: "reg8-4b", title: "Describe any accessible alternatives provided, where appropriate", url: `${LEG}8`, related: [ss(5)] },
  { code: "reg8-4c", title: "Describe and link to a contact form to report failures and request excluded content", url: `${LEG}8`, related: [ss(5)] },
  { code: "reg8-4d", title: "Link to the enforcement procedure", url: `${LEG}8`, note: "GB: Equality and Human Rights Commission; users contact the Equality Advisory and Support Service (EASS).", related: [ss(5)] },
  { code: "reg8-review", title: "Keep the accessibility statement under regular review", url: `${LEG}8`, note: "Reg 8(1).", related: [ss(5), ss(8)] }
]);
var GPW = "https://www.england.nhs.uk/long-read/creating-a-highly-usable-and-accessible-gp-website-for-patients/";
var GPS = "https://www.england.nhs.uk/long-read/step-by-step-guide-to-improving-general-practice-website-online-journeys/";
var GPPW = "https://www.england.nhs.uk/long-read/practice-websites/";
var GPDA = "https://www.england.nhs.uk/long-read/digital-accessibility/";
var BENCH = "https://www.england.nhs.uk/publication/gp-website-benchmarking-and-improvement-tool/";
var HW = "https://service-manual.nhs.uk/content/how-we-write";
var GP_WEBSITE = items("gp-website", [
  { code: "online-presence", title: "Have a practice website and an NHS.UK profile, updated at least yearly", url: GPPW, related: [ss(3), ss(8)] },
  { code: "legal-responsibility", title: "The practice is legally responsible for website accessibility, even when outsourced", url: GPDA, related: ["psbar:reg4"] },
  { code: "top-tasks", title: "Support the top patient tasks (appointments, prescriptions, fit notes, test results, registering, contact)", url: GPW, note: "Start of list [P]; full list from benchmarking tool [S].", related: [ss(2), ss(4)] },
  { code: "homepage-tasks", title: "Lead the homepage with task links, with phone number and opening times visible", url: GPW, note: "[S] 80% of patients start a task on the homepage.", related: [ss(4)] },
  { code: "navigation", title: "Keep the main menu to 7 items or fewer, with no sub-menus", url: GPW, note: "[S]", related: [ss(4)] },
  { code: "menu-label", title: 'Label the mobile menu button "Menu", not a bare icon', url: GPW, note: "[S]", related: [ss(4)] },
  { code: "search", title: "Provide a visible search box", url: GPW, note: "[S]", related: [ss(4)] },
  { code: "no-popups", title: "Do not use pop-ups, overlays or interstitials; put time-limited notices inline", url: GPW, note: "[S] 27% of participants who met one got stuck.", related: [ss(4)] },
  { code: "no-overlays", title: "Do not use accessibility widgets, toolbars or overlays", url: GPW, note: "Service manual: widgets cannot make a site compliant or protect from legal action.", related: [ss(5)] },
  { code: "html-not-pdf", title: "Publish content as HTML, not PDFs", url: "https://service-manual.nhs.uk/content/pdfs-and-other-non-html-documents", related: [ss(5), ss(17)] },
  { code: "task-wording", title: 'Use task wording patients understand; avoid jargon such as "online consultation" and "triage"', url: "https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing", related: [ss(4)] },
  { code: "appointments", title: "Appointments page separates urgent and routine routes, with phone, hours and online link together", url: GPW, note: "[S] Also say when patients will hear back and how to request home visits.", related: [ss(3), ss(4)] },
  { code: "urgent-care", title: "Signpost urgent care first (999, A&E, NHS 111)", url: GPW, related: [ss(16), ss(2)] },
  { code: "online-services", title: "Explain online services: the NHS App and the practice online request tool", url: GPW, related: [ss(2), ss(3)] },
  { code: "registration", title: "Explain how to register, the catchment area, and that proof of address or ID is not needed", url: BENCH, note: "[S]", related: [ss(2)] },
  { code: "legal-pages", title: "Provide privacy notice, cookies and consent, and accessibility statement pages", url: BENCH, related: [ss(9), "psbar:reg8-statement"] },
  { code: "plain-english", title: "Write in plain English for a reading age of 9 to 11", url: HW, note: "Sentences under 20 words; paragraphs of at most 3 sentences; active voice.", related: [ss(4), ss(5)] },
  { code: "translation", title: "Help patients whose first language is not English", url: GPPW, related: [ss(5)] },
  { code: "nhs-identity", title: "Use the NHS identity and look so patients trust the site", url: GPW, note: "[S]", related: [ss(13)] },
  { code: "statutory-info", title: "Publish contractual practice information (hours, out of hours, catchment, complaints, named GP, GP earnings, ICB)", url: GPPW, note: '[S] From Oct 2025 also "You and Your General Practice" and online consultation 8am\u20136:30pm weekdays; verify against GMS regulations.' },
  { code: "content-review", title: "Review key pages every 6 months and all content yearly; re-benchmark every 12\u201318 months", url: GPS, note: "[S]", related: [ss(8)] },
  { code: "contact-details", title: "Show contact details: phone, opening hours and address", url: GPW, related: [ss(3)] }
]);
var DTAC_NOTE = "2021 DTAC form wording. NHS England's Feb 2026 DTAC form (25% fewer questions) re-worded section D; re-verify.";
var dtac = (code, title, points, extra = []) => ({
  code,
  title,
  note: DTAC_NOTE,
  related: [...points.map(ss), ...extra]
});
var DTAC = items("dtac", [
  dtac("D1.1", "Do you engage users in the development of the product?", [1]),
  dtac("D1.1.1", "How often do you consider user needs, and what methods do you use to engage users?", [1]),
  dtac("D1.2", "Are all key user journeys mapped so the whole user problem is solved or the fit into the pathway is clear?", [2, 3]),
  dtac("D1.2.1", "Attach the user journeys and/or how the product fits into a user pathway", [2, 3]),
  dtac("D1.3", "Do you undertake user acceptance testing to validate usability?", [4]),
  dtac("D1.3.1", "Attach evidence that user acceptance testing validates usability", [4]),
  dtac("D1.4", "Are you WCAG 2.1 level AA compliant?", [5], ["psbar:reg4"]),
  dtac("D1.4.1", "Provide a link to your published accessibility statement", [5], ["psbar:reg8-statement"]),
  dtac("D1.5", "Does your team contain multidisciplinary skills?", [6]),
  dtac("D1.6", "Do you use agile ways of working to deliver your product?", [7]),
  dtac("D1.7", "Do you continuously develop your product?", [8]),
  dtac("D1.8", "Do you have a benefits case with objectives, measured benefits and tracked metrics?", [10]),
  dtac("D1.9", "Does this product meet the NHS Cloud First Strategy?", [11]),
  dtac("D1.9.1", "Does this product meet the NHS Internet First Policy?", [11]),
  dtac("D1.10", "Are common components and patterns in use?", [13]),
  dtac("D1.10.1", "Which common components and patterns have been used?", [13]),
  dtac("D1.11", "Do you provide a Service Level Agreement to all customers?", [14]),
  dtac("D1.12", "Do you report to customers on support, response times and availability?", [14]),
  dtac("D1.12.1", "Attach a copy of the performance information provided to customers", [14]),
  dtac("D1.12.2", "Average service availability for the past 12 months (percentage, 2 decimal places)", [14])
]);
var INCL_URL = "https://www.england.nhs.uk/long-read/inclusive-digital-healthcare-a-framework-for-nhs-action-on-digital-inclusion/";
var INCLUSION = items("inclusion", [
  { code: "devices-and-data", title: "Devices and data", url: INCL_URL, note: "Framework domain: access to devices and data; usable on all devices the population uses.", related: [ss(5)] },
  { code: "accessibility", title: "Accessibility and ease of use", url: INCL_URL, note: "Framework domain: accessibility and ease of using technology.", related: [ss(5), "psbar:reg4"] },
  { code: "skills", title: "Skills and capability", url: INCL_URL, note: "Framework domain: skills and capability; offer support and non-digital routes.", related: [ss(5)] },
  { code: "trust", title: "Beliefs and trust", url: INCL_URL, note: "Framework domain: beliefs and trust, including trust that data is safe.", related: [ss(9)] },
  { code: "leadership", title: "Leadership and partnerships", url: INCL_URL, note: "Framework domain: leadership and partnerships." }
]);
var STANDARD_FAMILIES = [
  {
    id: "nhs-service-standard",
    name: "NHS service standard",
    source: "NHS service manual, NHS service standard (14 GOV.UK points + 3 health points; point 9 renamed April 2025)",
    url: "https://service-manual.nhs.uk/standards-and-technology/service-standard",
    items: SERVICE_STANDARD
  },
  {
    id: "ais",
    name: "Accessible Information Standard",
    source: "NHS England, DAPB1605 Amd 30/2025 (published 3 Jul 2025; replaces DCB1605 2016/2017)",
    url: AIS_URL,
    items: AIS
  },
  {
    id: "psbar",
    name: "Public Sector Bodies Accessibility Regulations 2018",
    source: "The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, SI 2018/952",
    url: "https://www.legislation.gov.uk/uksi/2018/952/made",
    items: PSBAR
  },
  {
    id: "gp-website",
    name: "NHS England GP website guidance",
    source: 'NHS England, "Creating a highly usable and accessible GP website for patients" (PRN00651 v3), step-by-step guide, practice websites, digital accessibility, benchmarking tool',
    url: GPW,
    items: GP_WEBSITE
  },
  {
    id: "dtac",
    name: "Digital Technology Assessment Criteria (DTAC), D1 Usability and accessibility",
    source: "NHS England / NHSX, DTAC form (launched 23 Feb 2021); section D scored against the NHS service standard",
    url: "https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/",
    note: DTAC_NOTE,
    items: DTAC
  },
  {
    id: "inclusion",
    name: "Inclusive digital healthcare: a framework for NHS action on digital inclusion",
    source: "NHS England, 2023 (five domains)",
    url: INCL_URL,
    items: INCLUSION
  }
];
var ITEM_BY_ID = new Map(STANDARD_FAMILIES.flatMap((f) => f.items.map((i) => [i.id, i])));
var FAMILY_BY_ID = new Map(STANDARD_FAMILIES.map((f) => [f.id, f]));

// src/scorecard.ts
var EVIDENCE_STATUSES = ["supports", "concerns", "not-testable"];
var ScorecardEntrySchema = z3.object({
  id: z3.string().describe("standard id, or wcag:<SC> for a WCAG criterion"),
  family: z3.string(),
  title: z3.string(),
  status: z3.enum(EVIDENCE_STATUSES),
  rules: z3.array(z3.string()).describe("enabled rules that gave evidence (pass, fail or needs-review) for it"),
  fail: z3.number().int(),
  needsReview: z3.number().int(),
  pages: z3.array(z3.string()).describe("pages with findings, at most 20")
});
function buildScorecard(rules, findings) {
  const items2 = [
    ...WCAG_AA_CRITERIA.map((c2) => ({ id: `wcag:${c2.id}`, family: "wcag", title: `${c2.id} ${c2.title} (${c2.level})`, match: (r) => r.wcag.includes(c2.id), matchFinding: (f) => f.wcag.includes(c2.id) })),
    ...STANDARD_FAMILIES.flatMap(
      (fam) => fam.items.map((item) => ({ id: item.id, family: fam.id, title: item.title, match: (r) => r.standards.includes(item.id), matchFinding: (f) => f.standards.includes(item.id) }))
    )
  ];
  return items2.map((item) => {
    const evidence = rules.filter((r) => item.match(r) && (r.counts.pass ?? 0) + (r.counts.fail ?? 0) + (r.counts["needs-review"] ?? 0) > 0);
    const related = findings.filter(item.matchFinding);
    const fail = related.filter((f) => f.outcome === "fail").length;
    const status = evidence.length === 0 ? "not-testable" : fail > 0 ? "concerns" : "supports";
    return {
      id: item.id,
      family: item.family,
      title: item.title,
      status,
      rules: evidence.map((r) => r.id),
      fail,
      needsReview: related.length - fail,
      pages: [...new Set(related.map((f) => f.url))].slice(0, 20)
    };
  });
}

// src/report.ts
var REPORT_SCHEMA_VERSION = "1.0.0";
var PageEntrySchema = z4.object({
  url: z4.string(),
  finalUrl: z4.string().nullable(),
  status: z4.number().int().nullable().describe("HTTP status, or null when there was no answer"),
  outcome: z4.enum(["audited", "error", "skipped"]),
  error: z4.string().nullable().describe("why the page was not audited"),
  depth: z4.number().int().nonnegative(),
  referrer: z4.string().nullable(),
  durationMs: z4.number().nullable()
});
var RuleEntrySchema = z4.object({
  id: z4.string(),
  scope: z4.enum(["page", "site"]),
  title: z4.string(),
  failureTitle: z4.string(),
  description: z4.string(),
  severity: z4.enum(SEVERITIES),
  advisory: z4.boolean(),
  wcag: z4.array(z4.string()),
  standards: z4.array(z4.string()),
  helpUrl: z4.string().nullable(),
  counts: z4.record(z4.enum(OUTCOMES), z4.number().int().nonnegative())
});
var Counts = z4.object({ fail: z4.number().int(), needsReview: z4.number().int() });
var ReportSchema = z4.object({
  $schema: z4.string().optional(),
  schemaVersion: z4.literal(REPORT_SCHEMA_VERSION),
  tool: z4.object({ name: z4.literal("inclusive-audit"), version: z4.string(), axeVersion: z4.string() }),
  startedAt: z4.string(),
  finishedAt: z4.string(),
  durationMs: z4.number(),
  auditDate: z4.string(),
  startUrl: z4.string(),
  startUrls: z4.array(z4.string()),
  settings: z4.object({
    crawl: z4.boolean(),
    maxPages: z4.number(),
    maxDepth: z4.number(),
    concurrency: z4.number(),
    pageTimeoutMs: z4.number(),
    include: z4.array(z4.string()),
    exclude: z4.array(z4.string()),
    respectRobots: z4.boolean(),
    axeTags: z4.array(z4.string())
  }),
  readingAgeConvention: z4.string().describe("how reading ages are derived from US grades"),
  pages: z4.array(PageEntrySchema),
  documents: z4.array(DocumentLinkSchema),
  linkStatuses: z4.array(LinkStatusSchema),
  rules: z4.array(RuleEntrySchema),
  outcomes: z4.array(RuleOutcomeSchema).describe("the outcome of every rule on every audited page, and of site rules"),
  findings: z4.array(FindingSchema),
  summary: z4.object({
    pages: z4.object({ audited: z4.number().int(), error: z4.number().int(), skipped: z4.number().int() }),
    findings: z4.object({ fail: z4.number().int(), needsReview: z4.number().int() }),
    bySeverity: z4.record(z4.enum(SEVERITIES), Counts),
    byStandard: z4.record(z4.string(), Counts),
    byWcag: z4.record(z4.string(), Counts),
    worstPages: z4.array(z4.object({ url: z4.string(), fail: z4.number().int(), needsReview: z4.number().int() }))
  }),
  scorecard: z4.array(ScorecardEntrySchema).describe("for each standard item and WCAG A/AA criterion: supports, concerns or not testable automatically"),
  baseline: z4.object({
    file: z4.string(),
    new: z4.array(z4.string()).describe("fingerprints of findings not in the baseline"),
    fixed: z4.array(z4.object({ fingerprint: z4.string(), ruleId: z4.string(), url: z4.string() })).describe("baseline entries that no longer occur"),
    unchanged: z4.number().int().nonnegative().describe("findings already in the baseline")
  }).optional().describe("set by --baseline: which findings are new and which baseline entries are fixed"),
  gate: z4.object({ passed: z4.boolean(), reasons: z4.array(z4.string()) }).optional().describe("set by the CLI or gate(): whether the findings break the policy")
});
var READING_AGE_CONVENTION = "UK reading age = US school grade + 5 (for example, grade 4 is a reading age of 9).";
function buildReport(input) {
  const finished = /* @__PURE__ */ new Date();
  const zeroCounts = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  const ruleCounts = new Map(input.rules.map((r) => [r.meta.id, zeroCounts()]));
  for (const o of input.outcomes) {
    const c2 = ruleCounts.get(o.ruleId);
    if (c2) c2[o.outcome]++;
  }
  const add = (map, key, f) => {
    const entry = map[key] ??= { fail: 0, needsReview: 0 };
    if (f.outcome === "fail") entry.fail++;
    else entry.needsReview++;
  };
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, { fail: 0, needsReview: 0 }]));
  const byStandard = {};
  const byWcag = {};
  const byPage = {};
  for (const f of input.findings) {
    add(bySeverity, f.severity, f);
    for (const s of f.standards) add(byStandard, s, f);
    for (const w of f.wcag) add(byWcag, w, f);
    add(byPage, f.url, f);
  }
  const worstPages = Object.entries(byPage).map(([url, c2]) => ({ url, ...c2 })).sort((a, b) => b.fail - a.fail || b.needsReview - a.needsReview || a.url.localeCompare(b.url)).slice(0, 10);
  const count = (o) => input.pages.filter((p) => p.outcome === o).length;
  const rules = input.rules.map((r) => ({
    id: r.meta.id,
    scope: r.meta.scope,
    title: r.meta.title,
    failureTitle: r.meta.failureTitle,
    description: r.meta.description,
    severity: r.meta.severity,
    advisory: r.meta.advisory ?? false,
    wcag: [...r.meta.wcag],
    standards: [...r.meta.standards],
    helpUrl: r.meta.helpUrl ?? null,
    counts: ruleCounts.get(r.meta.id) ?? zeroCounts()
  }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "inclusive-audit", version: input.version, axeVersion: input.axeVersion },
    startedAt: input.startedAt.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - input.startedAt.getTime(),
    auditDate: input.auditDate.toISOString().slice(0, 10),
    startUrl: input.startUrls[0] ?? "",
    startUrls: input.startUrls,
    settings: input.settings,
    readingAgeConvention: READING_AGE_CONVENTION,
    pages: input.pages,
    documents: input.documents,
    linkStatuses: input.linkStatuses,
    rules,
    outcomes: input.outcomes,
    findings: input.findings,
    summary: {
      pages: { audited: count("audited"), error: count("error"), skipped: count("skipped") },
      findings: {
        fail: input.findings.filter((f) => f.outcome === "fail").length,
        needsReview: input.findings.filter((f) => f.outcome === "needs-review").length
      },
      bySeverity,
      byStandard,
      byWcag,
      worstPages
    },
    scorecard: buildScorecard(rules, input.findings)
  };
}

// src/readability/syllables.ts
import { syllable } from "syllable";
var OVERRIDES = {
  every: 3,
  everyone: 4,
  everything: 4,
  everybody: 5,
  marriage: 2,
  carriage: 2,
  sunglasses: 3,
  business: 2,
  different: 3,
  evening: 2,
  several: 3,
  interesting: 4
};
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 5e4;
function countSyllables(word) {
  const key = word.toLowerCase();
  let n = cache.get(key);
  if (n !== void 0) return n;
  n = OVERRIDES[key] ?? (/^[\p{N}.,:/]+$/u.test(key) ? 1 : Math.max(1, key.split("-").reduce((sum, part) => sum + (part ? OVERRIDES[part] ?? syllable(part) : 0), 0)));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, n);
  return n;
}

// src/readability/scores.ts
function emptyCounts() {
  return { sentences: 0, words: 0, syllables: 0, polysyllables: 0, complexWords: 0, letters: 0, characters: 0 };
}
function addCounts(a, b) {
  const out = { ...a };
  for (const k of Object.keys(out)) out[k] += b[k];
  return out;
}
function scores(c2) {
  if (!c2.words || !c2.sentences) {
    return { fleschReadingEase: 0, fleschKincaidGrade: 0, smog: 0, gunningFog: 0, colemanLiau: 0, automatedReadabilityIndex: 0 };
  }
  const wps = c2.words / c2.sentences;
  const spw = c2.syllables / c2.words;
  return {
    fleschReadingEase: 206.835 - 1.015 * wps - 84.6 * spw,
    fleschKincaidGrade: 0.39 * wps + 11.8 * spw - 15.59,
    // McLaughlin's SMOG, normalised to 30 sentences. It is designed for 30 sentences or more.
    smog: 1.043 * Math.sqrt(c2.polysyllables * 30 / c2.sentences) + 3.1291,
    gunningFog: 0.4 * (wps + 100 * c2.complexWords / c2.words),
    colemanLiau: 0.0588 * (100 * c2.letters / c2.words) - 0.296 * (100 * c2.sentences / c2.words) - 15.8,
    automatedReadabilityIndex: 4.71 * (c2.characters / c2.words) + 0.5 * wps - 21.43
  };
}

// src/readability/tokenise.ts
var TITLES = /* @__PURE__ */ new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "st", "rev", "sr", "jr", "sgt", "capt", "hon"]);
var INNER = /* @__PURE__ */ new Set(["e.g", "eg", "i.e", "ie", "approx", "vs", "v", "cf", "incl", "inc", "ref", "tel", "no", "nos", "dept", "fig", "ca", "c", "mins", "hrs", "wk", "wks", "ft", "oz", "lb", "lbs", "ext", "nb", "n.b", "p", "pp", "viz"]);
var BULLET = /^\s*(?:[•·▪●◦‣∙*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;
var SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
var OPENERS = /^["'“‘(\[]+/;
var CLOSERS = /["'”’)\]]+$/;
function normalise(text) {
  return text.replace(/\r\n?/g, "\n").replace(SPACES, " ").replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00ad/g, "");
}
function words(text) {
  const out = [];
  for (const token of text.split(/[\s\u2014\u2013]+|--+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word && /[\p{L}\p{N}]/u.test(word)) out.push(word);
  }
  return out;
}
function chunks(text) {
  const out = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const bullet = BULLET.test(raw);
    const line = raw.replace(BULLET, "").trim();
    if (!line) {
      if (current) out.push(current);
      current = "";
      continue;
    }
    const opensNew = bullet || /^\P{Ll}/u.test(line.replace(OPENERS, ""));
    if (current && opensNew) {
      out.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
function endsSentence(token, next) {
  const bare = token.replace(CLOSERS, "");
  if (!/[.!?…]$/.test(bare)) return false;
  if (next === void 0) return true;
  const nextStart = next.replace(OPENERS, "");
  if (/^\p{Ll}/u.test(nextStart)) return false;
  if (/[!?…]$/.test(bare) || /\.\.$/.test(bare)) return true;
  const stem = bare.replace(OPENERS, "").slice(0, -1).toLowerCase();
  if (TITLES.has(stem) || INNER.has(stem)) return false;
  if (/^\p{L}$/u.test(stem) && stem !== "i") return false;
  return true;
}
function splitChunk(chunk) {
  const tokens = chunk.replace(/([!?]+)(?=\p{Lu})/gu, "$1 ").split(/ +/).filter(Boolean);
  const sentences2 = [];
  let current = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(token, tokens[i + 1])) {
      sentences2.push(current);
      current = [];
    }
  });
  if (current.length) sentences2.push(current);
  return sentences2;
}
function sentences(text) {
  const out = [];
  for (const chunk of chunks(normalise(text))) {
    for (const tokens of splitChunk(chunk)) {
      const sentenceText = tokens.join(" ");
      const ws = words(sentenceText);
      if (!ws.length) continue;
      const last = out[out.length - 1];
      if (ws.length <= 2 && last) {
        last.text += ` ${sentenceText}`;
        last.words.push(...ws);
      } else out.push({ text: sentenceText, words: ws });
    }
  }
  if (out.length > 1 && out[0].words.length <= 2) {
    const [first, second] = out;
    out.splice(0, 2, { text: `${first.text} ${second.text}`, words: [...first.words, ...second.words] });
  }
  return out;
}

// src/readability/index.ts
var READING_AGE_OFFSET = 5;
var age = (grade) => Math.max(0, grade) + READING_AGE_OFFSET;
function countSentences(list) {
  const c2 = emptyCounts();
  c2.sentences = list.length;
  for (const s of list) {
    s.words.forEach((word, i) => {
      const info = wordInfo(word);
      c2.words += 1;
      c2.syllables += info.syllables;
      c2.letters += info.letters;
      c2.characters += info.characters;
      if (info.syllables >= 3) {
        c2.polysyllables += 1;
        if (info.complex && !(i > 0 && info.capitalised)) c2.complexWords += 1;
      }
    });
  }
  return c2;
}
var infoCache = /* @__PURE__ */ new Map();
function wordInfo(word) {
  let info = infoCache.get(word);
  if (info) return info;
  const syllables = countSyllables(word);
  const letters = word.replace(/[^\p{L}]/gu, "").length;
  const stem = word.replace(/(?:es|ed|ing)$/i, "");
  info = {
    syllables,
    letters,
    characters: letters + word.replace(/[^\p{N}]/gu, "").length,
    capitalised: /^\p{Lu}/u.test(word),
    complex: syllables >= 3 && !word.includes("-") && (stem === word || countSyllables(stem) >= 3)
  };
  if (infoCache.size >= 5e4) infoCache.clear();
  infoCache.set(word, info);
  return info;
}
function resultFromCounts(counts, longest = null) {
  const s = scores(counts);
  const has = counts.words > 0;
  return {
    counts,
    scores: s,
    readingAge: has ? age(s.fleschKincaidGrade) : null,
    readingAges: has ? { fleschKincaid: age(s.fleschKincaidGrade), smog: age(s.smog), gunningFog: age(s.gunningFog), colemanLiau: age(s.colemanLiau), automatedReadabilityIndex: age(s.automatedReadabilityIndex) } : null,
    wordsPerSentence: has ? counts.words / counts.sentences : 0,
    syllablesPerWord: has ? counts.syllables / counts.words : 0,
    longestSentence: longest,
    convention: READING_AGE_CONVENTION
  };
}
function longestOf(list) {
  let best;
  for (const s of list) if (!best || s.words.length > best.words.length) best = s;
  return best ? { text: best.text, words: best.words.length } : null;
}
function isEnglish(lang) {
  return !lang || /^en(?:-|$)/i.test(lang.trim());
}
var DEFAULT_EXCLUDED = ["heading", "cell", "control"];
function readabilityOfBlocks(blocks, options = {}) {
  const excluded = new Set(options.excludeKinds ?? DEFAULT_EXCLUDED);
  let total = emptyCounts();
  let longest = null;
  let skippedNotEnglish = 0;
  const out = [];
  for (const block of blocks) {
    if (!isEnglish(block.lang ?? options.lang)) {
      skippedNotEnglish += 1;
      continue;
    }
    const list = sentences(block.text);
    const counts = countSentences(list);
    const blockLongest = longestOf(list);
    const scored = !excluded.has(block.kind ?? "other") && counts.words > 0;
    if (scored) {
      total = addCounts(total, counts);
      if (blockLongest && (!longest || blockLongest.words > longest.words)) longest = blockLongest;
    }
    out.push({ selector: block.selector ?? null, kind: block.kind ?? null, scored, result: resultFromCounts(counts, blockLongest) });
  }
  const min = options.hotspotMinWords ?? 20;
  const hotspots = out.filter((b) => b.scored && b.result.counts.words >= min).sort((a, b) => b.result.scores.fleschKincaidGrade - a.result.scores.fleschKincaidGrade).slice(0, options.hotspots ?? 3).map((b) => ({
    selector: b.selector,
    excerpt: shorten(b.result.longestSentence?.text ?? "", 120),
    words: b.result.counts.words,
    readingAge: b.result.readingAge ?? READING_AGE_OFFSET,
    fleschKincaidGrade: b.result.scores.fleschKincaidGrade
  }));
  return { page: resultFromCounts(total, longest), blocks: out, hotspots, skippedNotEnglish };
}
function shorten(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max / 2 ? cut.lastIndexOf(" ") : cut.length)}\u2026`;
}

// rules/content/content-blocks.ts
var PLAIN_LANGUAGE_STANDARDS = ["nhs-service-standard:4", "nhs-service-standard:5", "gp-website:plain-english", "inclusion:skills"];
function englishBlocks(main) {
  return main.blocks.filter((b) => isEnglish(b.lang ?? main.lang));
}
function isProse(block) {
  return block.kind === "paragraph" || block.kind === "list-item" || block.kind === "quote" || block.kind === "other";
}
function quote(text, max = 160) {
  return shorten(text.replace(/\s+/g, " ").trim(), max);
}

// rules/content/italic-passages.ts
var Options = z5.object({
  /** An italic block with this many words or more is a long italic passage. */
  minWords: z5.number().int().min(1).default(20)
});
var italic_passages_default = definePageRule({
  meta: {
    id: "italic-passages",
    severity: "minor",
    title: "Long passages are not in italics",
    failureTitle: "Some long passages are in italics",
    description: "Italic text is harder to read, especially for people with dyslexia or low vision. The NHS and GOV.UK style guides say not to use italics.",
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    options: Options,
    messages: {
      italic: 'This passage of {{words}} words is in italics: "{{start}}". Use normal text. To make it stand out, use a heading or an inset box.'
    }
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return "inapplicable";
    for (const block of blocks) {
      if (!block.italic) continue;
      const count = words(block.text).length;
      if (count >= ctx.options.minWords) ctx.report({ messageId: "italic", selector: block.selector, data: { words: count, start: quote(block.text, 80) } });
    }
  }
});

// rules/content/paragraph-length.ts
import { z as z6 } from "zod";
var Options2 = z6.object({
  /** NHS: paragraphs of up to 3 sentences. A paragraph with this many gets a review finding. */
  reviewAt: z6.number().int().min(2).default(4),
  /** A paragraph with this many sentences or more fails. */
  failAt: z6.number().int().min(2).default(5)
});
var paragraph_length_default = definePageRule({
  meta: {
    id: "paragraph-length",
    severity: "minor",
    title: "Paragraphs are short",
    failureTitle: "Some paragraphs are too long",
    description: "People scan web pages. Long paragraphs look like a wall of text, and people with low literacy, dyslexia or poor concentration may give up. The NHS asks for paragraphs of up to 3 sentences.",
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    options: Options2,
    messages: {
      tooLong: 'This paragraph has {{count}} sentences. It starts: "{{start}}". Keep paragraphs to 3 sentences or fewer. Split it up, or use a list.'
    }
  },
  check({ MainText }, ctx) {
    const paragraphs = englishBlocks(MainText).filter((b) => b.kind === "paragraph");
    if (!paragraphs.length) return "inapplicable";
    for (const p of paragraphs) {
      const count = sentences(p.text).length;
      if (count < ctx.options.reviewAt) continue;
      ctx.report({
        messageId: "tooLong",
        selector: p.selector,
        outcome: count >= ctx.options.failAt ? "fail" : "needs-review",
        data: { count, start: quote(p.text, 80) }
      });
    }
  }
});

// rules/content/reading-age.ts
import { z as z7 } from "zod";
var Options3 = z7.object({
  /** NHS target: a reading age of 9 to 11. Text above this gets a finding. */
  targetAge: z7.number().min(5).max(40).default(11),
  /** NHS upper limit for complex medical content: 11 to 14. */
  limitAge: z7.number().min(5).max(40).default(14),
  /** Fail text above limitAge instead of asking for review. Off: the NHS advises using scores to prioritise. */
  failOverLimit: z7.boolean().default(false),
  /** Text with fewer words gives unstable scores, so it is not scored. */
  minWords: z7.number().int().min(1).default(100),
  /** Which grade formula gives the age (grade + 5). */
  formula: z7.enum(["fleschKincaid", "smog"]).default("fleschKincaid")
});
var round = (n) => Math.round(n * 10) / 10;
var reading_age_default = definePageRule({
  meta: {
    id: "reading-age",
    severity: "moderate",
    advisory: true,
    title: "Main content has a reading age the NHS recommends",
    failureTitle: "Main content is harder to read than the NHS recommends",
    description: "More than 4 in 10 adults in England struggle to understand health information written for the public. The NHS aims for a reading age of 9 to 11, and 11 to 14 for complex medical information. Readability scores help you find the pages to work on first.",
    wcag: ["3.1.5"],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    options: Options3,
    messages: {
      pageHard: "The main content has a reading age of about {{age}} ({{words}} words). The NHS aims for 9 to 11, or up to 14 for complex medical information. Use shorter sentences and everyday words.",
      blockHard: 'This passage has a reading age of about {{age}} ({{words}} words). The NHS aims for 9 to 11. Its longest sentence is: "{{sentence}}". Split long sentences and use everyday words.'
    }
  },
  check({ MainText }, ctx) {
    const o = ctx.options;
    const blocks = englishBlocks(MainText);
    const scored = readabilityOfBlocks(blocks, { lang: MainText.lang });
    const ageOf = (r) => round((o.formula === "smog" ? r.readingAges?.smog : r.readingAges?.fleschKincaid) ?? 0);
    const outcome = (age2) => o.failOverLimit && age2 > o.limitAge ? "fail" : "needs-review";
    let judged = false;
    if (scored.page.counts.words >= o.minWords) {
      judged = true;
      const age2 = ageOf(scored.page);
      if (age2 > o.targetAge) {
        ctx.report({ messageId: "pageHard", selector: MainText.root, outcome: outcome(age2), data: { age: age2, words: scored.page.counts.words } });
      }
    }
    for (const block of scored.blocks) {
      if (!block.scored || block.result.counts.words < o.minWords) continue;
      judged = true;
      const age2 = ageOf(block.result);
      if (age2 <= o.targetAge) continue;
      const sentence = block.result.longestSentence?.text ?? "";
      ctx.report({
        messageId: "blockHard",
        selector: block.selector,
        outcome: outcome(age2),
        data: { age: age2, words: block.result.counts.words, sentence: quote(sentence) }
      });
    }
    return judged ? void 0 : "inapplicable";
  }
});

// rules/content/sentence-length.ts
import { z as z8 } from "zod";
var Options4 = z8.object({
  /** NHS: sentences of up to 20 words. Longer ones get a review finding. */
  reviewAbove: z8.number().int().min(1).default(20),
  /** GOV.UK's limit: sentences of more than 25 words fail. */
  failAbove: z8.number().int().min(1).default(25)
});
var sentence_length_default = definePageRule({
  meta: {
    id: "sentence-length",
    severity: "moderate",
    title: "Sentences are short",
    failureTitle: "Some sentences are too long",
    description: "Long sentences are hard to follow, especially for people with low literacy, a learning disability or English as a second language, and for anyone who is anxious or unwell. The NHS asks for sentences of up to 20 words.",
    wcag: ["3.1.5"],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    options: Options4,
    messages: {
      tooLong: 'This sentence has {{words}} words (sentences in this block average {{mean}}): "{{sentence}}". Keep sentences to 20 words or fewer. Split it into shorter sentences.',
      longish: 'This sentence has {{words}} words: "{{sentence}}". The NHS asks for sentences of up to 20 words. Think about splitting it.'
    }
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText).filter(isProse);
    if (!blocks.length) return "inapplicable";
    for (const block of blocks) {
      const list = sentences(block.text);
      if (!list.length) continue;
      const longest = list.reduce((a, b) => b.words.length > a.words.length ? b : a);
      const words2 = longest.words.length;
      if (words2 <= ctx.options.reviewAbove) continue;
      const mean = Math.round(list.reduce((n, s) => n + s.words.length, 0) / list.length * 10) / 10;
      const data = { words: words2, mean, sentence: quote(longest.text, 200) };
      if (words2 > ctx.options.failAbove) ctx.report({ messageId: "tooLong", selector: block.selector, outcome: "fail", data });
      else ctx.report({ messageId: "longish", selector: block.selector, outcome: "needs-review", data });
    }
  }
});

// rules/content/text-in-capitals.ts
import { z as z9 } from "zod";
var Options5 = z9.object({
  /** This many capitalised words in a row is a passage in capitals. Shorter runs are usually acronyms. */
  minWords: z9.number().int().min(2).default(4)
});
var isCapitals = (w) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w) && w.replace(/[^\p{L}]/gu, "").length >= 1;
var text_in_capitals_default = definePageRule({
  meta: {
    id: "text-in-capitals",
    severity: "minor",
    title: "Text is not written in capitals",
    failureTitle: "Some text is written in capitals",
    description: "Text in capital letters is harder to read, because words lose their shape. People with dyslexia or low vision find it harder still, and some screen readers spell it out letter by letter. It can also read as shouting.",
    wcag: [],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    options: Options5,
    messages: {
      capitals: 'This text is in capitals: "{{text}}". Use normal sentence case. To make something stand out, use a heading or an inset box.'
    }
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return "inapplicable";
    for (const block of blocks) {
      let run = [];
      let longest = [];
      for (const w of words(block.text)) {
        if (isCapitals(w) && /\p{L}{2,}/u.test(w) || run.length && isCapitals(w)) run.push(w);
        else run = [];
        if (run.length > longest.length) longest = [...run];
      }
      if (longest.length >= ctx.options.minWords && longest.some((w) => w.replace(/[^\p{L}]/gu, "").length >= 5)) {
        ctx.report({ messageId: "capitals", selector: block.selector, data: { text: quote(longest.join(" "), 100) } });
      }
    }
  }
});

// src/readability/find-terms.ts
var compiled = /* @__PURE__ */ new Map();
function patternFor(forms) {
  const key = forms.join("\0");
  let re = compiled.get(key);
  if (!re) {
    const alts = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['\u2019]").replace(/ /g, "\\s+"));
    re = new RegExp(`(?<![\\p{L}\\p{N}&'\u2019-])(?:${alts.join("|")})(?![\\p{L}\\p{N}&]|-\\p{L}|['\u2019]\\p{L})`, "giu");
    compiled.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
function findTerm(text, forms) {
  const out = [];
  const re = patternFor(forms);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ found: m[0], index: m.index, context: contextAround(text, m.index, m[0].length) });
  return out;
}
function hasTerm(text, forms) {
  return patternFor(forms).test(text);
}
function contextAround(text, index, length, reach = 60) {
  let start = Math.max(0, index - reach);
  let end = Math.min(text.length, index + length + reach);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > index + length ? text.lastIndexOf(" ", end) : end;
  const squashed = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "\u2026" : ""}${squashed}${end < text.length ? "\u2026" : ""}`;
}

// src/readability/medical-terms.ts
var MEDICAL_TERMS = [
  { term: "haemorrhoids", forms: ["hemorrhoids"], glosses: ["piles"] },
  { term: "hypertension", glosses: ["high blood pressure"] },
  { term: "hypotension", glosses: ["low blood pressure"] },
  { term: "myocardial infarction", glosses: ["heart attack"] },
  { term: "cerebrovascular accident", glosses: ["stroke"] },
  { term: "dyspnoea", forms: ["dyspnea"], glosses: ["breathless", "short of breath", "shortness of breath"] },
  { term: "pyrexia", glosses: ["high temperature", "fever"] },
  { term: "analgesia", forms: ["analgesic", "analgesics"], glosses: ["painkiller", "painkillers", "pain relief"] },
  { term: "oedema", forms: ["edema"], glosses: ["swelling", "swollen"] },
  { term: "dysphagia", glosses: ["difficulty swallowing", "problems swallowing", "trouble swallowing"] },
  { term: "pruritus", glosses: ["itching", "itchy"] },
  { term: "gastroenteritis", glosses: ["stomach bug", "diarrhoea and vomiting", "sickness bug"] },
  { term: "emesis", glosses: ["vomiting", "being sick"] },
  { term: "otitis media", glosses: ["ear infection"] },
  { term: "conjunctivitis", glosses: ["red eye", "pink eye", "sticky eye", "eye infection"] },
  { term: "varicella", glosses: ["chickenpox"] },
  { term: "pertussis", glosses: ["whooping cough"] },
  { term: "rubella", glosses: ["german measles"] },
  { term: "influenza", glosses: ["flu"] },
  { term: "pharyngitis", glosses: ["sore throat"] },
  { term: "cystitis", glosses: ["bladder infection", "water infection"] },
  { term: "urinary tract infection", glosses: ["uti", "water infection", "bladder infection"] },
  { term: "renal", glosses: ["kidney", "kidneys"] },
  { term: "hepatic", glosses: ["liver"] },
  { term: "cardiac", glosses: ["heart"] },
  { term: "pulmonary", glosses: ["lung", "lungs"] },
  { term: "dermatitis", glosses: ["eczema", "skin"] },
  { term: "alopecia", glosses: ["hair loss"] },
  { term: "insomnia", glosses: ["cannot sleep", "trouble sleeping", "problems sleeping", "difficulty sleeping"] },
  { term: "syncope", glosses: ["fainting", "faint"] },
  { term: "vertigo", glosses: ["dizzy", "dizziness", "spinning"] },
  { term: "contraception", glosses: ["birth control", "the pill", "condoms", "stop you getting pregnant", "prevent pregnancy"] },
  { term: "phlebotomy", glosses: ["blood test", "blood tests"] },
  { term: "immunisation", forms: ["immunisations", "immunization", "immunizations"], glosses: ["vaccine", "vaccines", "vaccination", "vaccinations", "jab", "jabs"] },
  { term: "cervical screening", glosses: ["smear test", "smear"] },
  { term: "fracture", forms: ["fractures", "fractured"], glosses: ["broken", "break"] },
  { term: "laceration", forms: ["lacerations"], glosses: ["cut", "cuts"] },
  { term: "contusion", forms: ["contusions"], glosses: ["bruise", "bruises", "bruising"] },
  { term: "benign", glosses: ["not cancer", "not cancerous", "harmless"] },
  { term: "malignant", glosses: ["cancer", "cancerous"] },
  { term: "symptomatology", glosses: ["symptoms"] },
  { term: "comorbidity", forms: ["comorbidities"], glosses: ["other conditions", "other health conditions", "another condition"] },
  { term: "acute", glosses: ["sudden", "short-term", "urgent"] },
  { term: "chronic", glosses: ["long-term", "long-lasting", "long lasting"] }
];

// rules/content/unexplained-medical-terms.ts
var unexplained_medical_terms_default = definePageRule({
  meta: {
    id: "unexplained-medical-terms",
    severity: "minor",
    advisory: true,
    title: "Medical words are explained",
    failureTitle: "Some medical words are not explained",
    description: 'Many patients do not know medical words such as "haemorrhoids" or "hypertension". The NHS puts the plain word first and the medical word after it, for example "piles (haemorrhoids)", so everyone understands and people can still search for the medical word.',
    wcag: ["3.1.3"],
    standards: PLAIN_LANGUAGE_STANDARDS,
    requires: ["MainText"],
    messages: {
      unexplained: 'This uses the medical word "{{found}}" with no plain word near it: "{{context}}". Put the plain word first, then the medical word in brackets, for example "{{gloss}} ({{term}})".'
    }
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return "inapplicable";
    const reported = /* @__PURE__ */ new Set();
    blocks.forEach((block, i) => {
      const nearby = [blocks[i - 1]?.text ?? "", block.text, blocks[i + 1]?.text ?? ""].join("\n");
      for (const t of MEDICAL_TERMS) {
        if (reported.has(t.term)) continue;
        const match = findTerm(block.text, [t.term, ...t.forms ?? []])[0];
        if (!match || hasTerm(nearby, t.glosses)) continue;
        reported.add(t.term);
        ctx.report({ messageId: "unexplained", selector: block.selector, data: { found: match.found, context: match.context, term: t.term, gloss: t.glosses[0] } });
      }
    });
  }
});

// rules/content/words-to-avoid.ts
import { z as z10 } from "zod";

// src/readability/word-lists.ts
var NHS_A_TO_Z = {
  id: "nhs-a-to-z",
  name: "NHS A to Z of health writing",
  source: "https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing",
  entries: [
    { term: "clinician", forms: ["clinicians"], instead: "doctor, nurse or other healthcare professional" },
    { term: "occur", forms: ["occurs", "occurred", "occurring"], instead: "happen" },
    { term: "etc", instead: '"for example" or "such as"' },
    { term: "incurable", instead: "cannot be cured" },
    { term: "haemorrhage", forms: ["hemorrhage", "haemorrhages"], instead: "very heavy bleed" },
    { term: "renal", instead: "kidney" },
    { term: "medication", forms: ["medications"], instead: "medicine" },
    { term: "medical record", forms: ["medical records"], instead: "health record" },
    { term: "prognosis", instead: "outlook" },
    { term: "nausea", instead: "feeling sick" },
    { term: "fever", instead: "high temperature" },
    { term: "risk", forms: ["risks"], instead: "chance", review: true },
    { term: "chemist", forms: ["chemists"], instead: "pharmacy" },
    { term: "telephone", instead: "phone" },
    { term: "ring", instead: "call", review: true },
    { term: "dial", instead: "call" },
    { term: "normally", instead: "usually" },
    { term: "persist", forms: ["persists", "persistent"], instead: "carry on" },
    { term: "service user", forms: ["service users"], instead: "people" },
    { term: "BAME", forms: ["BME"], instead: "ethnic minorities" },
    { term: "passed away", instead: "died" },
    { term: "wee", instead: "pee" },
    { term: "sign in", instead: "log in", review: true },
    { term: "can't", instead: "cannot" },
    { term: "don't", instead: "do not" },
    { term: "hospital setting", instead: "hospital" },
    { term: "perinatal", instead: "during pregnancy and after birth" },
    { term: "sanitary products", instead: "period products" }
  ]
};
var GDS_WORDS_TO_AVOID = {
  id: "gds-words-to-avoid",
  name: "GOV.UK words to avoid",
  source: "https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#words-to-avoid",
  entries: [
    { term: "agenda", instead: "plan", review: true },
    { term: "advancing", instead: "say what you are actually doing" },
    { term: "collaborate", forms: ["collaborating"], instead: "work with" },
    { term: "pledge", instead: "say what you will do", review: true },
    { term: "deploy", forms: ["deploying"], instead: "use or put into place" },
    { term: "dialogue", instead: "talk or discussion" },
    { term: "incentivise", forms: ["disincentivise", "incentivize"], instead: "say what you are doing to encourage people" },
    { term: "empower", forms: ["empowering", "empowers"], instead: "allow or give permission" },
    { term: "facilitate", forms: ["facilitates", "facilitating"], instead: "say what you are doing to help" },
    { term: "foster", forms: ["fostering"], instead: "encourage or help", review: true },
    { term: "initiate", forms: ["initiates"], instead: "start" },
    { term: "leverage", instead: "use or influence" },
    { term: "liaise", forms: ["liaising"], instead: "work with" },
    { term: "overarching", instead: "main" },
    { term: "robust", instead: "say what makes it strong" },
    { term: "slimming down", instead: "removing or cutting" },
    { term: "streamline", forms: ["streamlining"], instead: "simplify" },
    { term: "tackling", forms: ["tackle"], instead: "stopping, solving or dealing with" },
    { term: "transforming", forms: ["transform"], instead: "say what you are changing and how" },
    { term: "utilise", forms: ["utilize", "utilised", "utilises", "utilising"], instead: "use" },
    { term: "going forward", instead: '"from now on" or "in future"' },
    { term: "drive out", instead: "stop or remove" },
    { term: "key", instead: "important or significant (unless it is a real key)", review: true },
    { term: "impact", forms: ["impacts", "impacted"], instead: "effect or affect", review: true },
    { term: "promote", instead: "recommend or support", review: true },
    { term: "strengthening", instead: "say what you are doing", review: true }
  ]
};
var GP_TASK_TERMS = {
  id: "gp-task-terms",
  name: "NHS England GP website guidance: task words patients misunderstand",
  source: "https://www.england.nhs.uk/long-read/creating-a-highly-usable-and-accessible-gp-website-for-patients/",
  entries: [
    { term: "online consultation", forms: ["online consultations", "eConsultation", "e-consultation", "e-consult"], instead: 'say what the patient does, for example "contact us online" or "use our online form"' },
    { term: "eConsult", instead: 'say what the patient does, for example "contact us online" (name the tool after)' },
    { term: "triage", forms: ["triaged", "triaging"], instead: 'say what happens, for example "a GP will read your request and decide what to do"' },
    { term: "secure message", forms: ["secure messages", "secure messaging"], instead: "text message, email or NHS App message" }
  ]
};
var WORD_LISTS = [NHS_A_TO_Z, GDS_WORDS_TO_AVOID, GP_TASK_TERMS];

// rules/content/words-to-avoid.ts
var Options6 = z10.object({
  /** Which lists to use. */
  lists: z10.array(z10.enum(["nhs-a-to-z", "gds-words-to-avoid", "gp-task-terms"])).default(["nhs-a-to-z", "gds-words-to-avoid", "gp-task-terms"]),
  /** Terms to allow on this site, for example "key" on a page about key safes. */
  allow: z10.array(z10.string()).default([])
});
var MESSAGE_FOR = {
  "nhs-a-to-z": "nhsWord",
  "gds-words-to-avoid": "gdsWord",
  "gp-task-terms": "taskWord"
};
var words_to_avoid_default = definePageRule({
  meta: {
    id: "words-to-avoid",
    severity: "moderate",
    title: "Content uses plain words",
    failureTitle: "Content uses words that many people find hard",
    description: 'Medical and official words make people stop, guess or give up. Patients often do not know what "triage" or "online consultation" means, so they cannot find how to get help. Plain words work for everyone, including experts.',
    wcag: ["3.1.3"],
    standards: [...PLAIN_LANGUAGE_STANDARDS, "gp-website:task-wording"],
    requires: ["MainText"],
    options: Options6,
    messages: {
      nhsWord: 'This says "{{found}}": "{{context}}". The NHS A to Z of health writing says to avoid it. Use "{{instead}}" instead.',
      gdsWord: 'This says "{{found}}": "{{context}}". GOV.UK lists it as a word to avoid, because it is vague. Use {{instead}}.',
      taskWord: `This says "{{found}}": "{{context}}". NHS England's GP website guidance says patients often do not understand it. Instead, {{instead}}.`
    }
  },
  check({ MainText }, ctx) {
    const blocks = englishBlocks(MainText);
    if (!blocks.length) return "inapplicable";
    const allow = new Set(ctx.options.allow.map((a) => a.toLowerCase()));
    const lists = WORD_LISTS.filter((l) => ctx.options.lists.includes(l.id));
    for (const block of blocks) {
      for (const list of lists) {
        for (const entry of list.entries) {
          if (allow.has(entry.term.toLowerCase())) continue;
          const match = findTerm(block.text, [entry.term, ...entry.forms ?? []])[0];
          if (!match) continue;
          ctx.report({
            messageId: MESSAGE_FOR[list.id],
            selector: block.selector,
            outcome: entry.review ? "needs-review" : "fail",
            severity: list.id === "gp-task-terms" ? "serious" : entry.review ? "minor" : "moderate",
            data: { found: match.found, context: match.context, instead: entry.instead, list: list.name }
          });
        }
      }
    }
  }
});

// rules/content/index.ts
var contentRules = [reading_age_default, sentence_length_default, paragraph_length_default, words_to_avoid_default, text_in_capitals_default, italic_passages_default, unexplained_medical_terms_default];

// rules/data/content-without-javascript.ts
import { z as z11 } from "zod";
var content_without_javascript_default = definePageRule({
  meta: {
    id: "content-without-javascript",
    severity: "moderate",
    defaultOff: true,
    title: "The main content and menu work without JavaScript",
    failureTitle: "The main content or menu needs JavaScript",
    description: "JavaScript fails more often than people think: on old phones, slow connections, or when a script is blocked. If the main content or menu needs it, those patients see an empty page.",
    wcag: [],
    standards: ["nhs-service-standard:5", "nhs-service-standard:14", "inclusion:devices-and-data"],
    requires: ["NoScript", "MainText", "Links"],
    options: z11.object({
      /** Share of the main text that must still be there without JavaScript. */
      minShare: z11.number().min(0).max(1).default(0.25),
      /** Pages with less main text than this are not judged. */
      minChars: z11.number().int().nonnegative().default(200)
    }),
    messages: {
      contentMissing: "Without JavaScript, this page shows {{without}} characters of main content instead of {{with}}. Put the main content in the HTML the server sends, and use JavaScript only to improve it.",
      navMissing: "Without JavaScript, the page has no visible menu links (it has {{with}} with JavaScript). Make the menu work as plain links, and use JavaScript only to improve it."
    }
  },
  check({ NoScript, MainText, Links }, ctx) {
    const withJs = MainText.blocks.reduce((n, b) => n + b.text.length, 0);
    const navWithJs = Links.filter((l) => l.region === "nav" && l.visible).length;
    if (withJs < ctx.options.minChars && navWithJs === 0) return "inapplicable";
    if (withJs >= ctx.options.minChars && NoScript.mainTextLength < withJs * ctx.options.minShare) {
      ctx.report({ messageId: "contentMissing", data: { without: NoScript.mainTextLength, with: withJs } });
    }
    if (navWithJs >= 2 && NoScript.navLinks === 0) ctx.report({ messageId: "navMissing", data: { with: navWithJs } });
  }
});

// rules/data/oversized-images.ts
import { z as z12 } from "zod";

// rules/data/data-cost.ts
var SLOW_3G_BITS_PER_SECOND = 4e5;
function megabytes(bytes) {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function slow3gTime(bytes) {
  const seconds = Math.round(bytes * 8 / SLOW_3G_BITS_PER_SECOND);
  if (seconds < 90) return `about ${Math.max(1, seconds)} second${seconds === 1 ? "" : "s"}`;
  return `about ${Math.round(seconds / 60)} minutes`;
}
function isThirdParty(resourceUrl, pageUrl) {
  let a, b;
  try {
    a = new URL(resourceUrl).hostname.replace(/^www\./, "");
    b = new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return false;
  }
  return a !== b && !a.endsWith(`.${b}`) && !b.endsWith(`.${a}`);
}

// rules/data/oversized-images.ts
var oversized_images_default = definePageRule({
  meta: {
    id: "oversized-images",
    severity: "minor",
    advisory: true,
    title: "Images are no bigger than they need to be",
    failureTitle: "Some images are much bigger than they are shown",
    description: "A photo that is far bigger than it appears on screen makes the page slow and uses up data, which costs patients on pay-as-you-go plans.",
    wcag: [],
    standards: ["nhs-service-standard:5", "inclusion:devices-and-data"],
    requires: ["Images", "Http"],
    options: z12.object({
      /** Natural size over shown size, in both width and height. */
      ratio: z12.number().positive().default(2),
      /** Only images that transferred more than this, when the size is known. */
      minBytes: z12.number().int().nonnegative().default(1e5)
    }),
    messages: {
      oversized: "This image is {{naturalWidth}} by {{naturalHeight}} pixels ({{size}}) but is shown at {{width}} by {{height}}. Save a smaller copy, about twice the shown size at most, or use srcset."
    }
  },
  check({ Images, Http }, ctx) {
    const shown = Images.filter((i) => i.visible && i.width > 0 && i.height > 0 && i.naturalWidth > 0 && !/\.svg(\?|#|$)/i.test(i.src));
    if (shown.length === 0) return "inapplicable";
    const bytesOf = new Map(Http.resources.map((r) => [r.url, r]));
    for (const img of shown) {
      if (img.naturalWidth <= img.width * ctx.options.ratio || img.naturalHeight <= img.height * ctx.options.ratio) continue;
      const res2 = bytesOf.get(img.src);
      if (res2?.mimeType === "image/svg+xml") continue;
      const bytes = res2 && res2.bytes > 0 ? res2.bytes : null;
      if (bytes !== null && bytes < ctx.options.minBytes) continue;
      ctx.report({
        messageId: "oversized",
        selector: img.selector,
        data: { naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, width: img.width, height: img.height, size: bytes === null ? "size unknown" : megabytes(bytes) }
      });
    }
  }
});

// rules/data/page-weight.ts
import { z as z13 } from "zod";
var page_weight_default = definePageRule({
  meta: {
    id: "page-weight",
    severity: "moderate",
    title: "The page is light enough for slow or costly data",
    failureTitle: "The page uses a lot of data",
    description: "Many patients use pay-as-you-go data, old phones or slow connections. A heavy page costs them money and takes a long time to open, so some give up.",
    wcag: [],
    standards: ["nhs-service-standard:5", "inclusion:devices-and-data"],
    requires: ["Http"],
    options: z13.object({
      warnBytes: z13.number().int().positive().default(1e6),
      failBytes: z13.number().int().positive().default(3e6)
    }),
    messages: {
      heavy: "This page downloads {{size}}. On a slow mobile connection (3G at about 400 kilobits a second) that takes {{time}}, and it uses up pay-as-you-go data. Keep pages under {{budget}}: make images smaller and remove scripts you do not need."
    }
  },
  check({ Http }, ctx) {
    const bytes = Http.totalBytes;
    if (bytes === 0) return "inapplicable";
    if (bytes <= ctx.options.warnBytes) return;
    const fail = bytes > ctx.options.failBytes;
    ctx.report({
      messageId: "heavy",
      data: { size: megabytes(bytes), time: slow3gTime(bytes), budget: megabytes(ctx.options.warnBytes), bytes },
      outcome: fail ? "fail" : "needs-review"
    });
  }
});

// rules/data/request-count.ts
import { z as z14 } from "zod";
var request_count_default = definePageRule({
  meta: {
    id: "request-count",
    severity: "minor",
    advisory: true,
    title: "The page loads a modest number of files",
    failureTitle: "The page loads many files or files from many other sites",
    description: "Every file a page loads adds waiting time on a slow mobile connection. Files from other websites also add data costs, and can track patients.",
    wcag: [],
    standards: ["nhs-service-standard:5", "inclusion:devices-and-data", "inclusion:trust"],
    requires: ["Http"],
    options: z14.object({
      maxRequests: z14.number().int().positive().default(50),
      maxThirdPartyHosts: z14.number().int().nonnegative().default(5)
    }),
    messages: {
      manyRequests: "This page loads {{count}} files. On a slow mobile connection each one adds waiting time. Combine or remove files so the page loads fewer than {{max}}.",
      manyHosts: "This page loads files from {{count}} other websites: {{hosts}}. Each one adds data, waiting time and a chance to track patients. Remove the ones you do not need."
    }
  },
  check({ Http }, ctx) {
    if (Http.resources.length === 0) return "inapplicable";
    const pageUrl = Http.finalUrl || ctx.url;
    if (Http.resources.length > ctx.options.maxRequests) {
      ctx.report({ messageId: "manyRequests", data: { count: Http.resources.length, max: ctx.options.maxRequests } });
    }
    const hosts = [...new Set(Http.resources.filter((r) => isThirdParty(r.url, pageUrl)).map((r) => new URL(r.url).host))].sort();
    if (hosts.length > ctx.options.maxThirdPartyHosts) {
      const shown = hosts.slice(0, 5).join(", ") + (hosts.length > 5 ? ` and ${hosts.length - 5} more` : "");
      ctx.report({ messageId: "manyHosts", data: { count: hosts.length, hosts: shown } });
    }
  }
});

// rules/data/index.ts
var dataRules = [page_weight_default, oversized_images_default, request_count_default, content_without_javascript_default];

// rules/forms/accessible-authentication.ts
var accessible_authentication_default = definePageRule({
  meta: {
    id: "accessible-authentication",
    severity: "serious",
    title: "Password fields work with password managers",
    failureTitle: "Some password fields block pasting or password managers",
    description: "Many people cannot remember or retype passwords, for example because of dyslexia or memory loss. Password managers and copy and paste help them sign in. Blocking these locks people out.",
    wcag: ["3.3.8"],
    standards: ["nhs-service-standard:5", "nhs-service-standard:9", "inclusion:accessibility"],
    requires: ["Forms"],
    messages: {
      pasteBlocked: 'The "{{label}}" password field stops people pasting. Let people paste into it.',
      autocompleteOff: 'The "{{label}}" password field has autocomplete="off", which asks browsers not to fill it. Use autocomplete="current-password" (or "new-password" when setting one).'
    }
  },
  check({ Forms }, ctx) {
    const passwords = Forms.filter((f) => f.type === "password");
    if (passwords.length === 0) return "inapplicable";
    for (const field of passwords) {
      const data = { label: field.label || field.name || "password" };
      if (field.pasteBlocked) ctx.report({ messageId: "pasteBlocked", selector: field.selector, data });
      if ((field.autocomplete ?? "").trim().toLowerCase() === "off") ctx.report({ messageId: "autocompleteOff", selector: field.selector, data });
    }
  }
});

// rules/forms/personal-data.ts
var NAME = ["name", "given-name", "family-name", "additional-name", "honorific-prefix", "honorific-suffix", "nickname"];
var TEL = ["tel", "tel-national", "tel-local", "tel-country-code", "tel-area-code", "tel-local-prefix", "tel-local-suffix"];
var ADDRESS = ["street-address", "address-line1", "address-line2", "address-line3", "address-level1", "address-level2", "address-level3", "address-level4", "postal-code"];
var BDAY = ["bday", "bday-day", "bday-month", "bday-year"];
var PURPOSES = [
  { purpose: { what: "date of birth", token: "bday", accepts: BDAY }, label: /\b(date of birth|birth ?date|birthday)\b/, attr: /^(dob|date-?of-?birth|birth-?date|bday|birthday)(-?(day|month|year))?$/ },
  { purpose: { what: "email address", token: "email", accepts: ["email"] }, label: /\be-?mail\b/, attr: /^e-?mail(-?address)?$/ },
  { purpose: { what: "phone number", token: "tel", accepts: TEL }, label: /\b(tele?phone|mobile|phone)( number)?\b/, attr: /^(tel|tele?phone|mobile|phone)(-?(number|no))?$/ },
  { purpose: { what: "postcode", token: "postal-code", accepts: ["postal-code"] }, label: /\b(post ?code|zip code)\b/, attr: /^(post-?code|postal-?code|zip)$/ },
  { purpose: { what: "first name", token: "given-name", accepts: NAME }, label: /\b(first|given|fore) ?names?\b/, attr: /^(first-?name|given-?name|fore-?names?|fname)$/ },
  { purpose: { what: "last name", token: "family-name", accepts: NAME }, label: /\b(last|family|sur) ?names?\b/, attr: /^(last-?name|family-?name|surname|lname)$/ },
  { purpose: { what: "name", token: "name", accepts: NAME }, label: /^(your |patient'?s? )?(full )?name$/, attr: /^(full-?name|your-?name|name)$/ },
  { purpose: { what: "address", token: "street-address", accepts: ADDRESS }, label: /\b(home |postal |your )?address( line ?\d)?$|^(town|city)( or city)?$/, attr: /^(address|street-?address|address-?line-?\d|town|city)$/ }
];
var SOMEONE_ELSE = /\b(gp|doctor|surgery|practice|pharmacy|kin|emergency contact|carer|partner|parent|child|school|employer|hospital|company|organisation)\b/;
var TEXT_TYPES = /* @__PURE__ */ new Set([null, "text", "email", "tel", "date", "number"]);
function cleanLabel(label) {
  return label.toLowerCase().replace(/\((required|optional)\)|\*/g, " ").replace(/\s+/g, " ").trim();
}
function purposeOf(field) {
  if (!TEXT_TYPES.has(field.type)) return null;
  const label = cleanLabel(field.label);
  if (SOMEONE_ELSE.test(label)) return null;
  const attrs = [field.name, field.id].filter((a) => !!a).map((a) => a.toLowerCase().replace(/_/g, "-"));
  if (field.type === "email") return PURPOSES[1].purpose;
  if (field.type === "tel") return PURPOSES[2].purpose;
  for (const p of PURPOSES) if (label && p.label.test(label)) return p.purpose;
  for (const p of PURPOSES) if (attrs.some((a) => p.attr.test(a))) return p.purpose;
  return null;
}
function autocompleteMatches(autocomplete, purpose) {
  const tokens = (autocomplete ?? "").toLowerCase().trim().split(/\s+/);
  return tokens.some((t) => purpose.accepts.includes(t));
}

// rules/forms/autocomplete-personal-data.ts
var autocomplete_personal_data_default = definePageRule({
  meta: {
    id: "autocomplete-personal-data",
    severity: "moderate",
    title: "Personal details fields can be filled in automatically",
    failureTitle: "Some personal details fields cannot be filled in automatically",
    description: "The autocomplete attribute lets browsers fill in a name, address or date of birth for people. This helps people with memory, motor or learning difficulties, and anyone on a small phone screen.",
    wcag: ["1.3.5"],
    standards: ["nhs-service-standard:5", "nhs-service-standard:4", "inclusion:accessibility"],
    requires: ["Forms"],
    messages: {
      missing: 'The "{{label}}" field asks for a {{what}} but has no autocomplete attribute. Add autocomplete="{{token}}".',
      wrong: 'The "{{label}}" field asks for a {{what}} but has autocomplete="{{autocomplete}}". Use autocomplete="{{token}}".'
    }
  },
  check({ Forms }, ctx) {
    let judged = 0;
    for (const field of Forms) {
      if (!field.visible) continue;
      const purpose = purposeOf(field);
      if (!purpose) continue;
      judged++;
      if (autocompleteMatches(field.autocomplete, purpose)) continue;
      const data = { label: field.label || field.name || field.id || field.tag, what: purpose.what, token: purpose.token, autocomplete: field.autocomplete ?? "" };
      ctx.report({ messageId: field.autocomplete ? "wrong" : "missing", selector: field.selector, data });
    }
    if (judged === 0) return "inapplicable";
  }
});

// rules/forms/error-messages-associated.ts
var norm = (s) => s.toLowerCase().replace(/^error:\s*/, "").replace(/\s+/g, " ").trim();
var error_messages_associated_default = definePageRule({
  meta: {
    id: "error-messages-associated",
    severity: "serious",
    title: "Error messages are linked to their fields",
    failureTitle: "Some error messages are not linked to their fields",
    description: "When a form has an error, screen reader users need to hear the message when they reach the field. If the message is not linked to the field, they hear the field but not what went wrong.",
    wcag: ["3.3.1"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Forms"],
    messages: {
      notAssociated: `The error "{{error}}" is shown next to the "{{label}}" field but is not linked to it. Give the message an id and add it to the field's aria-describedby.`
    }
  },
  check({ Forms }, ctx) {
    const inError = Forms.filter((f) => f.visible && f.errorText);
    if (inError.length === 0) return "inapplicable";
    for (const field of inError) {
      const error = norm(field.errorText);
      if (norm(field.describedBy).includes(error) || norm(field.label).includes(error)) continue;
      ctx.report({ messageId: "notAssociated", selector: field.selector, data: { error: field.errorText, label: field.label || field.name || field.tag } });
    }
  }
});

// rules/forms/required-fields-exposed.ts
var VISUAL_MARKER = /\*|\((required|mandatory|must be filled in)\)|\brequired\s*$/i;
var required_fields_exposed_default = definePageRule({
  meta: {
    id: "required-fields-exposed",
    severity: "moderate",
    title: "Required fields are marked in the code",
    failureTitle: "Some required fields are only marked visually",
    description: 'A "*" or "(required)" next to a field only helps people who can see it. Screen readers only say a field is required when the code marks it, so people find out when the form fails.',
    wcag: ["3.3.2"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Forms"],
    messages: {
      notExposed: 'The "{{label}}" field is marked as required on screen, but not in the code. Add the required attribute (or aria-required="true"). Better still, mark the optional fields "(optional)" instead.'
    }
  },
  check({ Forms }, ctx) {
    const marked = Forms.filter((f) => f.visible && VISUAL_MARKER.test(f.label));
    if (marked.length === 0) return "inapplicable";
    for (const field of marked) {
      if (field.required || field.ariaRequired) continue;
      ctx.report({ messageId: "notExposed", selector: field.selector, data: { label: field.label } });
    }
  }
});

// rules/forms/index.ts
var formRules = [autocomplete_personal_data_default, required_fields_exposed_default, error_messages_associated_default, accessible_authentication_default];

// rules/keyboard/focus-not-obscured.ts
var focus_not_obscured_default = definePageRule({
  meta: {
    id: "focus-not-obscured",
    severity: "serious",
    title: "Focused elements are not hidden by other content",
    failureTitle: "Some focused elements are hidden behind other content",
    description: "A sticky header or a cookie banner can cover the link or button that has keyboard focus. People using a keyboard then cannot see where they are.",
    wcag: ["2.4.11"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      obscured: 'When "{{text}}" has keyboard focus, it is completely hidden behind {{cover}}. Make sure fixed or sticky content does not cover focused elements, for example with scroll-padding or by making the banner smaller.'
    }
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return "inapplicable";
    for (const stop of Keyboard.stops) {
      if (stop.obscuredBy) ctx.report({ messageId: "obscured", selector: stop.selector, data: { text: stop.text || stop.tag, cover: stop.obscuredBy } });
    }
  }
});

// rules/keyboard/focus-order.ts
var MAX_REPORTS = 5;
var focus_order_default = definePageRule({
  meta: {
    id: "focus-order",
    severity: "moderate",
    title: "Focus moves through the page in order",
    failureTitle: "Focus jumps back to earlier parts of the page",
    description: "When Tab moves focus back up the page, people who use a keyboard or a screen reader lose their place, and may miss content.",
    wcag: ["2.4.3"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      backwards: 'After "{{from}}", pressing Tab jumps back to "{{to}}", which comes earlier in the page. Make the tab order follow the order of the page, for example by moving the element in the HTML.'
    }
  },
  check({ Keyboard }, ctx) {
    const stops = Keyboard.stops;
    if (stops.length < 2) return "inapplicable";
    let reported = 0;
    for (let i = 1; i < stops.length && reported < MAX_REPORTS; i++) {
      const from = stops[i - 1];
      const to = stops[i];
      if ((from.tabindex ?? 0) > 0 || (to.tabindex ?? 0) > 0) continue;
      if (to.order >= from.order) continue;
      reported++;
      ctx.report({ messageId: "backwards", selector: to.selector, data: { from: from.text || from.tag, to: to.text || to.tag } });
    }
  }
});

// rules/keyboard/focus-visible.ts
var focus_visible_default = definePageRule({
  meta: {
    id: "focus-visible",
    severity: "serious",
    title: "You can see where keyboard focus is",
    failureTitle: "Keyboard focus cannot be seen on some elements",
    description: "People who use a keyboard instead of a mouse need to see which link or button they are on. If nothing changes when an element gets focus, they get lost on the page.",
    wcag: ["2.4.7"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      noIndicator: 'Nothing changes when "{{text}}" gets keyboard focus. Add a clear focus style, such as an outline or a yellow background. Do not use outline: none without another style.',
      focusHidden: 'Keyboard focus moves to "{{text}}", which cannot be seen on the page. Show it when it has focus, or take it out of the tab order.'
    }
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return "inapplicable";
    for (const stop of Keyboard.stops) {
      const data = { text: stop.text || stop.tag };
      if (stop.hidden) ctx.report({ messageId: "focusHidden", selector: stop.selector, data });
      else if (stop.indicator.length === 0) ctx.report({ messageId: "noIndicator", selector: stop.selector, data });
    }
  }
});

// rules/keyboard/keyboard-trap.ts
var keyboard_trap_default = definePageRule({
  meta: {
    id: "keyboard-trap",
    severity: "critical",
    title: "Keyboard focus is never trapped",
    failureTitle: "Keyboard focus gets trapped",
    description: "If focus gets stuck in one part of a page, people who use a keyboard cannot reach the rest of it. They may have to give up and ask for help.",
    wcag: ["2.1.2"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      stuck: "Pressing Tab does not move focus away from this element. Let people leave it with the Tab key.",
      cycle: "Pressing Tab keeps focus going round the same {{stops}} elements, and Escape does not let people out. Let people leave this part of the page with the Tab key.",
      dialog: "Focus stays inside this dialog and Escape does not close it. Check people can close it with the keyboard, for example with a close button."
    }
  },
  check({ Keyboard }, ctx) {
    if (Keyboard.stops.length === 0) return "inapplicable";
    const trap = Keyboard.trap;
    if (!trap || trap.escapable) return;
    if (trap.dialog) ctx.report({ messageId: "dialog", selector: trap.selector, outcome: "needs-review" });
    else if (trap.kind === "stuck") ctx.report({ messageId: "stuck", selector: trap.selector });
    else ctx.report({ messageId: "cycle", selector: trap.selector, data: { stops: trap.stops } });
  }
});

// rules/keyboard/mouse-only-controls.ts
var mouse_only_controls_default = definePageRule({
  meta: {
    id: "mouse-only-controls",
    severity: "serious",
    title: "Every control works with a keyboard",
    failureTitle: "Some controls only work with a mouse",
    description: "Some people cannot use a mouse or a touch screen. If a control can only be clicked, they cannot use it, and may not be able to finish their task.",
    wcag: ["2.1.1"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      clickOnly: '"{{text}}" reacts to clicks but cannot be reached with the Tab key. Use a real <button> or link instead.',
      looksClickable: '"{{text}}" looks clickable (it has a pointer cursor) but cannot be reached with the Tab key. If it does something, use a real <button> or link.'
    }
  },
  check({ Keyboard }, ctx) {
    for (const el of Keyboard.mouseOnly) {
      const data = { text: el.text || el.tag };
      if (el.clickHandler) ctx.report({ messageId: "clickOnly", selector: el.selector, html: el.html, data });
      else ctx.report({ messageId: "looksClickable", selector: el.selector, html: el.html, data, outcome: "needs-review" });
    }
  }
});

// rules/keyboard/positive-tabindex.ts
var positive_tabindex_default = definePageRule({
  meta: {
    id: "positive-tabindex",
    severity: "moderate",
    title: "No element changes the natural tab order",
    failureTitle: "Some elements change the natural tab order",
    description: "A tabindex above 0 makes focus jump to that element first, out of reading order. People using a keyboard or a screen reader lose track of where they are.",
    wcag: ["2.4.3"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      positive: '"{{text}}" has tabindex="{{tabindex}}", so focus jumps to it out of order. Remove the tabindex, or use tabindex="0", and put the element where it belongs in the page.'
    }
  },
  check({ Keyboard }, ctx) {
    for (const el of Keyboard.positiveTabindex) {
      ctx.report({ messageId: "positive", selector: el.selector, html: el.html, data: { text: el.text || el.selector, tabindex: el.tabindex } });
    }
  }
});

// rules/keyboard/skip-link.ts
var REPEATED_STOPS = 3;
var skip_link_default = definePageRule({
  meta: {
    id: "skip-link",
    severity: "moderate",
    title: "The page has a working skip link",
    failureTitle: "The page has no working skip link",
    description: "A skip link lets people who use a keyboard jump past the header and menu to the main content. Without it, they must press Tab through the same links on every page.",
    wcag: ["2.4.1"],
    standards: ["nhs-service-standard:5", "nhs-service-standard:4", "inclusion:accessibility"],
    requires: ["Keyboard"],
    messages: {
      missing: 'The page has no skip link, so keyboard users must tab through {{count}} header and menu links first. Add a "Skip to main content" link as the first thing on the page.',
      missingWithLandmarks: 'The page has no skip link. Its main landmark helps screen reader users, but not sighted keyboard users, who must tab through {{count}} header and menu links. Add a "Skip to main content" link as the first thing on the page.',
      noTarget: 'The skip link "{{text}}" goes to {{href}}, but nothing on the page has that id. Point it at the main content, for example <main id="maincontent">.',
      focusNotMoved: 'The skip link "{{text}}" does not move keyboard focus to {{href}}. Make sure pressing Enter on it and then Tab continues from the main content.'
    }
  },
  check({ Keyboard }, ctx) {
    const { stops, skipLink } = Keyboard;
    if (skipLink) {
      const data = { text: skipLink.text, href: skipLink.href };
      if (!skipLink.targetExists) ctx.report({ messageId: "noTarget", selector: skipLink.selector, data });
      else if (!skipLink.focusMoved) ctx.report({ messageId: "focusNotMoved", selector: skipLink.selector, data });
      return;
    }
    const firstMain = stops.findIndex((s) => s.region === "main");
    const before = (firstMain < 0 ? stops : stops.slice(0, firstMain)).filter((s) => s.region === "header" || s.region === "nav");
    if (before.length < REPEATED_STOPS) return "inapplicable";
    if (Keyboard.hasMain) ctx.report({ messageId: "missingWithLandmarks", data: { count: before.length }, outcome: "needs-review" });
    else ctx.report({ messageId: "missing", data: { count: before.length } });
  }
});

// rules/keyboard/index.ts
var keyboardRules = [focus_visible_default, focus_not_obscured_default, keyboard_trap_default, positive_tabindex_default, focus_order_default, mouse_only_controls_default, skip_link_default];

// rules/layout/justified-text.ts
var justified_text_default = definePageRule({
  meta: {
    id: "justified-text",
    severity: "minor",
    advisory: true,
    title: "Text is not justified",
    failureTitle: "Some text is justified",
    description: 'Justified text has uneven gaps between words. The gaps can line up into "rivers" down the page, which make reading harder, especially for people with dyslexia.',
    wcag: ["1.4.8"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Layout"],
    messages: {
      justified: "{{count}} block(s) of text on this page are justified, so the gaps between words are uneven. Align text to the left instead (text-align: left)."
    }
  },
  check({ Layout }, ctx) {
    const [first] = Layout.justified;
    if (!first) return;
    ctx.report({ messageId: "justified", selector: first.selector, html: first.html, data: { count: Layout.justified.length } });
  }
});

// rules/layout/viewport-meta.ts
function parseViewport(content) {
  const out = /* @__PURE__ */ new Map();
  for (const m of content.toLowerCase().matchAll(/([a-z-]+)\s*=\s*([^\s,;]+)/g)) out.set(m[1], m[2]);
  return out;
}

// rules/layout/mobile-viewport.ts
var mobile_viewport_default = definePageRule({
  meta: {
    id: "mobile-viewport",
    severity: "moderate",
    title: "The page is set up for phone screens",
    failureTitle: "The page is not set up for phone screens",
    description: "Most patients use a phone to visit their GP website. Without a correct viewport meta tag, phones show a tiny desktop page that people must zoom and scroll around to read.",
    wcag: [],
    standards: ["nhs-service-standard:5", "nhs-service-standard:4", "inclusion:devices-and-data"],
    requires: ["Meta"],
    messages: {
      missing: 'The page has no viewport meta tag, so phones show it as a tiny desktop page. Add <meta name="viewport" content="width=device-width, initial-scale=1"> to the <head>.',
      fixedWidth: 'The viewport meta tag sets the width to "{{width}}" instead of the width of the device, so phones show the page at the wrong size. Use <meta name="viewport" content="width=device-width, initial-scale=1">.'
    }
  },
  check({ Meta }, ctx) {
    if (Meta.viewport === null || Meta.viewport.trim() === "") {
      ctx.report({ messageId: "missing" });
      return;
    }
    const vp = parseViewport(Meta.viewport);
    const width = vp.get("width");
    if (width === void 0 && vp.has("initial-scale")) return;
    if (width !== "device-width") ctx.report({ messageId: "fixedWidth", data: { width: width ?? "not set" } });
  }
});

// rules/layout/lost-content.ts
var MAX_FINDINGS = 5;
function reportLost(lost, ctx, ids) {
  for (const item of lost.slice(0, MAX_FINDINGS)) {
    const clipped = item.how === "clipped";
    ctx.report({
      messageId: clipped ? ids.clipped : ids.spills,
      selector: item.selector,
      html: item.html,
      data: { text: item.text.length > 60 ? `${item.text.slice(0, 60)}\u2026` : item.text },
      outcome: clipped ? "fail" : "needs-review"
    });
  }
}

// rules/layout/reflow.ts
var reflow_default = definePageRule({
  meta: {
    id: "reflow",
    severity: "serious",
    title: "Content fits a narrow screen without scrolling sideways",
    failureTitle: "Content does not fit a narrow screen",
    description: "People who zoom in to read, and people on small phones, see the page at about 320 pixels wide. If content is wider than that, they must scroll sideways on every line, or part of it is cut off.",
    wcag: ["1.4.10"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility", "inclusion:devices-and-data"],
    requires: ["Layout"],
    messages: {
      tooWide: "At 320 pixels wide (a small phone, or a screen zoomed to 400%), this element is {{width}} pixels wide and sticks out past the edge of the screen. Let it shrink and wrap to fit, for example with max-width: 100%.",
      wideTable: "At 320 pixels wide, this {{tag}} is wider than the screen, so the whole page scrolls sideways. Tables and similar content may scroll, but put them in their own scrolling container so the rest of the page fits.",
      pageScrolls: "At 320 pixels wide, the page is {{scrollWidth}} pixels wide and scrolls sideways, but we could not tell which part causes it. Check the page on a small screen or zoomed to 400%.",
      clipped: 'At 320 pixels wide, some text is cut off: "{{text}}". Let the box grow with its content instead of hiding what does not fit.',
      spills: 'At 320 pixels wide, text spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with its content.'
    }
  },
  check({ Layout }, ctx) {
    const { reflow } = Layout;
    const scrolls = !reflow.viewportClips && reflow.scrollWidth > reflow.clientWidth + 1;
    for (const el of reflow.wide.slice(0, MAX_FINDINGS)) {
      const tag = /^<(\w+)/.exec(el.html)?.[1] ?? "element";
      if (el.twoDimensional) {
        if (scrolls) ctx.report({ messageId: "wideTable", selector: el.selector, html: el.html, data: { tag }, outcome: "needs-review" });
      } else {
        ctx.report({ messageId: "tooWide", selector: el.selector, html: el.html, data: { width: el.width } });
      }
    }
    if (scrolls && reflow.wide.length === 0) ctx.report({ messageId: "pageScrolls", data: { scrollWidth: reflow.scrollWidth }, outcome: "needs-review" });
    reportLost(reflow.lost, ctx, { clipped: "clipped", spills: "spills" });
  }
});

// rules/layout/small-text.ts
import { z as z15 } from "zod";
var small_text_default = definePageRule({
  meta: {
    id: "small-text",
    severity: "minor",
    advisory: true,
    title: "The main text is a comfortable size",
    failureTitle: "Much of the text is small",
    description: "Small text is hard to read for many older people and people with low vision. NHS.UK uses at least 16 pixels for body text, and 19 pixels on bigger screens.",
    wcag: [],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Layout"],
    options: z15.object({
      minPx: z15.number().positive().default(16),
      /** Share of the page's characters below minPx that counts as "much". */
      maxShare: z15.number().min(0).max(1).default(0.25)
    }),
    messages: {
      smallText: "{{percent}}% of the text on this page is smaller than {{minPx}} pixels. The biggest block of small text is {{fontSize}} pixels. Make body text at least {{minPx}} pixels, so people can read it without zooming."
    }
  },
  check({ Layout }, ctx) {
    const { totalChars, bySize, smallBlocks } = Layout.text;
    if (totalChars === 0) return "inapplicable";
    const small = bySize.filter((s) => s.px < ctx.options.minPx).reduce((n, s) => n + s.chars, 0);
    const share = small / totalChars;
    if (share <= ctx.options.maxShare) return;
    const biggest = smallBlocks.find((b) => b.fontSize < ctx.options.minPx);
    ctx.report({
      messageId: "smallText",
      selector: biggest?.selector ?? null,
      html: biggest?.html,
      data: { percent: Math.round(share * 100), minPx: ctx.options.minPx, fontSize: biggest?.fontSize ?? Math.min(...bySize.map((s) => s.px)) }
    });
  }
});

// rules/layout/text-resize.ts
var text_resize_default = definePageRule({
  meta: {
    id: "text-resize",
    severity: "serious",
    title: "Text can be made twice as big without being cut off",
    failureTitle: "Some text is cut off when it is made bigger",
    description: "Many older people and people with low vision set a bigger text size in their browser. When boxes have a fixed size, the bigger text is cut off or overlaps other text, so they cannot read it.",
    wcag: ["1.4.4"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility"],
    requires: ["Layout"],
    messages: {
      clipped: 'When text is made twice as big, some of it is cut off: "{{text}}". Do not give boxes with text a fixed height or width; let them grow with the text.',
      spills: 'When text is made twice as big, it spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with the text.'
    }
  },
  check({ Layout }, ctx) {
    reportLost(Layout.textResize.lost, ctx, { clipped: "clipped", spills: "spills" });
  }
});

// rules/layout/text-spacing.ts
var text_spacing_default = definePageRule({
  meta: {
    id: "text-spacing",
    severity: "serious",
    title: "Text stays readable with wider spacing",
    failureTitle: "Some text is cut off when spacing is made wider",
    description: "People with dyslexia or low vision often make lines, letters and words further apart so they can read. If boxes have a fixed size, the wider text is cut off.",
    wcag: ["1.4.12"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility"],
    requires: ["Layout"],
    messages: {
      clipped: 'With wider text spacing (line height 1.5, letters 0.12em, words 0.16em, paragraphs 2em apart), some text is cut off: "{{text}}". Let the box grow with the text instead of giving it a fixed size.',
      spills: 'With wider text spacing, text spills out of its box and may cover other content: "{{text}}". Check it, and let the box grow with the text.'
    }
  },
  check({ Layout }, ctx) {
    reportLost(Layout.textSpacing.lost, ctx, { clipped: "clipped", spills: "spills" });
  }
});

// rules/layout/touch-target-size.ts
var touch_target_size_default = definePageRule({
  meta: {
    id: "touch-target-size",
    severity: "minor",
    advisory: true,
    title: "Buttons and links are easy to tap on a phone",
    failureTitle: "Some buttons or links are small to tap on a phone",
    description: "People with shaky hands, or who are older, find small buttons and links hard to tap on a phone. NHS.UK and Apple advise touch targets at least 44 by 44 pixels.",
    wcag: ["2.5.8", "2.5.5"],
    standards: ["nhs-service-standard:5", "inclusion:accessibility", "inclusion:devices-and-data"],
    requires: ["Layout"],
    messages: {
      smallTargets: 'On a phone-sized screen, {{count}} button(s) or link(s) are smaller than 44 by 44 pixels, such as "{{text}}" ({{width}} by {{height}} pixels). Make them bigger, for example with padding, so they are easy to tap.'
    }
  },
  check({ Layout }, ctx) {
    const targets = [...Layout.smallTargets].sort((a, b) => a.width * a.height - b.width * b.height);
    const [smallest] = targets;
    if (!smallest) return;
    ctx.report({
      messageId: "smallTargets",
      selector: smallest.selector,
      html: smallest.html,
      data: { count: targets.length, text: smallest.text || "no text", width: smallest.width, height: smallest.height }
    });
  }
});

// rules/layout/zoom-not-blocked.ts
var zoom_not_blocked_default = definePageRule({
  meta: {
    id: "zoom-not-blocked",
    severity: "serious",
    title: "People can zoom in on phones",
    failureTitle: "The page stops people zooming in on phones",
    description: "People with low vision pinch to zoom on their phone to read small text. The viewport meta tag can stop them, so they cannot read the page.",
    wcag: ["1.4.4"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility", "inclusion:devices-and-data"],
    requires: ["Meta"],
    messages: {
      userScalable: 'The viewport meta tag says "user-scalable={{value}}", which stops people zooming in. Remove user-scalable from the tag.',
      maximumScale: 'The viewport meta tag says "maximum-scale={{value}}", which stops people zooming in more than {{value}} times. Remove maximum-scale, or set it to 5 or more.'
    }
  },
  check({ Meta }, ctx) {
    if (Meta.viewport === null) return "inapplicable";
    const vp = parseViewport(Meta.viewport);
    const scalable = vp.get("user-scalable");
    if (scalable !== void 0 && (scalable === "no" || Number.isFinite(Number(scalable)) && Math.abs(Number(scalable)) < 1)) {
      ctx.report({ messageId: "userScalable", data: { value: scalable } });
    }
    const max = vp.get("maximum-scale");
    if (max !== void 0 && Number.isFinite(Number(max)) && Number(max) < 2) ctx.report({ messageId: "maximumScale", data: { value: max } });
  }
});

// rules/layout/index.ts
var layoutRules = [reflow_default, zoom_not_blocked_default, text_resize_default, text_spacing_default, small_text_default, justified_text_default, touch_target_size_default, mobile_viewport_default];

// rules/links/ambiguous-link-text.ts
var textKey = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var ambiguous_link_text_default = definePageRule({
  meta: {
    id: "ambiguous-link-text",
    severity: "moderate",
    title: "Links with the same text go to the same place",
    failureTitle: "Links with the same text go to different places",
    description: 'Screen reader users often list all the links on a page. If several say "Read more" or "Click here" but go to different places, they cannot tell them apart.',
    wcag: ["2.4.4"],
    standards: ["nhs-service-standard:5", "nhs-service-standard:4", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      ambiguous: 'The link text "{{text}}" is used for {{count}} links that go to different places. Make each link say where it goes, for example "Read more about flu vaccines".'
    }
  },
  check({ Links }, ctx) {
    const groups = /* @__PURE__ */ new Map();
    for (const link of Links) {
      const key = textKey(link.text);
      if (!link.visible || !key) continue;
      groups.set(key, [...groups.get(key) ?? [], link]);
    }
    let judged = 0;
    for (const links of groups.values()) {
      if (links.length < 2) continue;
      judged++;
      const places = new Set(links.map((l) => normaliseUrl(l.href) ?? l.href));
      if (places.size < 2) continue;
      for (const link of links) ctx.report({ messageId: "ambiguous", selector: link.selector, data: { text: link.text, count: links.length } });
    }
    if (judged === 0) return "inapplicable";
  }
});

// rules/links/link-text-bare-url.ts
var BARE_URL = /^(https?:\/\/|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S+$/i;
var link_text_bare_url_default = definePageRule({
  meta: {
    id: "link-text-bare-url",
    severity: "minor",
    title: "Link text is words, not web addresses",
    failureTitle: "Some links use a web address as their text",
    description: "Screen readers read a web address out letter by letter, and long addresses are hard to read for everyone. Words that say where the link goes are easier to understand.",
    wcag: ["2.4.4"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links"],
    advisory: true,
    messages: {
      bareUrl: 'The link text is the web address "{{text}}". Use words that say where the link goes, for example "NHS 111 online".'
    }
  },
  check({ Links }, ctx) {
    const visible = Links.filter((l) => l.visible && l.text);
    if (visible.length === 0) return "inapplicable";
    for (const link of visible) {
      if (BARE_URL.test(link.text.trim())) ctx.report({ messageId: "bareUrl", selector: link.selector, data: { text: link.text } });
    }
  }
});

// rules/links/new-window-unannounced.ts
var WARNING = /\bnew (browser )?(tab|window)\b/i;
var new_window_unannounced_default = definePageRule({
  meta: {
    id: "new-window-unannounced",
    severity: "minor",
    title: "Links say when they open a new tab",
    failureTitle: "Some links open a new tab without saying so",
    description: "A link that opens a new tab breaks the Back button. People using screen readers or magnifiers may not notice the new tab and think they are stuck.",
    wcag: ["3.2.5"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      unannounced: 'The link "{{text}}" opens in a new tab but does not say so. Open it in the same tab, or add "(opens in new tab)" to the link text.'
    }
  },
  check({ Links }, ctx) {
    const blank = Links.filter((l) => l.visible && !l.download && l.target.toLowerCase() === "_blank");
    if (blank.length === 0) return "inapplicable";
    for (const link of blank) {
      if (!WARNING.test(link.text)) ctx.report({ messageId: "unannounced", selector: link.selector, data: { text: link.text || link.href } });
    }
  }
});

// rules/links/index.ts
var linkRules = [ambiguous_link_text_default, link_text_bare_url_default, new_window_unannounced_default];

// rules/media/audio-autoplay.ts
var SECONDS = 3;
var audio_autoplay_default = definePageRule({
  meta: {
    id: "audio-autoplay",
    severity: "serious",
    title: "No sound plays by itself",
    failureTitle: "Sound plays by itself with no way to stop it",
    description: "Sound that starts by itself drowns out screen readers, so blind people cannot hear the page. It can also startle people, or play aloud in a waiting room.",
    wcag: ["1.4.2"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility"],
    requires: ["Media"],
    messages: {
      autoplays: "This {{tag}} plays sound by itself for {{duration}} with no way to pause it or turn it down. Do not start sound by itself; if you must, add controls (the controls attribute) or a pause button next to it.",
      unknownLength: "This {{tag}} is set to play sound by itself, and we could not tell how long it lasts. Check it. Sound that plays for more than 3 seconds needs a pause button or controls."
    }
  },
  check({ Media }, ctx) {
    const candidates = Media.players.filter((p) => (p.autoplay || p.playing) && !p.muted);
    if (candidates.length === 0) return "inapplicable";
    for (const p of candidates) {
      if (p.controls || p.pauseControl) continue;
      if (p.duration !== null && p.duration <= SECONDS && !p.loop) continue;
      if (p.duration === null && !p.loop) {
        ctx.report({ messageId: "unknownLength", selector: p.selector, html: p.html, data: { tag: p.tag }, outcome: "needs-review" });
        continue;
      }
      const duration = p.loop ? "as long as the page is open" : `${Math.round(p.duration)} seconds`;
      ctx.report({ messageId: "autoplays", selector: p.selector, html: p.html, data: { tag: p.tag, duration } });
    }
  }
});

// rules/media/moving-content-pause.ts
var moving_content_pause_default = definePageRule({
  meta: {
    id: "moving-content-pause",
    severity: "serious",
    title: "Moving content can be paused",
    failureTitle: "Some content moves by itself and cannot be paused",
    description: "Moving content distracts people with attention difficulties, and makes the page hard to read for people who read slowly or use a screen magnifier. They need a way to stop it.",
    wcag: ["2.2.2"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "inclusion:accessibility"],
    requires: ["Media"],
    messages: {
      marquee: "This scrolling <marquee> text moves all the time and cannot be paused. Replace it with plain text.",
      blink: "This page uses the old <blink> element. Browsers no longer make it blink, but remove it, and do not make text blink in other ways.",
      animation: "This element moves or changes by itself ({{what}}) for {{howLong}}, with no pause or stop button near it. Add a button to pause it, stop it after 5 seconds, or remove the animation.",
      carousel: "This looks like a carousel that moves by itself, and it has no pause or stop button. Check it. If it moves by itself, add a pause button, or let people move it themselves."
    }
  },
  check({ Media }, ctx) {
    const { marquees, animations, carousels } = Media;
    if (marquees.length + animations.length + carousels.length === 0) return "inapplicable";
    for (const m of marquees) {
      if (m.tag === "blink") ctx.report({ messageId: "blink", selector: m.selector, html: m.html, outcome: "needs-review" });
      else if (!m.pauseControl) ctx.report({ messageId: "marquee", selector: m.selector, html: m.html });
    }
    for (const a of animations.filter((x) => !x.pauseControl).slice(0, 5)) {
      const what = a.name ? `the "${a.name}" ${a.kind === "css-transition" ? "transition" : "animation"}` : "an animation";
      const howLong = a.infinite ? "as long as the page is open" : `${Math.round((a.activeMs ?? 0) / 1e3)} seconds`;
      ctx.report({ messageId: "animation", selector: a.selector, html: a.html, data: { what, howLong } });
    }
    const reported = animations.filter((a) => !a.pauseControl).map((a) => a.selector);
    for (const c2 of carousels) {
      if (c2.pauseControl || !(c2.autoAdvance || c2.moving) || reported.some((s) => s.startsWith(c2.selector))) continue;
      ctx.report({ messageId: "carousel", selector: c2.selector, html: c2.html, outcome: "needs-review" });
    }
  }
});

// rules/media/video-captions.ts
var video_captions_default = definePageRule({
  meta: {
    id: "video-captions",
    severity: "serious",
    title: "Videos have captions",
    failureTitle: "Some videos have no captions",
    description: "Deaf people and people with hearing loss need captions to follow a video. Captions also help people watching without sound, for example in a waiting room.",
    wcag: ["1.2.2"],
    standards: ["nhs-service-standard:5", "psbar:reg4", "dtac:D1.4", "ais:meet", "inclusion:accessibility"],
    requires: ["Media"],
    messages: {
      noCaptions: 'This video has no captions track. Add a <track kind="captions"> with a captions file (WebVTT). If the captions are part of the picture, or the video has no sound, you can ignore this.',
      embed: "This page has a video from {{host}}. We cannot check its captions. Check that captions are turned on for it, and that they are correct, not only automatic."
    }
  },
  check({ Media }, ctx) {
    const videos = Media.players.filter((p) => p.tag === "video" && p.visible && (p.controls || !p.muted));
    if (videos.length + Media.embeds.length === 0) return "inapplicable";
    for (const v of videos) {
      if (v.tracks.some((t) => (t.kind === "captions" || t.kind === "subtitles") && t.src)) continue;
      const clear = v.controls && !v.muted && v.tracks.length === 0;
      ctx.report({ messageId: "noCaptions", selector: v.selector, html: v.html, outcome: clear ? "fail" : "needs-review" });
    }
    for (const e of Media.embeds) ctx.report({ messageId: "embed", selector: e.selector, data: { host: e.host }, outcome: "needs-review" });
  }
});

// rules/media/index.ts
var mediaRules = [audio_autoplay_default, moving_content_pause_default, video_captions_default];

// rules/site/broken-links.ts
var broken_links_default = defineSiteRule({
  meta: {
    id: "broken-links",
    severity: "serious",
    title: "Links go to pages that exist",
    failureTitle: "Some links go to pages that do not exist",
    description: "A broken link is a dead end. People who find it hard to search, or who pay for every megabyte, may give up on the task. Keeping links working is part of reviewing content often.",
    wcag: [],
    standards: ["nhs-service-standard:8", "nhs-service-standard:4", "gp-website:content-review", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      brokenLink: 'The link "{{text}}" goes to {{target}}, which answers HTTP {{status}}. Fix the address or remove the link.',
      unreachableLink: 'The link "{{text}}" goes to {{target}}, which did not answer ({{error}}). Check the address works.'
    }
  },
  check(site, ctx) {
    const statuses = new Map(site.linkStatuses.map((s) => [s.url, s]));
    if (statuses.size === 0) return "inapplicable";
    for (const { url, value: links } of pagesWith(site, "Links")) {
      for (const link of links) {
        const target = normaliseUrl(link.href);
        const status = target ? statuses.get(target) : void 0;
        if (!status || status.checked === "robots-disallowed" || status.checked === "not-checked") continue;
        const data = { text: link.text || link.rawHref, target: link.href };
        if (status.status !== null && status.status >= 400) {
          ctx.report({ messageId: "brokenLink", url, selector: link.selector, data: { ...data, status: status.status } });
        } else if (status.status === null && status.error) {
          ctx.report({ messageId: "unreachableLink", url, selector: link.selector, data: { ...data, error: status.error } });
        }
      }
    }
  }
});

// rules/site/document-links-inventory.ts
var PDF = /\.pdf$/i;
var document_links_inventory_default = defineSiteRule({
  meta: {
    id: "document-links-inventory",
    severity: "moderate",
    title: "Documents linked from the site are listed for review",
    failureTitle: "The site links to PDF documents that need checking",
    description: "PDFs are hard to use on phones, with screen readers and with magnifiers. The NHS service manual says to publish content as HTML. Each PDF needs checking by hand: is it accessible, and is the same information on a web page?",
    wcag: [],
    standards: ["nhs-service-standard:5", "nhs-service-standard:17", "gp-website:html-not-pdf", "psbar:reg4", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      pdfLinked: "This page links to a PDF ({{target}}, {{size}}). Check the PDF is accessible, and publish the same information as a web page if you can."
    }
  },
  check(site, ctx) {
    const pdfs = site.documents.filter((d) => PDF.test(new URL(d.url).pathname) || /application\/pdf/i.test(d.contentType ?? ""));
    if (pdfs.length === 0) return "inapplicable";
    for (const doc of pdfs) {
      const size = doc.bytes === null ? "size unknown" : doc.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(doc.bytes / 1024))} KB` : `${(doc.bytes / 1024 / 1024).toFixed(1)} MB`;
      for (const from of doc.linkedFrom) {
        ctx.report({ messageId: "pdfLinked", outcome: "needs-review", url: from.page, selector: from.selector, data: { target: doc.url, size } });
      }
    }
  }
});

// rules/site/page-title-unique.ts
var page_title_unique_default = defineSiteRule({
  meta: {
    id: "page-title-unique",
    severity: "moderate",
    title: "Each page has its own title",
    failureTitle: "Some pages share the same title",
    description: "The page title is the first thing a screen reader says, and it names the browser tab. When pages share a title, people cannot tell which page they are on.",
    wcag: ["2.4.2"],
    standards: ["nhs-service-standard:4", "nhs-service-standard:5", "dtac:D1.4", "inclusion:accessibility"],
    requires: ["Meta"],
    messages: {
      duplicateTitle: 'This page has the same title as {{count}} other page(s): "{{title}}". Give each page a title that says what that page is for.',
      emptyTitle: "This page has no title. Add a <title> that says what the page is for."
    }
  },
  check(site, ctx) {
    const pages = pagesWith(site, "Meta");
    if (pages.length === 0) return "inapplicable";
    const byTitle = /* @__PURE__ */ new Map();
    for (const { url, value } of pages) {
      const title = (value.title ?? "").replace(/\s+/g, " ").trim();
      if (!title) {
        ctx.report({ messageId: "emptyTitle", url });
        continue;
      }
      const key = title.toLowerCase();
      byTitle.set(key, [...byTitle.get(key) ?? [], url]);
    }
    for (const [, urls] of byTitle) {
      if (urls.length < 2) continue;
      const title = pages.find((p) => p.url === urls[0]).value.title.trim();
      for (const url of urls) ctx.report({ messageId: "duplicateTitle", url, data: { title, count: urls.length - 1 } });
    }
  }
});

// rules/site/index.ts
var siteRules = [page_title_unique_default, broken_links_default, document_links_inventory_default];

// src/gatherers/axe.ts
var AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
var RUN_AXE = (tags) => String.raw`(async () => {
  const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations', 'incomplete'] });
  const rule = (x) => ({
    id: x.id, impact: x.impact || null, tags: x.tags, help: x.help, description: x.description, helpUrl: x.helpUrl,
    nodes: x.nodes.map((n) => ({
      selector: n.target.map((t) => Array.isArray(t) ? t.join(' ') : t).join(' >>> '),
      html: n.html.length > 300 ? n.html.slice(0, 300) + '…' : n.html,
      impact: n.impact || null,
      failureSummary: n.failureSummary || null,
    })),
  });
  return {
    version: window.axe.version,
    violations: r.violations.map(rule),
    incomplete: r.incomplete.map(rule),
    passes: r.passes.map((x) => x.id),
    inapplicable: r.inapplicable.map((x) => x.id),
  };
})()`;
var axeGatherer = {
  name: "Axe",
  async collect({ page, axeTags }) {
    const present = await page.evaluate('typeof window.axe !== "undefined"');
    if (!present) await page.evaluate(axeCore.source);
    return page.evaluate(RUN_AXE(axeTags));
  }
};
var AXE_SOURCE = axeCore.source;

// rules/wcag/axe-messages.ts
var AXE_PLAIN = {
  "image-alt": { what: "An image has no text alternative.", todo: 'Add an alt attribute that says what the image shows. Use alt="" if it is only decoration.' },
  "input-image-alt": { what: "An image button has no text alternative.", todo: "Add alt text that says what the button does." },
  "role-img-alt": { what: "An element shown as an image has no text alternative.", todo: "Add an aria-label that says what it shows." },
  label: { what: "A form field has no label.", todo: "Add a visible <label> that says what to enter. A placeholder is not enough." },
  "select-name": { what: "A drop-down list has no label.", todo: "Add a visible <label> for it." },
  "color-contrast": { what: "Some text is hard to read because it does not stand out enough from its background.", todo: "Make the text darker or the background lighter. Normal text needs a contrast ratio of at least 4.5 to 1." },
  "link-name": { what: "A link has no text that says where it goes.", todo: "Give the link text, or alt text on its image, that makes sense on its own." },
  "button-name": { what: "A button has no text that says what it does.", todo: "Give the button visible text or an aria-label." },
  "html-has-lang": { what: "The page does not say what language it is in.", todo: 'Add lang="en-GB" (or the right language) to the <html> tag so screen readers speak it correctly.' },
  "html-lang-valid": { what: "The page language code is not valid.", todo: "Use a real language code, such as en-GB." },
  "valid-lang": { what: "Part of the page has a language code that is not valid.", todo: "Use a real language code, such as cy for Welsh." },
  "document-title": { what: "The page has no title.", todo: "Add a <title> that says what the page is for." },
  "frame-title": { what: "An embedded frame has no title.", todo: "Add a title attribute that says what the frame contains." },
  list: { what: "A list is not marked up correctly.", todo: "Put only <li> items directly inside <ul> and <ol>." },
  listitem: { what: "A list item is not inside a list.", todo: "Put each <li> inside a <ul> or <ol>." },
  "meta-viewport": { what: "The page stops people from zooming in.", todo: "Remove user-scalable=no and any maximum-scale below 2 from the viewport meta tag." },
  "target-size": { what: "A control is too small or too close to others to tap easily.", todo: "Make it at least 24 by 24 pixels, or leave more space around it." },
  "aria-allowed-attr": { what: "An element uses an ARIA attribute it is not allowed to have.", todo: "Remove the attribute or use the right role." },
  "aria-required-attr": { what: "An element with an ARIA role is missing a required attribute.", todo: "Add the missing attribute, or use a native HTML element instead." },
  "aria-valid-attr-value": { what: "An ARIA attribute has a value that is not valid.", todo: "Fix the value so it matches what the attribute expects." },
  "aria-hidden-focus": { what: "A hidden part of the page can still be reached with the keyboard.", todo: "Remove it from the tab order, or stop hiding it from screen readers." },
  "link-in-text-block": { what: "A link in a paragraph can only be told apart by its colour.", todo: "Underline links in text, or give them a 3 to 1 contrast with the text around them." },
  "duplicate-id-aria": { what: "Two elements share an id that labels or describes something.", todo: "Give each element a unique id." },
  "autocomplete-valid": { what: "A form field has an autocomplete value that is not valid.", todo: 'Use a valid value, such as "email" or "bday".' },
  "scrollable-region-focusable": { what: "An area that scrolls cannot be reached with the keyboard.", todo: 'Add tabindex="0" and a label to the scrolling area.' },
  "nested-interactive": { what: "A control is nested inside another control.", todo: "Do not put links or buttons inside other links or buttons." },
  "definition-list": { what: "A definition list is not marked up correctly.", todo: "Put only <dt> and <dd> groups inside <dl>." },
  "td-headers-attr": { what: "A table cell points at headers that are not in the table.", todo: "Fix the headers attribute so it names header cells in the same table." },
  "th-has-data-cells": { what: "A table header has no cells under it.", todo: "Remove the empty header or add the data cells." },
  "video-caption": { what: "A video has no captions.", todo: "Add a captions track so deaf people can follow it." },
  "bypass": { what: "There is no way to skip past the repeated links at the top of the page.", todo: 'Add a "Skip to main content" link and a <main> element.' },
  "form-field-multiple-labels": { what: "A form field has more than one label.", todo: "Give each field exactly one label." }
};

// rules/wcag/axe.ts
var AXE_STANDARDS = ["nhs-service-standard:5", "dtac:D1.4", "psbar:reg4", "inclusion:accessibility"];
function wcagFromTag(tag) {
  const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}
var MESSAGES = {
  violation: "{{what}} {{todo}}",
  needsReview: "Check this by hand: {{what}} {{todo}}"
};
function fromAxe(axeRule) {
  const plain = AXE_PLAIN[axeRule.ruleId];
  const wcag = axeRule.tags.map(wcagFromTag).filter((x) => x !== null);
  const id = `axe/${axeRule.ruleId}`;
  const toData = (result, summary) => ({
    what: plain?.what ?? `${result.help}.`,
    todo: plain?.todo ?? firstLines(summary) ?? "See the guidance linked from this finding."
  });
  return definePageRule({
    meta: {
      id,
      severity: "serious",
      title: axeRule.help,
      failureTitle: plain?.what ?? axeRule.help,
      description: `${axeRule.description}. Checked by axe-core. [Learn more](${axeRule.helpUrl})`,
      wcag,
      standards: [...AXE_STANDARDS],
      requires: ["Axe"],
      messages: MESSAGES,
      helpUrl: axeRule.helpUrl
    },
    check({ Axe }, ctx) {
      const violation = Axe.violations.find((v) => v.id === axeRule.ruleId);
      const incomplete = Axe.incomplete.find((v) => v.id === axeRule.ruleId);
      for (const [result, messageId, outcome] of [
        [violation, "violation", "fail"],
        [incomplete, "needsReview", "needs-review"]
      ]) {
        for (const node of result?.nodes ?? []) {
          ctx.report({
            messageId,
            outcome,
            data: toData(result, node.failureSummary),
            selector: node.selector,
            html: node.html,
            severity: node.impact ?? result.impact ?? "serious"
          });
        }
      }
      if (!violation && !incomplete && !Axe.passes.includes(axeRule.ruleId)) return "inapplicable";
    }
  });
}
function firstLines(summary) {
  if (!summary) return null;
  const lines = summary.split("\n").map((l) => l.trim()).filter((l) => l && !/^Fix (any|all) of the following:?$/i.test(l));
  return lines.length ? lines.slice(0, 2).map((l) => /[.!?]$/.test(l) ? l : `${l}.`).join(" ") : null;
}
var WANTED_TAGS = new Set(AXE_TAGS);
var axeRules = axeCore.getRules().filter((r) => r.tags.some((t) => WANTED_TAGS.has(t))).map((r) => fromAxe(r));

// rules/text-match.ts
function normalise2(text) {
  return text.toLowerCase().replace(/[\u2018\u2019\u201b`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015]/g, "-").replace(/&amp;|&/g, " and ").replace(/\s+/g, " ").trim();
}
var cache2 = /* @__PURE__ */ new Map();
function toRegExp(phrase) {
  if (typeof phrase !== "string") return new RegExp(phrase.source, phrase.flags.includes("i") ? phrase.flags : phrase.flags + "i");
  let re = cache2.get(phrase);
  if (!re) {
    const words2 = normalise2(phrase).split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const body = words2.map((w) => /[a-z]$/.test(w) ? `${w}(?:s|es)?` : w).join("[\\s\\-/']*");
    re = new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, "i");
    cache2.set(phrase, re);
  }
  return re;
}
function findPhrase(text, phrases) {
  const norm2 = normalise2(text);
  for (const phrase of phrases) {
    const m = toRegExp(phrase).exec(norm2);
    if (m) return { text: m[0], quote: quoteAround(norm2, m.index, m[0].length) };
  }
  return null;
}
function hasPhrase(text, phrases) {
  return findPhrase(text, phrases) !== null;
}
function quoteAround(text, index, length, room = 60) {
  const start = Math.max(0, index - room);
  const end = Math.min(text.length, index + length + room);
  return `${start > 0 ? "\u2026" : ""}${text.slice(start, end).trim()}${end < text.length ? "\u2026" : ""}`;
}
function isEnglish2(lang) {
  return !lang || /^en\b/i.test(lang.trim());
}
var TOPICS = {
  relay: ["relay uk", "text relay", "typetalk", "textphone", "text phone", "minicom", /(?<!\d)18001(?!\d)/, /(?<!\d)18002(?!\d)/],
  bsl: ["british sign language", /\bbsl\b/, "sign language interpreter", "signvideo", "sign video", "signlive", "interpreternow", "video relay"],
  namedFormats: ["large print", "easy read", "easyread", "braille", "audio", "other language", "another language", "bsl video", "coloured paper"],
  anyFormat: ["other format", "different format", "alternative format", "accessible format"],
  communicationNeeds: ["communication need", "communication support", "accessible information", "information need", "reasonable adjustment", "communication and information need", "help to talk to us", "help to communicate"],
  translation: ["other language", "another language", "interpreter", "interpreting", "translation", "translate", "translated", "language line", "languageline", "first language is not english", "do not speak english", "don't speak english", "limited english"],
  emergency999: [/(?<![\d.,£])999(?!\d|[.,]\d)/],
  nhs111: ["nhs 111", "111 online", "call 111", "111.nhs.uk", /(?<![\d.,£])111(?!\d|[.,]\d)/],
  outOfHours: ["out of hours", "out-of-hours", "when we are closed", "when we're closed", "when the surgery is closed", "when the practice is closed", "outside our opening hours", "outside opening hours"],
  nhsApp: ["nhs app"],
  onlineRequest: ["online request", "request online", "online form", "online consultation", "contact us online", "message us online", "online message", "ask online", "e-consult", "econsult", "patchs", "accurx", "engage consult", "askmygp", "ask my gp"],
  noProofNeeded: [
    /(do not|don't|dont|not|no need to|never) (need|needed|have to|required|require|requirement|asked|ask you)[^.]{0,60}(proof of address|proof of id|identification|\bid\b|photo id|proof of (your )?(address|identity|immigration))/,
    /(proof of address|proof of id|identification|\bid\b|proof of identity)[^.]{0,40}(is|are) not (needed|required|necessary)/,
    /no (proof of address|proof of id|id|identification) (is )?(needed|required)/
  ],
  complaint: ["complaint", "complain", "feedback and complaints", "concerns and complaints"],
  aisCompliance: [/accessible information standard[^.]{0,120}(complian|self[- ]?assess|report|how we (meet|follow|comply)|we (meet|follow|comply))/, /(complian|self[- ]?assess|we (meet|follow|comply with))[^.]{0,80}accessible information standard/]
};
function findTopic(text, topic) {
  return findPhrase(text, TOPICS[topic]);
}
var MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var MON = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
function parseDates(text) {
  const norm2 = normalise2(text);
  const out = [];
  const month = (m) => MONTHS.findIndex((name) => name.startsWith(m.slice(0, 3)));
  for (const m of norm2.matchAll(new RegExp(`(?:(\\d{1,2})(?:st|nd|rd|th)? )?${MON},? (\\d{4})`, "g"))) {
    out.push(new Date(Date.UTC(Number(m[3]), month(m[2]), Number(m[1] ?? 1))));
  }
  for (const m of norm2.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) out.push(new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))));
  for (const m of norm2.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) out.push(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  return out.filter((d) => !Number.isNaN(d.getTime()));
}
function sentencesWith(text, phrases) {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => hasPhrase(s, phrases));
}
function monthsBetween(from, to) {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0);
}

// rules/site-facts.ts
function artifact(snapshot, name) {
  const value = snapshot.artifacts[name];
  return value === void 0 || isArtifactError(value) ? void 0 : value;
}
var urlOf = (p) => p.finalUrl || p.url;
function okPages(site) {
  return site.pages.filter((p) => p.status === null || p.status >= 200 && p.status < 400);
}
function homePage(site) {
  const start = normaliseUrl(site.startUrl);
  const pages = okPages(site);
  return pages.find((p) => normaliseUrl(p.url) === start || normaliseUrl(urlOf(p)) === start) ?? [...pages].sort((a, b) => a.depth - b.depth)[0];
}
function pageText(p) {
  return artifact(p, "BodyText")?.text ?? "";
}
function mainText(p) {
  const main = artifact(p, "MainText");
  return main && main.blocks.length ? main.blocks.map((b) => b.text).join("\n") : pageText(p);
}
function isEnglishPage(p) {
  return isEnglish2(artifact(p, "Meta")?.lang ?? artifact(p, "MainText")?.lang);
}
var KINDS = {
  statement: { path: /accessib/i, title: /accessibility statement/i },
  contact: { path: /contact/i, title: /\bcontact\b/i },
  complaints: { path: /complain|feedback/i, title: /complain/i },
  register: { path: /regist|join|new-patient/i, title: /regist|join (the|our|us)|new patients?\b/i },
  privacy: { path: /privacy|gdpr|data-protection|fair-processing/i, title: /privacy|fair processing|how we use your (data|information)/i }
};
function pagesOfKind(site, kind) {
  const { path, title } = KINDS[kind];
  return okPages(site).filter((p) => {
    const h1 = artifact(p, "Headings")?.find((h) => h.level === 1)?.text ?? "";
    return path.test(new URL(urlOf(p)).pathname) || title.test(artifact(p, "Meta")?.title ?? "") || title.test(h1);
  });
}
function linksMatching(links, text, href) {
  return links.filter((l) => hasPhrase(l.text, text) || href !== void 0 && href.test(l.href));
}
var PROVIDER_NAME = /surgery|medical (practice|centre|center|group|partnership)|health ?(centre|center)|\bgp\b|group practice|family practice|\bpractice\b|clinic|hospital|nhs (foundation )?trust|care home|pharmacy|dental|dentist/i;
function isProviderSite(site) {
  const home = homePage(site);
  if (!home) return false;
  const title = artifact(home, "Meta")?.title ?? "";
  const h1 = artifact(home, "Headings")?.find((h) => h.level === 1)?.text ?? "";
  const brand = (artifact(home, "Links") ?? []).filter((l) => l.region === "header" && normaliseUrl(l.href) === normaliseUrl(urlOf(home))).map((l) => l.text).join(" ");
  return PROVIDER_NAME.test(`${title} ${h1} ${brand}`);
}
function blockMatching(p, phrases) {
  return artifact(p, "MainText")?.blocks.find((b) => hasPhrase(b.text, phrases));
}

// rules/statement/statement-page.ts
var STATEMENT_WORDS = ["accessibility statement", "accessibility", "accessibility help", "web accessibility"];
function statementLinks(links) {
  return linksMatching(links, STATEMENT_WORDS, /accessibility[-_]?statement/i);
}
function findStatement(site) {
  const candidates = pagesOfKind(site, "statement").filter(isEnglishPage);
  const page = candidates.find((p) => hasPhrase(mainText(p), ["accessibility statement", "accessibility regulations", "web content accessibility guidelines"])) ?? candidates[0];
  return page ? { page, text: mainText(page) } : void 0;
}
function complianceClaim(text) {
  const m = /\b(fully|partially|partly|not|non)[\s-]+compliant\b/i.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return word === "fully" ? "fully" : word === "partially" || word === "partly" ? "partially" : "not";
}
function citedCriteria(text) {
  return [...new Set([...text.matchAll(/(?<![\d.])([1-4]\.[1-5]\.\d{1,2})(?![\d.]?\d)/g)].map((m) => m[1]))];
}

// rules/statement/statement-compliance-status.ts
var VERSION2 = /(?:web content accessibility guidelines|wcag)\s*(?:\(wcag\)\s*)?(?:version\s*)?(2\.[0-2])/i;
var statement_compliance_status_default = defineSiteRule({
  meta: {
    id: "statement-compliance-status",
    severity: "serious",
    title: "The accessibility statement gives its compliance status and WCAG version",
    failureTitle: "The accessibility statement does not give a clear compliance status",
    description: "The law says the statement must tell people how far the website meets the accessibility standard: fully, partially or not compliant with a named version of WCAG. Public sector websites are now checked against WCAG 2.2.",
    wcag: [],
    standards: ["psbar:reg8-model", "psbar:reg4", "dtac:D1.4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings"],
    messages: {
      missingStatus: 'The accessibility statement does not say if the website is fully, partially or not compliant. Add a "Compliance status" section with the wording from the model statement.',
      missingVersion: 'The accessibility statement does not say which version of the Web Content Accessibility Guidelines (WCAG) it uses. Say "WCAG version 2.2 AA standard".',
      oldVersion: 'The accessibility statement measures the website against WCAG {{version}}. Test against WCAG 2.2 AA and update the statement: "{{quote}}".'
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return "inapplicable";
    const url = urlOf(statement.page);
    if (!complianceClaim(statement.text)) return void ctx.report({ messageId: "missingStatus", url, selector: null });
    const version = VERSION2.exec(statement.text);
    if (!version) return void ctx.report({ messageId: "missingVersion", url, selector: null });
    if (version[1] !== "2.2") {
      const block = blockMatching(statement.page, [/web content accessibility guidelines|wcag/]);
      ctx.report({ messageId: "oldVersion", url, selector: block?.selector ?? null, outcome: "needs-review", data: { version: version[1], quote: (block?.text ?? version[0]).slice(0, 160) } });
    }
  }
});

// rules/statement/statement-consistency.ts
var statement_consistency_default = defineSiteRule({
  meta: {
    id: "statement-consistency",
    severity: "serious",
    title: "The accessibility statement matches what this audit found",
    failureTitle: 'The accessibility statement says "fully compliant", but this audit found serious problems',
    description: "A statement that says everything works misleads the people who most need to know what does not. It must be honest about known problems, so they can ask for another way.",
    wcag: [],
    standards: ["psbar:reg8-4a", "psbar:reg4", "dtac:D1.4", "nhs-service-standard:5", "inclusion:trust", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings", "Axe"],
    messages: {
      claimContradicted: 'The accessibility statement says the website is fully compliant, but this audit found {{count}} serious or critical problems on {{pages}} pages (for example "{{example}}"). Fix them, or change the statement to "partially compliant" and list them.'
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement || complianceClaim(statement.text) !== "fully") return "inapplicable";
    let count = 0;
    const pages = /* @__PURE__ */ new Set();
    let example = "";
    for (const p of okPages(site)) {
      for (const v of artifact(p, "Axe")?.violations ?? []) {
        const serious = v.nodes.filter((n) => (n.impact ?? v.impact) === "serious" || (n.impact ?? v.impact) === "critical");
        if (serious.length === 0) continue;
        count += serious.length;
        pages.add(urlOf(p));
        example ||= v.help;
      }
    }
    if (count > 0) ctx.report({ messageId: "claimContradicted", url: urlOf(statement.page), selector: null, data: { count, pages: pages.size, example } });
  }
});

// rules/statement/statement-contact.ts
var WRITTEN_LINK = ["contact form", "online form", "contact us", "send us a message", "email", "feedback form", "report a problem", "online request"];
var statement_contact_default = defineSiteRule({
  meta: {
    id: "statement-contact",
    severity: "serious",
    title: "The accessibility statement gives a written way to report problems",
    failureTitle: "The accessibility statement gives no written way to report problems",
    description: "Some people cannot use the phone. The law says the statement must describe and link to a way to report accessibility problems and ask for content in another format, such as an email address or an online form.",
    wcag: [],
    standards: ["psbar:reg8-4c", "psbar:reg8-4b", "ais:meet", "nhs-service-standard:5", "nhs-service-standard:3", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings", "Links"],
    messages: {
      missingContact: 'The accessibility statement does not say how to report a problem or ask for another format. Add a "Feedback and contact information" section with an email address or a link to an online form.',
      phoneOnly: "The accessibility statement only gives a phone number to report problems. Add an email address or a link to an online form, so people who cannot use the phone can get in touch."
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return "inapplicable";
    const main = (artifact(statement.page, "Links") ?? []).filter((l) => l.region === "main" || l.region === "other");
    const written = main.some((l) => /^mailto:/i.test(l.href)) || linksMatching(main, WRITTEN_LINK).length > 0 || /[\w.+-]+@[\w-]+\.[\w.]+/.test(statement.text) || hasPhrase(statement.text, [/write to us|send us a letter|by letter to/]);
    if (written) return;
    const phone = main.some((l) => /^tel:/i.test(l.href)) || hasPhrase(statement.text, ["call us", "phone us", "telephone", /\b0\d{3,4} ?\d{3} ?\d{3,4}\b/]);
    ctx.report({ messageId: phone ? "phoneOnly" : "missingContact", url: urlOf(statement.page), selector: null });
  }
});

// rules/statement/statement-enforcement.ts
var EHRC = ["equality and human rights commission", /\behrc\b/];
var EASS = ["equality advisory and support service", "equality advisory support service", /\beass\b/, "equalityadvisoryservice.com"];
var statement_enforcement_default = defineSiteRule({
  meta: {
    id: "statement-enforcement",
    severity: "serious",
    title: "The accessibility statement explains the enforcement procedure",
    failureTitle: "The accessibility statement does not explain the enforcement procedure",
    description: "People who are not happy with the answer they get need to know where to go next. The law says the statement must link to the enforcement procedure: the Equality and Human Rights Commission (EHRC) enforces the regulations, and people can contact the Equality Advisory and Support Service (EASS).",
    wcag: [],
    standards: ["psbar:reg8-4d", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings", "Links"],
    messages: {
      missingEnforcement: 'The accessibility statement does not name {{missing}}. Add an "Enforcement procedure" section: the EHRC enforces the regulations, and people who are not happy with your response can contact the EASS (equalityadvisoryservice.com).'
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return "inapplicable";
    const hrefs = (artifact(statement.page, "Links") ?? []).map((l) => l.href).join(" ");
    const missing = [];
    if (!hasPhrase(statement.text, EHRC)) missing.push("the Equality and Human Rights Commission (EHRC)");
    if (!hasPhrase(`${statement.text} ${hrefs}`, EASS)) missing.push("the Equality Advisory and Support Service (EASS)");
    if (missing.length) ctx.report({ messageId: "missingEnforcement", url: urlOf(statement.page), selector: null, data: { missing: missing.join(" or ") } });
  }
});

// rules/statement/statement-html.ts
var statement_html_default = defineSiteRule({
  meta: {
    id: "statement-html",
    severity: "serious",
    title: "The accessibility statement is a web page",
    failureTitle: "The accessibility statement is only a PDF",
    description: "A PDF is harder to read on a phone, with a screen reader or with large text. The regulations ask for the statement in an accessible format, and the model statement is a web page.",
    wcag: [],
    standards: ["psbar:reg8-statement", "gp-website:html-not-pdf", "dtac:D1.4.1", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links", "MainText", "Meta", "Headings"],
    messages: {
      pdfOnly: 'The link "{{text}}" goes to a PDF ({{target}}), and there is no web page version. Publish the accessibility statement as a web page and link to that.'
    }
  },
  check(site, ctx) {
    if (findStatement(site)) return;
    const pdfs = new Set(site.documents.filter((d) => /pdf/i.test(d.contentType ?? "") || /\.pdf$/i.test(new URL(d.url).pathname)).map((d) => d.url));
    for (const p of okPages(site)) {
      for (const link of statementLinks(artifact(p, "Links") ?? [])) {
        const target = normaliseUrl(link.href) ?? link.href;
        if (pdfs.has(target) || /\.pdf($|[?#])/i.test(link.href)) {
          ctx.report({ messageId: "pdfOnly", url: urlOf(p), selector: link.selector, data: { text: link.text, target: link.href } });
          return;
        }
      }
    }
    return "inapplicable";
  }
});

// rules/statement/statement-linked.ts
var statement_linked_default = defineSiteRule({
  meta: {
    id: "statement-linked",
    severity: "serious",
    title: "Every page links to the accessibility statement",
    failureTitle: "Some pages do not link to the accessibility statement",
    description: "Disabled people look for the accessibility statement to find out what may not work for them and how to get help. The law expects it to be easy to find, so link to it from every page, usually in the footer.",
    wcag: [],
    standards: ["psbar:reg8-statement", "dtac:D1.4.1", "gp-website:legal-pages", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links"],
    messages: {
      missingLink: 'This page has no link to the accessibility statement. Add a link called "Accessibility statement" to the footer of every page.'
    }
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, "Links") !== void 0);
    if (pages.length === 0) return "inapplicable";
    for (const p of pages) {
      if (statementLinks(artifact(p, "Links")).length === 0) ctx.report({ messageId: "missingLink", url: urlOf(p), selector: null });
    }
  }
});

// rules/statement/statement-non-accessible.ts
var statement_non_accessible_default = defineSiteRule({
  meta: {
    id: "statement-non-accessible",
    severity: "serious",
    title: "The accessibility statement lists the content that is not accessible",
    failureTitle: "The accessibility statement says the website is not fully accessible but lists nothing",
    description: "People need to know which parts of the website may not work for them, so they can ask for another way. The law says the statement must list the parts that are not accessible and why, citing the WCAG success criteria they fail.",
    wcag: [],
    standards: ["psbar:reg8-4a", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings"],
    messages: {
      nothingListed: 'The accessibility statement says the website is {{claim}} compliant but does not list what is not accessible. Add a "Non-accessible content" section. Give each problem, the WCAG success criterion it fails (for example 1.1.1) and when you will fix it.'
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    const claim = statement && complianceClaim(statement.text);
    if (!statement || !claim) return "inapplicable";
    if (claim !== "fully" && citedCriteria(statement.text).length === 0) {
      ctx.report({ messageId: "nothingListed", url: urlOf(statement.page), selector: null, data: { claim: claim === "not" ? "not" : "partially" } });
    }
  }
});

// rules/statement/statement-review-date.ts
import { z as z16 } from "zod";
var DATE_WORDS = ["prepared", "reviewed", "review", "updated", "tested", "last checked", "published"];
var statement_review_date_default = defineSiteRule({
  meta: {
    id: "statement-review-date",
    severity: "moderate",
    title: "The accessibility statement was reviewed in the last 12 months",
    failureTitle: "The accessibility statement has not been reviewed in the last 12 months",
    description: "An old statement may not match the website people use today. The law says the statement must be kept under regular review, and the model statement gives the date it was prepared and last reviewed.",
    wcag: [],
    standards: ["psbar:reg8-review", "gp-website:content-review", "nhs-service-standard:8", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings"],
    options: z16.object({ maxMonths: z16.number().int().positive().default(12) }),
    messages: {
      missingDate: 'The accessibility statement does not say when it was prepared or last reviewed. Add a "Preparation of this accessibility statement" section with the dates.',
      staleDate: "The accessibility statement was last reviewed on {{date}}, more than {{months}} months ago. Test the website again and update the statement."
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return "inapplicable";
    const url = urlOf(statement.page);
    const dates = sentencesWith(statement.text, DATE_WORDS).flatMap(parseDates).filter((d) => d.getTime() <= ctx.auditDate.getTime() + 864e5);
    if (dates.length === 0) return void ctx.report({ messageId: "missingDate", url, selector: null });
    const latest = new Date(Math.max(...dates.map((d) => d.getTime())));
    if (monthsBetween(latest, ctx.auditDate) >= ctx.options.maxMonths) {
      ctx.report({ messageId: "staleDate", url, selector: null, data: { date: latest.toISOString().slice(0, 10), months: ctx.options.maxMonths } });
    }
  }
});

// rules/statement/statement-scope.ts
var SCOPE = [/(this|our) (accessibility )?statement (applies|relates) to/, /(this|our) (accessibility )?statement (covers|is for)/, "this statement covers", /applies to (the|this|our) [^.]{0,60}(website|site|app)/];
var statement_scope_default = defineSiteRule({
  meta: {
    id: "statement-scope",
    severity: "moderate",
    title: "The accessibility statement says which website it covers",
    failureTitle: "The accessibility statement does not say which website it covers",
    description: 'People need to know if the statement is about the website they are using. The model statement starts with "This accessibility statement applies to" and the website address.',
    wcag: [],
    standards: ["psbar:reg8-model", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "Meta", "Headings"],
    messages: {
      missingScope: 'The accessibility statement does not say which website it covers. Start it with "This accessibility statement applies to" and the website address.'
    }
  },
  check(site, ctx) {
    const statement = findStatement(site);
    if (!statement) return "inapplicable";
    if (!hasPhrase(statement.text, SCOPE)) ctx.report({ messageId: "missingScope", url: urlOf(statement.page), selector: null });
  }
});

// rules/statement/index.ts
var statementRules = [
  statement_linked_default,
  statement_html_default,
  statement_scope_default,
  statement_compliance_status_default,
  statement_non_accessible_default,
  statement_contact_default,
  statement_enforcement_default,
  statement_review_date_default,
  statement_consistency_default
];

// rules/ais/ais-complaints-channels.ts
function channels(text, links) {
  const out = /* @__PURE__ */ new Set();
  if (links.some((l) => /^tel:/i.test(l.href)) || hasPhrase(text, ["call", "phone", "telephone"])) out.add("phone");
  if (links.some((l) => /^mailto:/i.test(l.href)) || hasPhrase(text, ["email", "e-mail"])) out.add("email");
  if (hasPhrase(text, ["online form", "contact form", "complaints form", "complaint form", "feedback form", "web form"])) out.add("online form");
  if (hasPhrase(text, ["letter", "write to", "in writing", "by post"])) out.add("letter");
  if (hasPhrase(text, ["in person", "at reception", "talk to", "speak to", "member of staff"])) out.add("in person");
  return [...out];
}
var ais_complaints_channels_default = defineSiteRule({
  meta: {
    id: "ais-complaints-channels",
    severity: "moderate",
    title: "Patients can complain in more than one way",
    failureTitle: "Patients can only complain in one way",
    description: "A complaints process is only accessible if people can use it. The Accessible Information Standard expects an accessible complaints process: offer more than one way, such as phone, email, an online form or a letter.",
    wcag: [],
    standards: ["ais:meet", "gp-website:statutory-info", "nhs-service-standard:3", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "BodyText", "Links", "Meta", "Headings"],
    messages: {
      noComplaintsInfo: "No page explains how to complain. Add a complaints page and link to it from the footer. Offer more than one way to complain.",
      oneChannel: "The only way to complain is by {{channel}}. Add at least one more way, such as email, an online form or a letter."
    }
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return "inapplicable";
    const pages = pagesOfKind(site, "complaints").filter(isEnglishPage);
    if (pages.length > 0) {
      const found = channels(pages.map(mainText).join("\n"), pages.flatMap((p) => (artifact(p, "Links") ?? []).filter((l) => l.region === "main")));
      if (found.length <= 1) ctx.report({ messageId: "oneChannel", url: urlOf(pages[0]), selector: null, data: { channel: found[0] ?? "an unclear route" } });
      return;
    }
    for (const p of okPages(site).filter(isEnglishPage)) {
      const block = blockMatching(p, TOPICS.complaint);
      if (!block) continue;
      const all = mainText(p);
      const start = Math.max(0, all.indexOf(block.text));
      const text = all.slice(start, start + 600);
      const found = channels(text, []);
      if (found.length <= 1) ctx.report({ messageId: "oneChannel", url: urlOf(p), selector: block.selector, data: { channel: found[0] ?? "an unclear route" } });
      return;
    }
    ctx.report({ messageId: "noComplaintsInfo", url: site.startUrl, selector: null });
  }
});

// rules/ais/ais-communication-needs-route.ts
var ais_communication_needs_route_default = defineSiteRule({
  meta: {
    id: "ais-communication-needs-route",
    severity: "serious",
    title: "Patients can tell the practice about their communication needs",
    failureTitle: "There is no clear way to tell the practice about communication needs",
    description: "The Accessible Information Standard asks services to find out if people need information in another format or help to communicate, such as a BSL interpreter. A page or form that invites people to say so, close to the home page, is the website's part of that.",
    wcag: [],
    standards: ["ais:identify", "nhs-service-standard:16", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links", "MainText", "BodyText", "Meta", "Headings"],
    messages: {
      noRoute: 'No page within 2 clicks of the home page tells patients how to let you know about their communication needs. Add a page or form section called "Tell us about your communication needs" and link to it from the home page or footer.'
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const near = okPages(site).filter((p) => p.depth <= 2 && isEnglishPage(p));
    if (near.some((p) => findTopic(mainText(p), "communicationNeeds"))) return;
    const linked = near.some((p) => p.depth <= 1 && linksMatching(artifact(p, "Links") ?? [], TOPICS.communicationNeeds).length > 0);
    if (!linked) ctx.report({ messageId: "noRoute", url: urlOf(home), selector: null });
  }
});

// rules/ais/ais-compliance-published.ts
var ais_compliance_published_default = defineSiteRule({
  meta: {
    id: "ais-compliance-published",
    severity: "minor",
    advisory: true,
    title: "The site says how the practice meets the Accessible Information Standard",
    failureTitle: "The site does not say how the practice meets the Accessible Information Standard",
    description: "The 2025 Accessible Information Standard asks services to review how well they meet it and publish the result, by March 2027. Publishing it tells patients what support they can expect.",
    wcag: [],
    standards: ["ais:review", "nhs-service-standard:8", "nhs-service-standard:5", "inclusion:trust"],
    requires: ["BodyText", "Meta", "Headings"],
    messages: {
      notPublished: "No page says how the practice meets the Accessible Information Standard. Publish your yearly self-assessment, or a short statement of how you meet it, before March 2027."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const text = okPages(site).filter(isEnglishPage).map(pageText).join("\n");
    if (!findTopic(text, "aisCompliance")) ctx.report({ messageId: "notPublished", url: urlOf(home), selector: null });
  }
});

// rules/ais/ais-deaf-access.ts
var ais_deaf_access_default = defineSiteRule({
  meta: {
    id: "ais-deaf-access",
    severity: "moderate",
    advisory: true,
    title: "The site tells deaf patients how to contact the practice",
    failureTitle: "The site does not mention Relay UK or British Sign Language",
    description: "Deaf patients and people with a speech impairment can call through Relay UK (18001) or use a BSL interpreter or video relay. Saying so on the website tells them the practice can meet their needs.",
    wcag: [],
    standards: ["ais:meet", "nhs-service-standard:5", "nhs-service-standard:3", "inclusion:accessibility"],
    requires: ["BodyText", "Meta", "Headings"],
    messages: {
      missingRelay: 'No page mentions Relay UK, 18001 or a textphone. Tell deaf patients and people with a speech impairment that they can call you through Relay UK: "Call 18001 then" your number.',
      missingBsl: "No page mentions British Sign Language (BSL). Tell patients you can book a BSL interpreter, or offer a BSL video relay service."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const text = okPages(site).filter(isEnglishPage).map(pageText).join("\n");
    const url = urlOf(pagesOfKind(site, "contact")[0] ?? home);
    if (!findTopic(text, "relay")) ctx.report({ messageId: "missingRelay", url, selector: null });
    if (!findTopic(text, "bsl")) ctx.report({ messageId: "missingBsl", url, selector: null });
  }
});

// rules/ais/ais-non-phone-contact.ts
var FORM_LINKS = [...TOPICS.onlineRequest, "contact form", "send us a message", "message us", "email us", "text us"];
function writtenRoutes(p) {
  const links = artifact(p, "Links") ?? [];
  const routes = [];
  if (links.some((l) => /^mailto:/i.test(l.href)) || /[\w.+-]+@[\w-]+\.[a-z.]{2,}/i.test(pageText(p))) routes.push("email");
  if (links.some((l) => /^sms:/i.test(l.href)) || hasPhrase(pageText(p), ["text us", "send us a text", "sms"])) routes.push("text message");
  const fields = (artifact(p, "Forms") ?? []).filter((f) => f.visible && f.type !== "search" && f.type !== "hidden");
  if (fields.some((f) => f.tag === "textarea" || f.type === "email") || linksMatching(links, FORM_LINKS).some((l) => !/^(tel|mailto|sms):/i.test(l.href))) routes.push("online form");
  return routes;
}
var ais_non_phone_contact_default = defineSiteRule({
  meta: {
    id: "ais-non-phone-contact",
    severity: "serious",
    title: "The contact page offers a way to get in touch without the phone",
    failureTitle: "The contact page only offers the phone",
    description: "Deaf people, people with a speech impairment and people with anxiety may not be able to use the phone. The Accessible Information Standard says people should be able to contact services in accessible ways, such as email or text message.",
    wcag: [],
    standards: ["ais:meet", "gp-website:contact-details", "nhs-service-standard:3", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Links", "Forms", "BodyText", "Meta", "Headings"],
    messages: {
      phoneOnly: "The contact page only gives a phone number and an address. Add at least one other way to contact you: an email address, an online form or a number people can text."
    }
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return "inapplicable";
    const contact = pagesOfKind(site, "contact").filter(isEnglishPage);
    if (contact.length === 0) return "inapplicable";
    if (contact.some((p) => writtenRoutes(p).length > 0)) return;
    ctx.report({ messageId: "phoneOnly", url: urlOf(contact[0]), selector: null });
  }
});

// rules/ais/ais-other-formats.ts
var ais_other_formats_default = defineSiteRule({
  meta: {
    id: "ais-other-formats",
    severity: "moderate",
    title: "The site offers information in other formats",
    failureTitle: "The site does not offer information in other formats",
    description: "Some patients need letters and leaflets in large print, easy read, braille, audio or another language. The Accessible Information Standard asks services to offer them, and the contact or accessibility page is where people look.",
    wcag: [],
    standards: ["ais:meet", "psbar:reg8-4b", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["MainText", "BodyText", "Meta", "Headings"],
    messages: {
      noOffer: "Neither the contact page nor the accessibility statement offers information in other formats. Say that patients can ask for large print, easy read, braille, audio or another language, and how to ask.",
      formatsNotNamed: 'The site says people can ask for "{{quote}}" but does not name any formats. Say which formats you offer, such as large print, easy read, braille, audio or other languages.'
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return "inapplicable";
    const pages = [...pagesOfKind(site, "contact"), ...pagesOfKind(site, "statement")].filter(isEnglishPage);
    if (pages.length === 0) return "inapplicable";
    const text = pages.map(mainText).join("\n");
    if (findTopic(text, "namedFormats")) return;
    const generic = findTopic(text, "anyFormat");
    const url = urlOf(pages[0]);
    if (generic) ctx.report({ messageId: "formatsNotNamed", url, selector: null, outcome: "needs-review", data: { quote: generic.text } });
    else ctx.report({ messageId: "noOffer", url, selector: null });
  }
});

// rules/ais/index.ts
var aisRules = [ais_communication_needs_route_default, ais_non_phone_contact_default, ais_deaf_access_default, ais_other_formats_default, ais_complaints_channels_default, ais_compliance_published_default];

// rules/gp/gp-contact-details.ts
var POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i;
var DAY = "(mon|tue|wed|thu|fri|sat|sun)[a-z]*|weekdays?|every day|daily";
var TIME = "\\d{1,2}([:.]\\d{2})? ?(am|pm)|\\d{1,2}[:.]\\d{2}|midday|noon";
var HOURS = new RegExp(`(${DAY})[^\\n]{0,60}(${TIME})|(${TIME})[^\\n]{0,60}(${DAY})|open 24 hours`, "i");
var HOURS_IMAGE = /opening|hours|times|timetable/i;
var gp_contact_details_default = defineSiteRule({
  meta: {
    id: "gp-contact-details",
    severity: "critical",
    title: "The phone number, address and opening hours are on the home or contact page",
    failureTitle: "Contact details are missing from the home and contact pages",
    description: "Contacting the practice is a top task. Patients need the phone number as a link they can tap, the address and the opening hours, written as text so screen readers, translation tools and zoom work.",
    wcag: [],
    standards: ["gp-website:contact-details", "gp-website:homepage-tasks", "gp-website:statutory-info", "nhs-service-standard:3", "inclusion:devices-and-data"],
    requires: ["Links", "BodyText", "Images", "Meta", "Headings"],
    messages: {
      noTelLink: 'The phone number is not a link. Make it a "tel:" link, for example <a href="tel:+441632960123">, so people can tap it to call.',
      noAddress: "The home and contact pages do not give the practice address with a postcode. Add the full address as text.",
      noHours: 'The home and contact pages do not give the opening hours. Add them as text, for example "Monday to Friday, 8am to 6:30pm".',
      hoursImageOnly: "The opening hours are only given as an image. Write them as text, so everyone can read them, zoom them and translate them."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return "inapplicable";
    const pages = [home, ...pagesOfKind(site, "contact").filter((p) => p !== home)].filter(isEnglishPage);
    if (pages.length === 0) return "inapplicable";
    const url = urlOf(pages[pages.length - 1]);
    const text = pages.map(pageText).join("\n");
    if (!pages.some((p) => (artifact(p, "Links") ?? []).some((l) => /^tel:/i.test(l.href)))) ctx.report({ messageId: "noTelLink", url, selector: null });
    if (!POSTCODE.test(text)) ctx.report({ messageId: "noAddress", url, selector: null });
    if (!HOURS.test(normalise2(text))) {
      const image = pages.flatMap((p) => (artifact(p, "Images") ?? []).filter((i) => i.visible && HOURS_IMAGE.test(`${i.alt ?? ""} ${i.src}`)).map((i) => ({ p, i })))[0];
      if (image) ctx.report({ messageId: "hoursImageOnly", url: urlOf(image.p), selector: image.i.selector });
      else ctx.report({ messageId: "noHours", url, selector: null });
    }
  }
});

// rules/gp/gp-content-freshness.ts
import { z as z17 } from "zod";
var REVIEWED = ["last reviewed", "page reviewed", "reviewed on", "last updated", "page updated", "updated on", "last checked"];
var gp_content_freshness_default = defineSiteRule({
  meta: {
    id: "gp-content-freshness",
    severity: "minor",
    advisory: true,
    title: "Pages that show a review date were reviewed in the last 12 months",
    failureTitle: "Some pages have not been reviewed for more than 12 months",
    description: "Out-of-date opening times, services or advice send patients the wrong way. NHS England asks practices to review key pages every 6 months and all content at least yearly.",
    wcag: [],
    standards: ["gp-website:content-review", "gp-website:online-presence", "nhs-service-standard:8", "inclusion:trust"],
    requires: ["MainText", "BodyText"],
    options: z17.object({ maxMonths: z17.number().int().positive().default(12) }),
    messages: {
      staleReview: 'This page says "{{quote}}", more than {{months}} months ago. Check the page is still right and update the review date.'
    }
  },
  check(site, ctx) {
    let sawDate = false;
    const statements = new Set(pagesOfKind(site, "statement"));
    for (const p of okPages(site).filter((x) => !statements.has(x))) {
      const blocks = artifact(p, "MainText")?.blocks ?? [];
      for (const b of blocks) {
        const sentence = sentencesWith(b.text, REVIEWED).find((s) => parseDates(s).length > 0);
        if (!sentence) continue;
        sawDate = true;
        const latest = Math.max(...parseDates(sentence).map((d) => d.getTime()));
        if (monthsBetween(new Date(latest), ctx.auditDate) >= ctx.options.maxMonths) {
          ctx.report({ messageId: "staleReview", url: urlOf(p), selector: b.selector, data: { quote: sentence.slice(0, 120), months: ctx.options.maxMonths } });
        }
        break;
      }
    }
    if (!sawDate) return "inapplicable";
  }
});

// rules/gp/gp-legal-pages.ts
var PAGES = [
  { name: "cookies", words: ["cookie", "cookie policy", "cookie settings"], href: /cookie/i },
  { name: "complaints", words: ["complaint", "complain", "feedback and complaints", "comments and complaints"], href: /complain/i }
];
var gp_legal_pages_default = defineSiteRule({
  meta: {
    id: "gp-legal-pages",
    severity: "moderate",
    title: "Every page links to the cookies and complaints information",
    failureTitle: "Some pages do not link to the cookies or complaints information",
    description: "Patients expect the same legal links at the bottom of every page: the accessibility statement, privacy notice, cookies and complaints. NHS England's benchmarking tool checks for them.",
    wcag: [],
    standards: ["gp-website:legal-pages", "gp-website:statutory-info", "nhs-service-standard:9", "inclusion:trust"],
    requires: ["Links", "Meta", "Headings"],
    messages: {
      missingLinks: "This page has no link to the {{missing}} information. Add footer links to the cookies and complaints pages on every page."
    }
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return "inapplicable";
    for (const p of okPages(site)) {
      const links = artifact(p, "Links");
      if (!links) continue;
      const missing = PAGES.filter((x) => linksMatching(links, x.words, x.href).length === 0).map((x) => x.name);
      if (missing.length) ctx.report({ messageId: "missingLinks", url: urlOf(p), selector: null, data: { missing: missing.join(" and ") } });
    }
  }
});

// rules/gp/gp-navigation.ts
import { z as z18 } from "zod";
var gp_navigation_default = defineSiteRule({
  meta: {
    id: "gp-navigation",
    severity: "moderate",
    title: "The main menu is short and simple, with a visible search",
    failureTitle: "The main menu is hard to use",
    description: `In NHS England's testing, patients with low digital confidence got lost in long menus and sub-menus, did not recognise a menu icon without the word "Menu", and relied on a visible search box.`,
    wcag: [],
    standards: ["gp-website:navigation", "gp-website:menu-label", "gp-website:search", "nhs-service-standard:4", "inclusion:skills"],
    requires: ["Navigation", "Meta", "Headings", "Links"],
    options: z18.object({ maxItems: z18.number().int().positive().default(7) }),
    messages: {
      tooManyItems: "The main menu has {{count}} items. Keep it to {{max}} or fewer, for the top tasks. Move other links into the page content or the footer.",
      subMenus: "The main menu has sub-menus. Remove them: give each section one page that links to its topics.",
      menuLabel: 'The button that opens the menu on small screens shows "{{text}}". Show the word "Menu" on it, not only an icon.',
      noSearch: 'There is no visible search box on the home page. Add a search box in the header, labelled "Search".'
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    const nav = home && artifact(home, "Navigation");
    if (!home || !nav || !isProviderSite(site)) return "inapplicable";
    const url = urlOf(home);
    const { mainNav, menuButton, search } = nav;
    if (mainNav && mainNav.items.length > ctx.options.maxItems) ctx.report({ messageId: "tooManyItems", url, selector: mainNav.selector, data: { count: mainNav.items.length, max: ctx.options.maxItems } });
    if (mainNav?.nestedSelector) ctx.report({ messageId: "subMenus", url, selector: mainNav.nestedSelector });
    if (menuButton && !hasPhrase(menuButton.text, ["menu", "more"])) ctx.report({ messageId: "menuLabel", url, selector: menuButton.selector, data: { text: menuButton.text || "only an icon" } });
    if (!search || !search.visible) ctx.report({ messageId: "noSearch", url, selector: search?.selector ?? null });
  }
});

// rules/gp/overlay-vendors.ts
var OVERLAY_VENDORS = [
  { host: "acsbapp.com", name: "accessiBe", source: "https://support.accessibe.com/en/articles/installation" },
  { host: "acsbap.com", name: "accessiBe", source: "https://support.accessibe.com/en/articles/installation" },
  { host: "cdn.userway.org", name: "UserWay", source: "https://userway.org/docs/install" },
  { host: "cdn.equalweb.com", name: "EqualWeb", source: "https://www.equalweb.com/installation" },
  { host: "reciteme.com", name: "Recite Me", source: "https://reciteme.com/support/installation" },
  { host: "browsealoud.com", name: "Browsealoud (Texthelp)", source: "https://www.texthelp.com/products/browsealoud/" },
  { host: "audioeye.com", name: "AudioEye", source: "https://www.audioeye.com/installation/" },
  { host: "maxaccess.io", name: "Max Access", source: "https://maxaccess.io/" },
  { host: "accessibilityadapter.com", name: "eye-able / Accessibility Adapter", source: "https://eye-able.com/" }
];
function overlayForHost(host2) {
  const h = host2.toLowerCase();
  return OVERLAY_VENDORS.find((v) => h === v.host || h.endsWith(`.${v.host}`));
}

// rules/gp/gp-no-overlay-widgets.ts
var host = (url) => {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
};
var gp_no_overlay_widgets_default = definePageRule({
  meta: {
    id: "gp-no-overlay-widgets",
    severity: "serious",
    title: "The page does not use an accessibility overlay widget",
    failureTitle: "The page uses an accessibility overlay widget",
    description: "Overlay widgets and toolbars cannot make a website accessible or protect it from legal action, and they often get in the way of the assistive technology disabled people already use. NHS England advises against them.",
    wcag: [],
    standards: ["gp-website:no-overlays", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Scripts", "Http"],
    messages: {
      overlay: "This page loads the {{vendor}} accessibility widget ({{host}}). Remove it and fix the accessibility problems in the website itself."
    }
  },
  check({ Scripts, Http }, ctx) {
    const seen = /* @__PURE__ */ new Set();
    const urls = [...Scripts.flatMap((s) => s.src ? [{ url: s.src, selector: s.selector }] : []), ...Http.resources.map((r) => ({ url: r.url, selector: null }))];
    for (const { url, selector } of urls) {
      const vendor = overlayForHost(host(url));
      if (!vendor || seen.has(vendor.name)) continue;
      seen.add(vendor.name);
      ctx.report({ messageId: "overlay", selector, data: { vendor: vendor.name, host: host(url) } });
    }
  }
});

// rules/gp/gp-no-popups.ts
import { z as z19 } from "zod";
var gp_no_popups_default = definePageRule({
  meta: {
    id: "gp-no-popups",
    severity: "serious",
    title: "No pop-up covers the page when it loads",
    failureTitle: "A pop-up covers the page when it loads",
    description: "In NHS England's testing, more than a quarter of patients who met a pop-up got stuck. Screen reader users may not know it is there. Put notices, such as flu clinic dates, in the page instead.",
    wcag: [],
    standards: ["gp-website:no-popups", "nhs-service-standard:4", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["Popups"],
    options: z19.object({ minCoverage: z19.number().min(0).max(1).default(0.3) }),
    messages: {
      popup: 'A pop-up covers {{percent}}% of the screen when the page loads ("{{text}}"). Remove it and put the message in the page content.'
    }
  },
  check({ Popups }, ctx) {
    for (const item of Popups.items) {
      if (item.cookieBanner || item.coverage < ctx.options.minCoverage) continue;
      ctx.report({ messageId: "popup", selector: item.selector, html: item.html, data: { percent: Math.round(item.coverage * 100), text: item.text.slice(0, 80) } });
    }
  }
});

// rules/gp/gp-online-services.ts
var gp_online_services_default = defineSiteRule({
  meta: {
    id: "gp-online-services",
    severity: "moderate",
    title: "The site explains the NHS App and how to ask for help online",
    failureTitle: "The site does not explain the online services",
    description: "Patients are often unsure what they can do in the NHS App and what they need the practice's own online form for. Explaining both, in plain words, helps them choose the right route and saves phone calls.",
    wcag: [],
    standards: ["gp-website:online-services", "nhs-service-standard:2", "nhs-service-standard:3", "inclusion:skills"],
    requires: ["BodyText", "Meta", "Headings"],
    messages: {
      missingNhsApp: "No page mentions the NHS App. Explain what patients can do in it, such as order repeat prescriptions and see test results, and link to it.",
      missingOnlineRequest: "No page explains how to contact the practice online, for example with an online request form. Explain how to send a request online, when it is open and when you will reply."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const text = okPages(site).filter(isEnglishPage).map(pageText).join("\n");
    if (!findTopic(text, "nhsApp")) ctx.report({ messageId: "missingNhsApp", url: urlOf(home), selector: null });
    if (!findTopic(text, "onlineRequest")) ctx.report({ messageId: "missingOnlineRequest", url: urlOf(home), selector: null });
  }
});

// rules/gp/gp-pdf-only-task.ts
var TASK_WORDS = ["form", "apply", "application", "register", "registration", "request", "order", "consent", "book", "proxy access"];
var isPdf = (href, pdfs) => /\.pdf($|[?#])/i.test(href) || pdfs.has(href.split("#")[0]);
var gp_pdf_only_task_default = defineSiteRule({
  meta: {
    id: "gp-pdf-only-task",
    severity: "moderate",
    title: "Tasks can be done on web pages, not only with PDFs",
    failureTitle: "A task can only be done with a PDF",
    description: "PDF forms are hard to fill in on a phone and with a screen reader, and many people cannot print them. NHS guidance says to publish content and forms as web pages.",
    wcag: [],
    standards: ["gp-website:html-not-pdf", "nhs-service-standard:5", "nhs-service-standard:4", "inclusion:devices-and-data"],
    requires: ["Links", "Forms", "Meta"],
    messages: {
      pdfOnly: 'The only way to use "{{text}}" on this page is a PDF. Make it a web page or an online form, and keep the PDF only as an extra.'
    }
  },
  check(site, ctx) {
    if (!isProviderSite(site)) return "inapplicable";
    const pdfs = new Set(site.documents.filter((d) => /pdf/i.test(d.contentType ?? "")).map((d) => d.url));
    for (const p of okPages(site).filter(isEnglishPage)) {
      const links = (artifact(p, "Links") ?? []).filter((l) => l.region !== "footer" && l.region !== "nav" && l.region !== "header");
      const pdfTasks = linksMatching(links.filter((l) => isPdf(l.href, pdfs)), TASK_WORDS);
      if (pdfTasks.length === 0) continue;
      const htmlForm = (artifact(p, "Forms") ?? []).some((f) => f.visible && f.type !== "search" && f.type !== "hidden");
      const htmlRoute = links.some((l) => !isPdf(l.href, pdfs) && /^https?:/i.test(l.href) && hasPhrase(l.text, ["form", "apply online", "request online", "online request", "register online"]));
      if (htmlForm || htmlRoute) continue;
      for (const link of pdfTasks) ctx.report({ messageId: "pdfOnly", url: urlOf(p), selector: link.selector, data: { text: link.text } });
    }
  }
});

// rules/gp/gp-registration.ts
var REGISTER_HEADING = [/^(how to )?(register|registering|registration|join)\b/, "register with us", "register as a patient", "new patient"];
var gp_registration_default = defineSiteRule({
  meta: {
    id: "gp-registration",
    severity: "moderate",
    title: "The site explains how to register, and that no proof of address or ID is needed",
    failureTitle: "The site does not explain registration fully",
    description: "Anyone can register with a GP, including people who are homeless, asylum seekers and travellers. Many people wrongly think they need proof of address or ID, and are put off. NHS England asks practices to say clearly that they do not.",
    wcag: [],
    standards: ["gp-website:registration", "gp-website:top-tasks", "nhs-service-standard:2", "inclusion:skills"],
    requires: ["MainText", "Meta", "Headings"],
    messages: {
      noRegisterInfo: 'No page explains how to register with the practice. Add a "Register with us" page, with your catchment area and how to register.',
      missingNoProof: 'The registration information does not say that patients do not need proof of address or ID to register. Add it: "You do not need proof of address or ID to register."'
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return "inapplicable";
    const pages = [...pagesOfKind(site, "register"), ...okPages(site).filter((p) => blockMatching(p, REGISTER_HEADING))].filter(isEnglishPage);
    if (pages.length === 0) return void ctx.report({ messageId: "noRegisterInfo", url: urlOf(home), selector: null });
    if (!pages.some((p) => findTopic(mainText(p), "noProofNeeded"))) {
      ctx.report({ messageId: "missingNoProof", url: urlOf(pages[0]), selector: null, outcome: "needs-review" });
    }
  }
});

// rules/gp/gp-top-tasks.ts
var TASKS = [
  { task: "appointments", words: ["appointment", "book", "see a gp", "see a doctor"] },
  { task: "prescriptions", words: ["prescription", "medicine", "medication"] },
  { task: "test results", words: ["test result", "result", "blood test"] },
  { task: "registering", words: ["register", "registration", "join the practice", "join us", "new patient"] },
  { task: "contact", words: ["contact", "get in touch", "opening time", "opening hour", "find us"] },
  { task: "sick or fit notes", words: ["fit note", "sick note", "med3", "statement of fitness", "time off work"] }
];
var gp_top_tasks_default = defineSiteRule({
  meta: {
    id: "gp-top-tasks",
    severity: "serious",
    title: "The home page links to the top patient tasks",
    failureTitle: "The home page is missing links to top patient tasks",
    description: "Most patients start a task on the home page. NHS England found they look for clear links to book an appointment, order a prescription, get test results, register, contact the practice and get a fit note.",
    wcag: [],
    standards: ["gp-website:top-tasks", "gp-website:homepage-tasks", "nhs-service-standard:2", "nhs-service-standard:4", "inclusion:skills"],
    requires: ["Links", "Meta", "Headings"],
    messages: {
      missingTasks: 'The home page has no link for: {{missing}}. Add a clear link for each task near the top of the home page, for example "Order a repeat prescription".'
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const links = (artifact(home, "Links") ?? []).filter((l) => l.visible && !/^(tel|mailto|sms):/i.test(l.href));
    const missing = TASKS.filter((t) => linksMatching(links, t.words).length === 0).map((t) => t.task);
    if (missing.length) ctx.report({ messageId: "missingTasks", url: urlOf(home), selector: null, data: { missing: missing.join(", ") } });
  }
});

// rules/gp/gp-translation.ts
var gp_translation_default = defineSiteRule({
  meta: {
    id: "gp-translation",
    severity: "minor",
    advisory: true,
    title: "The site offers help to people whose first language is not English",
    failureTitle: "The site does not offer help to people whose first language is not English",
    description: "People with limited English have a right to a free interpreter at their appointment, but many do not know it. Saying so on the website, in simple words, helps them use the practice.",
    wcag: [],
    standards: ["gp-website:translation", "ais:meet", "nhs-service-standard:5", "inclusion:accessibility"],
    requires: ["BodyText", "Meta", "Headings"],
    messages: {
      noTranslationHelp: "No page offers help to people whose first language is not English. Say that you can book a free interpreter, and how to ask for one."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site) || !isEnglishPage(home)) return "inapplicable";
    const text = okPages(site).map(pageText).join("\n");
    if (!findTopic(text, "translation")) ctx.report({ messageId: "noTranslationHelp", url: urlOf(home), selector: null });
  }
});

// rules/gp/gp-urgent-care.ts
var NEEDED = [
  { topic: "emergency999", words: "999 for emergencies" },
  { topic: "nhs111", words: "NHS 111 (111 online or call 111)" },
  { topic: "outOfHours", words: "what to do when the practice is closed (out of hours)" }
];
var gp_urgent_care_default = defineSiteRule({
  meta: {
    id: "gp-urgent-care",
    severity: "critical",
    title: "The home and contact pages say where to get urgent help",
    failureTitle: "The home or contact page does not say where to get urgent help",
    description: "Someone who is seriously ill may land on the practice website first. They need to see straight away when to call 999, when to use NHS 111, and what to do when the practice is closed.",
    wcag: [],
    standards: ["gp-website:urgent-care", "gp-website:statutory-info", "nhs-service-standard:16", "nhs-service-standard:2", "inclusion:accessibility"],
    requires: ["BodyText", "Meta", "Headings"],
    messages: {
      missingUrgentCare: "This page does not mention {{missing}}. Near the top, tell people to call 999 in an emergency, to use NHS 111 online or call 111 if they need help now, and what to do when you are closed."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    if (!home || !isProviderSite(site)) return "inapplicable";
    const pages = [home, ...pagesOfKind(site, "contact").filter((p) => p !== home)].filter(isEnglishPage);
    if (pages.length === 0) return "inapplicable";
    for (const p of pages) {
      const text = pageText(p);
      const missing = NEEDED.filter((n) => !findTopic(text, n.topic)).map((n) => n.words);
      if (missing.length) ctx.report({ messageId: "missingUrgentCare", url: urlOf(p), selector: null, data: { missing: missing.join(", ") } });
    }
  }
});

// rules/gp/index.ts
var gpRules = [
  gp_top_tasks_default,
  gp_navigation_default,
  gp_no_popups_default,
  gp_no_overlay_widgets_default,
  gp_pdf_only_task_default,
  gp_urgent_care_default,
  gp_online_services_default,
  gp_registration_default,
  gp_legal_pages_default,
  gp_contact_details_default,
  gp_translation_default,
  gp_content_freshness_default
];

// rules/trust/tracker-hosts.ts
var TRACKER_HOSTS = [
  { host: "googletagmanager.com", name: "Google Tag Manager / Google Analytics (gtag.js)", source: "https://developers.google.com/tag-platform/gtagjs/install" },
  { host: "google-analytics.com", name: "Google Analytics", source: "https://developers.google.com/tag-platform/security/guides/csp" },
  { host: "analytics.google.com", name: "Google Analytics", source: "https://developers.google.com/tag-platform/security/guides/csp" },
  { host: "stats.g.doubleclick.net", name: "Google Analytics advertising features", source: "https://developers.google.com/tag-platform/security/guides/csp" },
  { host: "googleads.g.doubleclick.net", name: "Google Ads", source: "https://developers.google.com/tag-platform/security/guides/csp" },
  { host: "connect.facebook.net", name: "Meta Pixel", source: "https://developers.facebook.com/docs/meta-pixel/get-started" },
  { host: "static.hotjar.com", name: "Hotjar", source: "https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP" },
  { host: "script.hotjar.com", name: "Hotjar", source: "https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP" },
  { host: "clarity.ms", name: "Microsoft Clarity", source: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup" },
  { host: "snap.licdn.com", name: "LinkedIn Insight Tag", source: "https://www.linkedin.com/help/lms/answer/a418880" },
  { host: "analytics.tiktok.com", name: "TikTok Pixel", source: "https://ads.tiktok.com/help/article/get-started-pixel" },
  { host: "cdn.segment.com", name: "Segment", source: "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/quickstart/" },
  { host: "js.hs-analytics.net", name: "HubSpot analytics", source: "https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code" },
  { host: "js.hs-scripts.com", name: "HubSpot tracking code", source: "https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code" },
  { host: "siteimproveanalytics.com", name: "Siteimprove Analytics", source: "https://help.siteimprove.com/support/solutions/articles/80000448553" }
];
var TRACKING_COOKIES = [
  { pattern: /^_ga($|_)/, name: "Google Analytics", source: "https://support.google.com/analytics/answer/11397207" },
  { pattern: /^_gid$/, name: "Google Analytics", source: "https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage" },
  { pattern: /^_gat/, name: "Google Analytics", source: "https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage" },
  { pattern: /^__utm[abcvz]$/, name: "Google Analytics (urchin)", source: "https://developers.google.com/analytics/devguides/collection/analyticsjs/cookie-usage" },
  { pattern: /^_gcl_/, name: "Google Ads", source: "https://business.safety.google/adscookies/" },
  { pattern: /^_fb[pc]$/, name: "Meta Pixel", source: "https://www.facebook.com/policy/cookies/" },
  { pattern: /^_hj/, name: "Hotjar", source: "https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code" },
  { pattern: /^_cl(ck|sk)$/, name: "Microsoft Clarity", source: "https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list" },
  { pattern: /^_uet(sid|vid)$/, name: "Microsoft Advertising", source: "https://help.ads.microsoft.com/#apex/ads/en/56960/1" },
  { pattern: /^(__hstc|hubspotutk|__hssc|__hssrc)$/, name: "HubSpot", source: "https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser" },
  { pattern: /^_ttp$/, name: "TikTok Pixel", source: "https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel" },
  { pattern: /^_pk_(id|ses)/, name: "Matomo", source: "https://matomo.org/faq/general/faq_146/" },
  { pattern: /^nmstat$/, name: "Siteimprove Analytics", source: "https://help.siteimprove.com/support/solutions/articles/80000448553" }
];
function trackerForHost(host2) {
  const h = host2.toLowerCase().replace(/\.$/, "");
  return TRACKER_HOSTS.find((t) => h === t.host || h.endsWith(`.${t.host}`));
}
function trackingCookie(name) {
  return TRACKING_COOKIES.find((c2) => c2.pattern.test(name));
}

// rules/trust/trust-cookies-before-consent.ts
var trust_cookies_before_consent_default = defineSiteRule({
  meta: {
    id: "trust-cookies-before-consent",
    severity: "serious",
    title: "No tracking cookies are set before the visitor agrees",
    failureTitle: "Tracking cookies are set before the visitor agrees",
    description: "Cookies that are not needed to run the website, such as analytics cookies, need the visitor's agreement first (PECR). Setting them straight away breaks patients' trust in how the practice treats their data.",
    wcag: [],
    standards: ["nhs-service-standard:9", "inclusion:trust"],
    requires: ["Cookies"],
    messages: {
      cookieBeforeConsent: 'The {{vendor}} cookie "{{cookie}}" is set before the visitor has agreed to cookies. Only set it after the visitor says yes, or stop using it.'
    }
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, "Cookies") !== void 0).sort((a, b) => a.depth - b.depth || a.fetchedAt.localeCompare(b.fetchedAt));
    if (pages.length === 0) return "inapplicable";
    const reported = /* @__PURE__ */ new Set();
    for (const p of pages) {
      for (const c2 of artifact(p, "Cookies")) {
        const vendor = trackingCookie(c2.name);
        const key = `${c2.domain} ${c2.name}`;
        if (!vendor || reported.has(key)) continue;
        reported.add(key);
        ctx.report({ messageId: "cookieBeforeConsent", url: urlOf(p), selector: null, data: { cookie: c2.name, vendor: vendor.name } });
      }
    }
  }
});

// rules/trust/local-origin.ts
function isLocalOrigin(url) {
  try {
    const host2 = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return host2 === "localhost" || host2.endsWith(".localhost") || /^127\./.test(host2) || host2 === "::1";
  } catch {
    return false;
  }
}

// rules/trust/trust-hsts.ts
var trust_hsts_default = defineSiteRule({
  meta: {
    id: "trust-hsts",
    severity: "moderate",
    title: "The site tells browsers to always use HTTPS",
    failureTitle: "The site does not tell browsers to always use HTTPS",
    description: "The Strict-Transport-Security header makes browsers use HTTPS every time, so nobody can quietly switch a patient to an insecure connection.",
    wcag: [],
    standards: ["nhs-service-standard:9", "inclusion:trust"],
    requires: ["Http"],
    messages: {
      missingHsts: 'The home page has no Strict-Transport-Security header. Send "Strict-Transport-Security: max-age=31536000" on every HTTPS response.',
      shortHsts: "The Strict-Transport-Security header has max-age={{maxAge}}, which is too short to protect patients. Use max-age=31536000 (1 year)."
    }
  },
  check(site, ctx) {
    const home = homePage(site);
    const http = home && artifact(home, "Http");
    if (!home || !http || !urlOf(home).startsWith("https:") || isLocalOrigin(urlOf(home))) return "inapplicable";
    const header = Object.entries(http.headers).find(([k]) => k.toLowerCase() === "strict-transport-security")?.[1];
    if (!header) return void ctx.report({ messageId: "missingHsts", url: urlOf(home), selector: null });
    const maxAge = Number(/max-age\s*=\s*"?(\d+)/i.exec(header)?.[1] ?? 0);
    if (maxAge < 86400) ctx.report({ messageId: "shortHsts", url: urlOf(home), selector: null, data: { maxAge } });
  }
});

// rules/trust/trust-https.ts
var trust_https_default = defineSiteRule({
  meta: {
    id: "trust-https",
    severity: "critical",
    title: "The site uses HTTPS",
    failureTitle: "The site does not use HTTPS",
    description: 'Without HTTPS, anyone on the same network can read or change what patients send and see, such as their name, date of birth or symptoms. Browsers also warn people that the site is "not secure", which breaks trust.',
    wcag: [],
    standards: ["nhs-service-standard:9", "dtac:D1.9.1", "inclusion:trust"],
    requires: ["Http"],
    messages: {
      notHttps: "This page is served over plain HTTP. Serve the whole site over HTTPS and redirect every HTTP address to it.",
      noRedirect: "The HTTP address {{from}} does not redirect to HTTPS. Redirect every HTTP address to its HTTPS version."
    }
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => !isLocalOrigin(urlOf(p)));
    if (pages.length === 0) return "inapplicable";
    const home = homePage(site);
    if (home && site.startUrl.startsWith("http:") && !isLocalOrigin(site.startUrl) && urlOf(home).startsWith("http:")) {
      const chain = artifact(home, "Http")?.redirectChain ?? [];
      if (!chain.some((r) => r.url.startsWith("https:"))) ctx.report({ messageId: "noRedirect", url: urlOf(home), selector: null, data: { from: site.startUrl } });
    }
    for (const p of pages) if (urlOf(p).startsWith("http:")) ctx.report({ messageId: "notHttps", url: urlOf(p), selector: null });
  }
});

// rules/trust/trust-mixed-content.ts
var trust_mixed_content_default = definePageRule({
  meta: {
    id: "trust-mixed-content",
    severity: "serious",
    title: "The page loads everything over HTTPS",
    failureTitle: "The page loads some files over plain HTTP",
    description: "A secure page that loads scripts, images or styles over plain HTTP is not fully secure. Browsers block some of these files, so parts of the page may break, and they show a warning.",
    wcag: [],
    standards: ["nhs-service-standard:9", "inclusion:trust"],
    requires: ["Http"],
    messages: {
      mixedContent: "This secure page loads {{resource}} over plain HTTP. Load it over HTTPS, or host it on this site."
    }
  },
  check({ Http }, ctx) {
    if (!Http.finalUrl.startsWith("https:") || isLocalOrigin(Http.finalUrl)) return "inapplicable";
    const seen = /* @__PURE__ */ new Set();
    for (const r of Http.resources) {
      if (!r.url.startsWith("http:") || isLocalOrigin(r.url) || seen.has(r.url)) continue;
      seen.add(r.url);
      ctx.report({ messageId: "mixedContent", selector: null, data: { resource: r.url } });
    }
  }
});

// rules/trust/trust-privacy-linked.ts
var PRIVACY = ["privacy", "privacy notice", "privacy policy", "fair processing", "how we use your information", "how we use your data", "your data", "data protection", "gdpr"];
var trust_privacy_linked_default = defineSiteRule({
  meta: {
    id: "trust-privacy-linked",
    severity: "serious",
    title: "Every page links to the privacy notice",
    failureTitle: "Some pages do not link to the privacy notice",
    description: "Patients share health details with the practice. They need to find out easily how their information is used and kept safe, and what their rights are. Link to the privacy notice from every page, usually in the footer.",
    wcag: [],
    standards: ["nhs-service-standard:9", "gp-website:legal-pages", "inclusion:trust"],
    requires: ["Links"],
    messages: {
      missingLink: 'This page has no link to the privacy notice. Add a link called "Privacy notice" to the footer of every page.'
    }
  },
  check(site, ctx) {
    const pages = okPages(site).filter((p) => artifact(p, "Links") !== void 0);
    if (pages.length === 0) return "inapplicable";
    for (const p of pages) {
      if (linksMatching(artifact(p, "Links"), PRIVACY, /privacy|gdpr|fair-processing/i).length === 0) ctx.report({ messageId: "missingLink", url: urlOf(p), selector: null });
    }
  }
});

// rules/trust/trust-trackers-before-consent.ts
var trust_trackers_before_consent_default = definePageRule({
  meta: {
    id: "trust-trackers-before-consent",
    severity: "serious",
    title: "No trackers load before the visitor agrees",
    failureTitle: "Trackers load before the visitor agrees",
    description: "Analytics and advertising tools tell other companies that someone visited a GP website, and what they looked at. The law (PECR) says you must ask first. Loading them before people choose breaks their trust that health data is safe.",
    wcag: [],
    standards: ["nhs-service-standard:9", "inclusion:trust"],
    requires: ["Http", "Scripts"],
    messages: {
      trackerRequested: "This page contacts {{tracker}} ({{host}}) as soon as it loads, before the visitor has agreed. Only load it after the visitor says yes to analytics cookies, or remove it."
    }
  },
  check({ Http, Scripts }, ctx) {
    const reported = /* @__PURE__ */ new Set();
    for (const r of Http.resources) {
      let host2;
      try {
        host2 = new URL(r.url).hostname;
      } catch {
        continue;
      }
      const tracker = trackerForHost(host2);
      if (!tracker || reported.has(host2)) continue;
      reported.add(host2);
      const script = Scripts.find((s) => s.src && new URL(s.src).hostname === host2);
      ctx.report({ messageId: "trackerRequested", selector: script?.selector ?? null, data: { tracker: tracker.name, host: host2 } });
    }
  }
});

// rules/trust/index.ts
var trustRules = [trust_https_default, trust_hsts_default, trust_mixed_content_default, trust_privacy_linked_default, trust_trackers_before_consent_default, trust_cookies_before_consent_default];

// rules/evidence/nhs-design-system-usage.ts
var nhs_design_system_usage_default = defineSiteRule({
  meta: {
    id: "nhs-design-system-usage",
    severity: "minor",
    advisory: true,
    // Evidence for assessors, not a problem: off unless the config turns it on.
    defaultOff: true,
    title: "No NHS design system components to list",
    failureTitle: "NHS design system components to list in your evidence",
    description: "Common components from the NHS design system are familiar to patients and are built to be accessible. DTAC question D1.10 asks which ones you use.",
    wcag: [],
    standards: ["dtac:D1.10", "dtac:D1.10.1", "nhs-service-standard:13", "gp-website:nhs-identity", "inclusion:trust"],
    requires: ["DesignSystem"],
    messages: {
      componentsFound: "The site uses {{count}} NHS design system components: {{components}}. List them in your answer to DTAC D1.10, and check they are up to date."
    }
  },
  check(site, ctx) {
    const pages = pagesWith(site, "DesignSystem");
    if (pages.length === 0) return "inapplicable";
    const onPages = /* @__PURE__ */ new Map();
    for (const { value } of pages) for (const name of Object.keys(value.components)) onPages.set(name, (onPages.get(name) ?? 0) + 1);
    if (onPages.size === 0) return;
    const components = [...onPages].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([name, n]) => `${name} (${n} page${n === 1 ? "" : "s"})`).join(", ");
    ctx.report({ messageId: "componentsFound", data: { count: onPages.size, components } });
  }
});

// rules/evidence/index.ts
var evidenceRules = [nhs_design_system_usage_default];

// rules/index.ts
var ALL_RULES = [
  ...axeRules,
  ...withDocs("site", siteRules, VERSION),
  ...withDocs("content", contentRules, VERSION),
  ...withDocs("layout", layoutRules, VERSION),
  ...withDocs("media", mediaRules, VERSION),
  ...withDocs("data", dataRules, VERSION),
  ...withDocs("keyboard", keyboardRules, VERSION),
  ...withDocs("forms", formRules, VERSION),
  ...withDocs("links", linkRules, VERSION),
  ...withDocs("consistency", consistencyRules, VERSION),
  ...withDocs("statement", statementRules, VERSION),
  ...withDocs("ais", aisRules, VERSION),
  ...withDocs("gp", gpRules, VERSION),
  ...withDocs("trust", trustRules, VERSION),
  ...withDocs("evidence", evidenceRules, VERSION)
];

// src/browser.ts
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/errors.ts
var UsageError = class extends Error {
  exitCode = 2;
};
var RuntimeError = class extends Error {
  exitCode = 3;
};

// src/browser.ts
var LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--mute-audio"
];
var SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium"
];
var NO_BROWSER_HELP = [
  "No Chrome or Chromium browser was found.",
  "Do one of these:",
  "  - on Debian or Ubuntu, run: apt-get install chromium",
  "  - or run: npx puppeteer browsers install chrome",
  "  - or set INCLUSIVE_AUDIT_CHROME to the path of a Chrome or Chromium program."
].join("\n");
var loadPuppeteer = async () => (await import("puppeteer")).default;
async function resolveExecutable(explicit, env = process.env) {
  const chosen = explicit ?? env.INCLUSIVE_AUDIT_CHROME ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new RuntimeError(`The browser path "${chosen}" does not exist.
${NO_BROWSER_HELP}`);
    return chosen;
  }
  try {
    const own = (await loadPuppeteer()).executablePath();
    if (own && existsSync(own)) return own;
  } catch {
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  throw new RuntimeError(NO_BROWSER_HELP);
}
var openProfiles = /* @__PURE__ */ new Set();
var openProcesses = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const p of openProcesses) if (p.exitCode === null) p.kill("SIGKILL");
    for (const dir of openProfiles) rmSync(dir, { recursive: true, force: true });
  });
}
async function launchBrowser(opts = {}) {
  const executablePath = await resolveExecutable(opts.executablePath);
  const puppeteer = await loadPuppeteer();
  const profile = mkdtempSync(join(tmpdir(), "inclusive-audit-"));
  openProfiles.add(profile);
  installExitHook();
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      args: LAUNCH_ARGS,
      protocolTimeout: 6e4,
      // The CLI handles signals itself, so it can stop cleanly and still clean up.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    openProfiles.delete(profile);
    throw new RuntimeError(`The browser at ${executablePath} would not start: ${err.message}`);
  }
  const proc = browser.process();
  if (proc) openProcesses.add(proc);
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.race([browser.close().catch(() => {
      }), new Promise((r) => setTimeout(r, 5e3))]);
      if (proc && proc.exitCode === null) proc.kill("SIGKILL");
      if (proc) openProcesses.delete(proc);
      rmSync(profile, { recursive: true, force: true });
      openProfiles.delete(profile);
    }
  };
}

// src/crawl/http.ts
var USER_AGENT = "inclusive-audit (+https://www.npmjs.com/package/inclusive-audit)";
async function fetchText(url, timeoutMs = 1e4) {
  const res2 = await fetch(url, { headers: { "user-agent": USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  const body = Buffer.from(await res2.arrayBuffer());
  return { status: res2.status, text: body.toString("utf8"), body };
}
async function headCheck(url, timeoutMs = 1e4) {
  try {
    let res2 = await fetch(url, { method: "HEAD", headers: { "user-agent": USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
    let bytes = numberOrNull(res2.headers.get("content-length"));
    if (res2.status === 405 || res2.status === 501) {
      res2 = await fetch(url, { headers: { "user-agent": USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
      bytes = (await res2.arrayBuffer()).byteLength;
    }
    return { status: res2.status, contentType: res2.headers.get("content-type"), bytes, error: null };
  } catch (err) {
    const cause = err.cause?.code;
    return { status: null, contentType: null, bytes: null, error: cause ?? err.message };
  }
}
function numberOrNull(v) {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
}

// src/crawl/sitemap.ts
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
var parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true });
var asArray = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
async function readSitemap(url, maxUrls = 5e4, depth = 0) {
  if (depth > 3) return [];
  let res2;
  try {
    res2 = await fetchText(url);
  } catch (err) {
    throw new UsageError(`The sitemap ${url} could not be fetched: ${err.message}`);
  }
  if (res2.status >= 400) throw new UsageError(`The sitemap ${url} answered HTTP ${res2.status}.`);
  const xml = res2.body[0] === 31 && res2.body[1] === 139 ? gunzipSync(res2.body).toString("utf8") : res2.text;
  let doc;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new UsageError(`The sitemap ${url} is not valid XML: ${err.message}`);
  }
  if (doc?.sitemapindex) {
    const out = [];
    for (const s of asArray(doc.sitemapindex.sitemap)) {
      const loc = typeof s?.loc === "string" ? s.loc.trim() : null;
      if (!loc) continue;
      out.push(...await readSitemap(new URL(loc, url).toString(), maxUrls - out.length, depth + 1));
      if (out.length >= maxUrls) break;
    }
    return out.slice(0, maxUrls);
  }
  if (doc?.urlset) {
    return asArray(doc.urlset.url).map((u) => typeof u?.loc === "string" ? new URL(u.loc.trim(), url).toString() : null).filter((u) => u !== null).slice(0, maxUrls);
  }
  throw new UsageError(`The file at ${url} is not a sitemap: it has no <urlset> or <sitemapindex>.`);
}

// src/engine/crawl.ts
import PQueue from "p-queue";

// src/crawl/robots.ts
import robotsParser from "robots-parser";
var ROBOTS_AGENT = "inclusive-audit";
async function loadRobots(origin) {
  const robotsUrl = new URL("/robots.txt", origin).toString();
  let text = "";
  try {
    const res2 = await fetchText(robotsUrl);
    if (res2.status >= 200 && res2.status < 300) text = res2.text;
  } catch {
    text = "";
  }
  const parsed = robotsParser(robotsUrl, text);
  return {
    isAllowed: (url) => parsed.isAllowed(url, ROBOTS_AGENT) !== false,
    sitemaps: parsed.getSitemaps()
  };
}

// src/gatherers/network.ts
var NetworkLog = class _NetworkLog {
  constructor(session) {
    this.session = session;
  }
  session;
  entries = /* @__PURE__ */ new Map();
  static async attach(page) {
    const session = await page.createCDPSession();
    const log = new _NetworkLog(session);
    await session.send("Network.enable");
    session.on("Network.requestWillBeSent", (e) => {
      log.entries.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", status: null, mimeType: null, bytes: 0 });
    });
    session.on("Network.responseReceived", (e) => {
      const entry = log.entries.get(e.requestId);
      if (entry) Object.assign(entry, { status: e.response.status, mimeType: e.response.mimeType, url: e.response.url });
    });
    session.on("Network.loadingFinished", (e) => {
      const entry = log.entries.get(e.requestId);
      if (entry) entry.bytes = e.encodedDataLength;
    });
    return log;
  }
  /** Forget the previous page before the tab navigates again. */
  reset() {
    this.entries.clear();
  }
  /** The Http artifact for the main document response. */
  toArtifact(response, finalUrl) {
    const resources = [...this.entries.values()].filter((e) => !e.url.startsWith("data:"));
    const doc = resources.find((e) => e.type === "Document" && e.url === finalUrl);
    const request = response?.request();
    const chain = request?.redirectChain() ?? [];
    return {
      status: response?.status() ?? null,
      finalUrl,
      redirectChain: chain.map((r) => ({ url: r.url(), status: r.response()?.status() ?? 0 })),
      contentType: response?.headers()["content-type"] ?? null,
      headers: response?.headers() ?? {},
      documentBytes: doc?.bytes ?? 0,
      totalBytes: resources.reduce((sum, e) => sum + e.bytes, 0),
      resources: resources.map((e) => ({ url: e.url, type: e.type, status: e.status, bytes: e.bytes, mimeType: e.mimeType }))
    };
  }
  async detach() {
    await this.session.detach().catch(() => {
    });
  }
};

// src/gatherers/layout.ts
var REFLOW_WIDTH = 320;
var TOUCH_TARGET_PX = 44;
var INSTALL_LAYOUT = String.raw`(() => {
  const h = window.__ia;
  const SKIP = new Set(['html', 'head', 'script', 'style', 'noscript', 'template', 'input', 'textarea', 'select', 'option', 'iframe', 'video', 'audio', 'canvas', 'img', 'svg', 'object', 'embed', 'br']);
  const TOL = 2;
  // Visually hidden (sr-only) patterns: a tiny box or a clip on the element or an ancestor.
  function clippedAway(el) {
    for (let n = el; n && n !== document.body; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.clip && cs.clip !== 'auto') return true;
      if (/inset\(\s*(50|100)%/.test(cs.clipPath || '')) return true;
      const r = n.getBoundingClientRect();
      if ((r.width <= 2 || r.height <= 2) && (cs.overflow !== 'visible' || n === el)) return true;
    }
    return false;
  }
  function lost() {
    const out = [];
    const all = document.body ? [document.body, ...document.body.getElementsByTagName('*')] : [];
    for (const el of all) {
      if (SKIP.has(el.localName) || el.closest('svg')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.display === 'contents' || cs.display === 'inline' || cs.visibility !== 'visible') continue;
      const ch = el.clientHeight, cw = el.clientWidth;
      if (ch === 0 && cw === 0) continue;
      const hid = (v) => v === 'hidden' || v === 'clip';
      // Vertically, half a line of slack: a line box a little taller than its box loses no text.
      const tolY = Math.max(TOL, parseFloat(cs.fontSize) / 2);
      let how = null;
      if ((hid(cs.overflowX) && el.scrollWidth > cw + TOL) || (hid(cs.overflowY) && el.scrollHeight > ch + tolY)) how = 'clipped';
      else if (cs.overflowY === 'visible' && el !== document.body && el.scrollHeight > ch + tolY && ch > 0) how = 'spills';
      if (how) out.push({ el, how });
    }
    return out;
  }
  function describe(el, how) {
    const r = el.getBoundingClientRect();
    return { selector: h.selector(el), html: h.html(el, 200), width: Math.round(r.width), height: Math.round(r.height), how, text: h.squash(el.textContent).slice(0, 80) };
  }
  const key = (x) => x.how;
  let base = new Map();
  /**
   * New lost content since the baseline, with text, visible and not an sr-only pattern. Overflow
   * spilling from an element also counts towards its ancestors, so only the innermost spill is kept.
   */
  function newlyLost(max) {
    const found = [];
    for (const x of lost()) {
      if (base.get(x.el) === key(x)) continue;
      if (!h.squash(x.el.textContent) || !h.visible(x.el) || clippedAway(x.el)) continue;
      const r = x.el.getBoundingClientRect();
      if (r.right <= 0 || r.bottom <= 0) continue; // parked off screen, like a skip link
      found.push(x);
    }
    return found
      .filter((x) => x.how !== 'spills' || !found.some((y) => y !== x && x.el.contains(y.el)))
      .slice(0, max)
      .map((x) => describe(x.el, x.how));
  }
  // One frame, so the page's own resize and media-query handlers run; never more than 50 ms.
  const settle = () => new Promise((r) => { requestAnimationFrame(() => r()); setTimeout(r, 50); });
  window.__iaLayout = { lost, newlyLost, clippedAway, settle, baseline() { base = new Map(lost().map((x) => [x.el, key(x)])); } };
})()`;
var READ_TEXT = String.raw`(() => {
  const h = window.__ia, L = window.__iaLayout;
  const per = new Map();
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || /^(script|style|noscript|template|title)$/.test(el.localName)) continue;
    const n = node.data.replace(/\s+/g, '').length;
    if (n) per.set(el, (per.get(el) || 0) + n);
  }
  const bySize = new Map();
  const blocks = [];
  const justified = [];
  let totalChars = 0;
  for (const [el, chars] of per) {
    if (!h.visible(el)) continue;
    const cs = getComputedStyle(el);
    const px = Math.round(parseFloat(cs.fontSize) * 2) / 2;
    if (px < 20 && L.clippedAway(el)) continue;
    totalChars += chars;
    bySize.set(px, (bySize.get(px) || 0) + chars);
    if (px < 20) blocks.push({ el, px, chars });
    if (cs.textAlign === 'justify' && chars >= 80) {
      const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
      if (el.getBoundingClientRect().height >= 2 * line) justified.push({ el, chars });
    }
  }
  blocks.sort((a, b) => b.chars - a.chars);
  return {
    text: {
      totalChars,
      bySize: [...bySize].sort((a, b) => a[0] - b[0]).map(([px, chars]) => ({ px, chars })),
      smallBlocks: blocks.slice(0, 20).map((b) => ({ selector: h.selector(b.el), html: h.html(b.el, 200), fontSize: b.px, chars: b.chars })),
    },
    justified: justified.slice(0, 20).map((j) => ({ selector: h.selector(j.el), html: h.html(j.el, 200), chars: j.chars })),
  };
})()`;
var SPACING_STYLE = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
var TEXT_SPACING = String.raw`(() => {
  const L = window.__iaLayout;
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(SPACING_STYLE)};
  document.head.appendChild(style);
  // Reading layout forces the browser to apply the style first: no need to wait for a frame.
  try { return { lost: L.newlyLost(20) }; } finally { style.remove(); }
})()`;
var TEXT_RESIZE = String.raw`(() => {
  const L = window.__iaLayout;
  const els = document.body ? [document.body, ...document.body.getElementsByTagName('*')] : [];
  const sizes = els.map((el) => { const cs = getComputedStyle(el); return [parseFloat(cs.fontSize), cs.lineHeight]; });
  const saved = els.map((el) => [el.style.getPropertyValue('font-size'), el.style.getPropertyPriority('font-size'), el.style.getPropertyValue('line-height'), el.style.getPropertyPriority('line-height'), el.getAttribute('style')]);
  els.forEach((el, i) => {
    const [fs, lh] = sizes[i];
    if (fs > 0) el.style.setProperty('font-size', fs * 2 + 'px', 'important');
    if (lh !== 'normal' && parseFloat(lh) > 0) el.style.setProperty('line-height', parseFloat(lh) * 2 + 'px', 'important');
  });
  try { return { lost: L.newlyLost(20) }; } finally {
    els.forEach((el, i) => {
      const [fs, fsp, lh, lhp, attr] = saved[i];
      // Read the attribute first: Chromium writes pending inline style back to it lazily.
      if (attr === null) { el.getAttribute('style'); el.removeAttribute('style'); return; }
      if (fs) el.style.setProperty('font-size', fs, fsp); else el.style.removeProperty('font-size');
      if (lh) el.style.setProperty('line-height', lh, lhp); else el.style.removeProperty('line-height');
    });
  }
})()`;
var NARROW = String.raw`(async (targetPx) => {
  const h = window.__ia, L = window.__iaLayout;
  await L.settle();
  const root = document.scrollingElement || document.documentElement;
  const cw = document.documentElement.clientWidth;
  const sw = root.scrollWidth;
  const hides = (el) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  const viewportClips = hides(document.documentElement) || (document.body ? hides(document.body) : false);
  const wide = [];
  const TWO_D = 'table,pre,map,canvas,video,iframe,object,embed,math,svg';
  // Outermost elements that stick out past the right edge; scroll containers keep their children in.
  function walk(el) {
    for (const child of el.children) {
      if (wide.length >= 20) return;
      const cs = getComputedStyle(child);
      if (cs.display === 'none' || child.localName === 'script' || child.localName === 'style') continue;
      const r = child.getBoundingClientRect();
      if (r.right > cw + 1 && r.width > 0 && cs.visibility === 'visible' && h.visible(child) && !L.clippedAway(child) && !(viewportClips && r.left >= cw)) {
        wide.push({ selector: h.selector(child), html: h.html(child, 200), width: Math.round(r.width), height: Math.round(r.height), right: Math.round(r.right), twoDimensional: child.matches(TWO_D) || !!child.closest('table,pre') });
        continue;
      }
      if (cs.overflowX !== 'visible') continue;
      walk(child);
    }
  }
  if (document.body && sw > cw + 1) walk(document.body);
  const lost = L.newlyLost(20);
  // Touch targets. Inline links in a sentence are excepted, as in WCAG 2.5.8.
  const small = [];
  const CONTROLS = 'a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=switch]';
  for (const el of document.querySelectorAll(CONTROLS)) {
    if (el.disabled || !h.visible(el)) continue;
    let r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0 || L.clippedAway(el)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'inline' && !el.matches('button,input,select,textarea')) {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (block && h.squash(block.textContent).length > h.squash(el.textContent).length + 1) continue;
    }
    if (el.matches('input[type=checkbox],input[type=radio]') && el.labels) {
      let { left, top, right, bottom } = r;
      for (const lab of el.labels) { const b = lab.getBoundingClientRect(); if (b.width && b.height) { left = Math.min(left, b.left); top = Math.min(top, b.top); right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom); } }
      r = { width: right - left, height: bottom - top };
    }
    if (r.width < targetPx - 0.5 || r.height < targetPx - 0.5) {
      small.push({ selector: h.selector(el), html: h.html(el, 200), width: Math.round(r.width), height: Math.round(r.height), text: h.accessibleText(el).slice(0, 60) });
    }
  }
  return { scrollWidth: sw, clientWidth: cw, viewportClips, wide, lost, smallTargets: small };
})`;
async function restoreViewport(page, original) {
  if (original) {
    await page.setViewport(original);
  } else {
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.clearDeviceMetricsOverride").finally(() => cdp.detach().catch(() => {
    }));
  }
}
var AT_OWN_WIDTH = `(() => {
  ${INSTALL_LAYOUT};
  window.__iaLayout.baseline();
  const viewport = { width: innerWidth, height: innerHeight };
  const { text, justified } = ${READ_TEXT};
  const textSpacing = ${TEXT_SPACING};
  const textResize = ${TEXT_RESIZE};
  return { viewport, text, justified, textSpacing, textResize };
})()`;
var layoutGatherer = {
  name: "Layout",
  async collect({ page }) {
    const own = await page.evaluate(AT_OWN_WIDTH);
    const original = page.viewport();
    let narrow;
    try {
      await page.setViewport({ ...original ?? { deviceScaleFactor: 1 }, width: REFLOW_WIDTH, height: original?.height ?? own.viewport.height, isMobile: original?.isMobile ?? false, hasTouch: original?.hasTouch ?? false });
      narrow = await page.evaluate(`${NARROW}(${TOUCH_TARGET_PX})`);
    } finally {
      await restoreViewport(page, original);
    }
    const { smallTargets, ...reflow } = narrow;
    return { ...own, reflow: { width: REFLOW_WIDTH, ...reflow }, smallTargets };
  }
};

// src/gatherers/media.ts
var MOVING_LIMIT_MS = 5e3;
var COLLECT_MEDIA = String.raw`(async (limitMs) => {
  const h = window.__ia;
  // On screen, even if hidden from screen readers: decorative motion is often aria-hidden.
  const shown = (el) => el.isConnected && (!el.checkVisibility || el.checkVisibility({ checkVisibilityCSS: true })) && el.getClientRects().length > 0;
  // Give players that are still fetching a moment to learn their duration.
  const loading = Array.from(document.querySelectorAll('audio,video')).filter((m) => m.readyState === 0 && m.networkState === 2);
  if (loading.length) {
    await Promise.race([
      Promise.all(loading.map((m) => new Promise((r) => { m.addEventListener('loadedmetadata', r, { once: true }); m.addEventListener('error', r, { once: true }); }))),
      new Promise((r) => setTimeout(r, 1000)),
    ]);
  }
  const STOP = /\b(pause|stop)\b/i;
  const PAGE_WIDE = /\b(animations?|motion|moving)\b/i;
  const labelOf = (c) => h.accessibleText(c) || c.getAttribute('value') || c.getAttribute('title') || (c.labels ? Array.from(c.labels).map((l) => l.textContent).join(' ') : '');
  const controls = Array.from(document.querySelectorAll('button,[role=button],a[href],input[type=button],input[type=submit],input[type=checkbox],[role=switch]'))
    .filter((c) => STOP.test(labelOf(c)) && h.visible(c));
  const pageWide = controls.some((c) => PAGE_WIDE.test(labelOf(c)));
  // Near: inside the element, or inside one of its 4 nearest ancestors (short of the body).
  function pauseNear(el) {
    if (pageWide) return true;
    let scope = el;
    for (let i = 0; i <= 4 && scope && scope !== document.body; i++, scope = scope.parentElement) {
      const s = scope;
      if (controls.some((c) => s.contains(c))) return true;
    }
    return false;
  }
  const players = Array.from(document.querySelectorAll('audio,video')).map((m) => ({
    selector: h.selector(m),
    html: h.html(m, 200),
    tag: m.localName,
    autoplay: m.autoplay,
    playing: !m.paused && !m.ended,
    muted: m.muted || m.defaultMuted,
    controls: m.controls,
    loop: m.loop,
    duration: Number.isFinite(m.duration) ? m.duration : null,
    tracks: Array.from(m.querySelectorAll('track')).map((t) => ({ kind: (t.getAttribute('kind') || 'subtitles').toLowerCase(), srclang: t.getAttribute('srclang'), label: t.getAttribute('label'), src: t.src || '' })),
    visible: shown(m),
    pauseControl: m.controls || pauseNear(m),
  }));
  const embeds = [];
  for (const f of document.querySelectorAll('iframe[src]')) {
    let host = '';
    try { host = new URL(f.src).hostname.replace(/^www\./, ''); } catch (e) { continue; }
    if (/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com)$/.test(host)) embeds.push({ selector: h.selector(f), src: f.src, host });
  }
  const marquees = Array.from(document.querySelectorAll('marquee,blink')).filter(shown)
    .map((m) => ({ selector: h.selector(m), html: h.html(m, 200), tag: m.localName, pauseControl: pauseNear(m) }));
  const running = (document.getAnimations ? document.getAnimations() : []).filter((a) => a.playState === 'running' && a.effect && a.effect.target);
  const animations = [];
  const seen = new Set();
  for (const a of running) {
    const el = a.effect.target;
    const t = a.effect.getComputedTiming();
    const infinite = t.iterations === Infinity || t.activeDuration === Infinity;
    if (!infinite && t.activeDuration <= limitMs) continue;
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const kind = window.CSSAnimation && a instanceof CSSAnimation ? 'css-animation' : window.CSSTransition && a instanceof CSSTransition ? 'css-transition' : 'web-animation';
    const name = kind === 'css-animation' ? a.animationName : kind === 'css-transition' ? a.transitionProperty : (a.id || '');
    const key = h.selector(el) + '|' + name;
    if (seen.has(key) || animations.length >= 20) continue;
    seen.add(key);
    animations.push({ selector: h.selector(el), html: h.html(el, 200), kind, name, infinite, activeMs: infinite ? null : Math.round(t.activeDuration), pauseControl: pauseNear(el) });
  }
  const CAROUSEL = '[aria-roledescription="carousel" i],.carousel,.slick-slider,.swiper,.swiper-container,.splide,.glide,.owl-carousel,.flickity-enabled,[class*="slideshow" i],[data-ride="carousel"],[data-bs-ride="carousel"]';
  const carousels = [];
  for (const c of document.querySelectorAll(CAROUSEL)) {
    if (c.parentElement && c.parentElement.closest(CAROUSEL)) continue;
    if (!shown(c) || carousels.length >= 10) continue;
    const ride = (c.getAttribute('data-ride') || c.getAttribute('data-bs-ride') || '').toLowerCase() === 'carousel';
    const flag = c.getAttribute('data-autoplay');
    const config = (c.getAttribute('data-slick') || '') + (c.getAttribute('data-splide') || '') + (c.getAttribute('data-flickity') || '');
    const autoAdvance = ride || (flag !== null && flag !== 'false' && flag !== '0') || /"?autoplay"?\s*:\s*(true|\d+|\{)/i.test(config);
    const moving = running.some((a) => c.contains(a.effect.target));
    carousels.push({ selector: h.selector(c), html: h.html(c, 200), autoAdvance, moving, pauseControl: pauseNear(c) });
  }
  return { players, embeds, marquees, animations, carousels };
})`;
var mediaGatherer = {
  name: "Media",
  collect: ({ page }) => page.evaluate(`${COLLECT_MEDIA}(${MOVING_LIMIT_MS})`)
};

// src/gatherers/in-page.ts
var INSTALL_HELPERS = String.raw`(() => {
  if (window.__ia) return;
  const esc = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, '\\$&'));
  const uniqueId = (el) => el.id && document.querySelectorAll('#' + esc(el.id)).length === 1;
  function selector(el) {
    if (!el || el.nodeType !== 1) return '';
    if (el === document.documentElement) return 'html';
    const parts = [];
    let node = el;
    while (node && node.nodeType === 1 && node !== document.documentElement) {
      if (uniqueId(node)) { parts.unshift('#' + esc(node.id)); break; }
      const tag = node.localName;
      let part = tag;
      const parent = node.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.localName === tag);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
      node = parent;
    }
    if (parts.length && !parts[0].startsWith('#')) parts.unshift('html');
    return parts.join(' > ');
  }
  function visible(el) {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
    if (el.closest('[aria-hidden="true"],[hidden]')) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0 || el.getClientRects().length > 0;
  }
  const REGIONS = [
    ['header', 'header,[role=banner]'],
    ['nav', 'nav,[role=navigation]'],
    ['footer', 'footer,[role=contentinfo]'],
    ['aside', 'aside,[role=complementary]'],
    ['main', 'main,[role=main]'],
  ];
  function region(el) {
    for (const [name, sel] of REGIONS) if (el.closest(sel)) return name;
    return 'other';
  }
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  function byIds(ids) {
    return squash((ids || '').split(/\s+/).map((id) => { const n = id && document.getElementById(id); return n ? n.textContent : ''; }).join(' '));
  }
  function accessibleText(el) {
    const labelled = byIds(el.getAttribute('aria-labelledby'));
    if (labelled) return labelled;
    const aria = squash(el.getAttribute('aria-label'));
    if (aria) return aria;
    let text = squash(el.innerText !== undefined ? el.innerText : el.textContent);
    if (!text) text = squash(Array.from(el.querySelectorAll('img[alt],[role=img][aria-label]')).map((i) => i.getAttribute('alt') || i.getAttribute('aria-label')).join(' '));
    if (!text) text = squash(el.getAttribute('title'));
    return text;
  }
  function langOf(el) {
    const holder = el.closest('[lang]');
    return holder ? holder.getAttribute('lang') : null;
  }
  function html(el, max) {
    const out = el.outerHTML || '';
    if (out.length <= (max || 300)) return out;
    const open = out.match(/^<[^>]*>/);
    return (open ? open[0] : out.slice(0, max || 300)).slice(0, max || 300) + '…';
  }
  window.__ia = { selector, visible, region, accessibleText, langOf, squash, byIds, html };
})()`;
var COLLECT_META = String.raw`(() => {
  const meta = (n) => { const m = document.querySelector('meta[name="' + n + '" i]'); return m ? m.getAttribute('content') : null; };
  return {
    title: document.title ? document.title.trim() : (document.querySelector('title') ? '' : null),
    lang: document.documentElement.getAttribute('lang'),
    viewport: meta('viewport'),
    doctype: document.doctype ? document.doctype.name : null,
    description: meta('description'),
    generator: meta('generator'),
  };
})()`;
var COLLECT_LINKS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => ({
    selector: h.selector(a),
    href: a.href,
    rawHref: a.getAttribute('href'),
    text: h.accessibleText(a),
    rel: a.getAttribute('rel') || '',
    target: a.getAttribute('target') || '',
    region: h.region(a),
    visible: h.visible(a),
    download: a.hasAttribute('download'),
  }));
})()`;
var COLLECT_HEADINGS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')).map((el) => {
    const aria = parseInt(el.getAttribute('aria-level') || '', 10);
    const level = /^h[1-6]$/i.test(el.localName) && !el.getAttribute('aria-level') ? Number(el.localName[1]) : (aria >= 1 && aria <= 6 ? aria : 2);
    return { selector: h.selector(el), level, text: h.accessibleText(el), visible: h.visible(el) };
  });
})()`;
var COLLECT_LANDMARKS = String.raw`(() => {
  const h = window.__ia;
  const implicit = { header: 'banner', nav: 'navigation', main: 'main', aside: 'complementary', footer: 'contentinfo', search: 'search' };
  const out = [];
  for (const el of document.querySelectorAll('header,nav,main,aside,footer,search,form,section,[role]')) {
    let role = el.getAttribute('role') || implicit[el.localName] || '';
    const label = h.byIds(el.getAttribute('aria-labelledby')) || h.squash(el.getAttribute('aria-label')) || null;
    if (!role && (el.localName === 'form' || el.localName === 'section') && label) role = el.localName === 'form' ? 'form' : 'region';
    if ((el.localName === 'header' || el.localName === 'footer') && !el.getAttribute('role') && el.parentElement && el.parentElement.closest('article,aside,main,nav,section')) continue;
    if (!['banner','navigation','main','complementary','contentinfo','search','form','region'].includes(role)) continue;
    out.push({ selector: h.selector(el), role, label });
  }
  return out;
})()`;
var COLLECT_FORMS = String.raw`(() => {
  const h = window.__ia;
  const skip = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
  const ERRORISH = /error|invalid/i;
  // Visible error text in the field's group, when the field or its group is marked as in error.
  function errorNear(el) {
    const group = el.closest('fieldset, [class*="form-group" i], [class*="field" i]') || el.parentElement;
    const marked = el.getAttribute('aria-invalid') === 'true' || ERRORISH.test(el.className || '') || (group && ERRORISH.test(group.className || ''));
    if (!group || !marked) return '';
    for (const node of group.querySelectorAll('[class*="error" i], [id*="error" i], [role=alert]')) {
      if (node.contains(el) || node.matches('input, select, textarea') || !h.visible(node)) continue;
      const text = h.squash(node.innerText);
      if (text) return text.slice(0, 200);
    }
    return '';
  }
  // A paste the page cancels: an onpaste attribute returning false, or a listener calling preventDefault.
  function blocksPaste(el) {
    try {
      const ev = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
      el.dispatchEvent(ev);
      return ev.defaultPrevented;
    } catch (e) { return false; }
  }
  return Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => !(el.localName === 'input' && skip.has((el.getAttribute('type') || 'text').toLowerCase())))
    .map((el) => {
      const labels = el.labels ? Array.from(el.labels).map((l) => h.squash(l.innerText)).join(' ') : '';
      const label = h.byIds(el.getAttribute('aria-labelledby')) || h.squash(el.getAttribute('aria-label')) || h.squash(labels) || h.squash(el.getAttribute('title'));
      const form = el.form || el.closest('form');
      return {
        selector: h.selector(el),
        tag: el.localName,
        type: el.localName === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : null,
        name: el.getAttribute('name'),
        id: el.id || null,
        label,
        placeholder: el.getAttribute('placeholder'),
        autocomplete: el.getAttribute('autocomplete'),
        required: el.required === true,
        ariaRequired: el.getAttribute('aria-required') === 'true',
        ariaInvalid: el.getAttribute('aria-invalid') === 'true',
        describedBy: h.byIds(el.getAttribute('aria-describedby')),
        visible: h.visible(el),
        formSelector: form ? h.selector(form) : null,
        errorText: errorNear(el),
        pasteBlocked: el.localName === 'input' && el.type === 'password' ? blocksPaste(el) : false,
      };
    });
})()`;
var COLLECT_IMAGES = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.images).map((img) => {
    const r = img.getBoundingClientRect();
    return {
      selector: h.selector(img),
      src: img.currentSrc || img.src || '',
      alt: img.getAttribute('alt'),
      role: img.getAttribute('role'),
      width: Math.round(r.width),
      height: Math.round(r.height),
      naturalWidth: img.naturalWidth || 0,
      naturalHeight: img.naturalHeight || 0,
      visible: h.visible(img),
    };
  });
})()`;
var COLLECT_SCRIPTS = String.raw`(() => {
  const h = window.__ia;
  return Array.from(document.scripts).map((s) => ({
    selector: h.selector(s),
    src: s.src || null,
    inlineLength: s.src ? 0 : (s.textContent || '').length,
    async: s.async || s.defer,
  }));
})()`;
var COLLECT_BODY_TEXT = String.raw`(() => {
  const max = 200000;
  const text = (document.body ? document.body.innerText : '') || '';
  return { text: text.slice(0, max), truncated: text.length > max };
})()`;
var COLLECT_MAIN_TEXT = String.raw`(() => {
  const h = window.__ia;
  const EXCLUDE = 'nav,header,footer,aside,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],script,style,noscript,template,svg,[aria-hidden="true"],[hidden]';
  const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,td,th,dt,dd,button,label,summary,legend,caption,figcaption,blockquote,pre,address,div,section,article,details,form,fieldset,table,ul,ol,dl,main,body,[role=heading],[role=listitem],[role=button]';
  function kindOf(el) {
    const t = el.localName;
    if (/^h[1-6]$/.test(t) || el.getAttribute('role') === 'heading') return 'heading';
    if (t === 'p') return 'paragraph';
    if (t === 'li' || t === 'dt' || t === 'dd' || el.getAttribute('role') === 'listitem') return 'list-item';
    if (t === 'td' || t === 'th') return 'cell';
    if (['button', 'label', 'summary', 'legend'].includes(t) || el.getAttribute('role') === 'button') return 'control';
    if (t === 'blockquote') return 'quote';
    return 'other';
  }
  let root = document.querySelector('main') ;
  let rootFound = 'main';
  if (!root) { root = document.querySelector('[role=main]'); rootFound = 'role-main'; }
  if (!root) {
    // The best candidate: the container holding the most paragraph text outside excluded regions.
    let best = null, bestLen = 0;
    for (const c of document.querySelectorAll('article, [class*="content" i], [id*="content" i], section, div')) {
      if (c.closest(EXCLUDE)) continue;
      let len = 0;
      for (const p of c.querySelectorAll(':scope > p, :scope > * > p')) len += (p.textContent || '').length;
      if (len > bestLen) { best = c; bestLen = len; }
    }
    root = best; rootFound = 'candidate';
  }
  if (!root) { root = document.body; rootFound = 'body'; }
  if (!root) return { root: null, rootFound: 'body', lang: null, blocks: [] };
  const buffers = new Map();
  const order = [];
  const visibleCache = new Map();
  const isVisible = (el) => { if (!visibleCache.has(el)) visibleCache.set(el, h.visible(el)); return visibleCache.get(el); };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (node !== root && node.matches(EXCLUDE)) return NodeFilter.FILTER_REJECT;
        if (node.localName === 'br') return NodeFilter.FILTER_ACCEPT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let node;
  while ((node = walker.nextNode())) {
    const parent = node.parentElement;
    if (!parent || !isVisible(parent)) continue;
    const block = parent.closest(BLOCK) || root;
    const owner = root.contains(block) ? block : root;
    const piece = node.nodeType === 1 ? '\n' : node.data;
    if (!buffers.has(owner)) { buffers.set(owner, ''); order.push(owner); }
    buffers.set(owner, buffers.get(owner) + piece);
  }
  const blocks = [];
  for (const el of order) {
    const text = buffers.get(el).replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
    if (!text) continue;
    blocks.push({
      selector: h.selector(el),
      tag: el.localName,
      kind: kindOf(el),
      text,
      lang: h.langOf(el),
      italic: getComputedStyle(el).fontStyle === 'italic',
    });
  }
  return { root: h.selector(root), rootFound, lang: document.documentElement.getAttribute('lang'), blocks };
})()`;

// src/gatherers/no-script.ts
var NO_SCRIPT_TIMEOUT_MS = 15e3;
var noScriptGatherer = {
  name: "NoScript",
  async collect({ page, url }) {
    const tab = await page.browser().newPage();
    try {
      await tab.setJavaScriptEnabled(false);
      const response = await tab.goto(page.url() || url, { waitUntil: "load", timeout: NO_SCRIPT_TIMEOUT_MS });
      await tab.setJavaScriptEnabled(true);
      await tab.evaluate(INSTALL_HELPERS);
      const main = await tab.evaluate(COLLECT_MAIN_TEXT);
      const links = await tab.evaluate(COLLECT_LINKS);
      return {
        status: response?.status() ?? null,
        mainTextLength: main.blocks.reduce((n, b) => n + b.text.length, 0),
        navLinks: links.filter((l) => l.region === "nav" && l.visible).length
      };
    } finally {
      await tab.close().catch(() => {
      });
    }
  }
};

// src/gatherers/keyboard.ts
var MAX_TAB_STOPS = 40;
var MAX_PRESSES = 60;
var STUCK_PRESSES = 3;
var PRESS_BATCH = 8;
var TRAP_VISITS = 3;
var MAX_MOUSE_ONLY = 20;
var KB_INSTALL = String.raw`(() => {
  const h = window.__ia;
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  window.scrollTo(0, 0);
  // Start the walk at the top: focus a temporary element placed first in the body.
  const start = document.createElement('span');
  start.tabIndex = -1;
  start.setAttribute('data-ia-start', '');
  document.body.prepend(start);
  start.focus({ preventScroll: true });
  const PROPS = ['box-shadow', 'background-color', 'background-image', 'color', 'text-decoration-line', 'text-decoration-thickness', 'fill', 'stroke', 'opacity', 'transform'];
  const SIDES = ['top', 'right', 'bottom', 'left'];
  const clear = (c) => /rgba\([^)]*,\s*0\)|transparent/.test(c);
  function look(el, pseudo) {
    const cs = getComputedStyle(el, pseudo);
    if (pseudo && (cs.content === 'none' || cs.content === 'normal')) return '';
    const out = {};
    const ow = parseFloat(cs.outlineWidth) || 0;
    out.outline = cs.outlineStyle !== 'none' && ow > 0 && !clear(cs.outlineColor) ? cs.outlineStyle + ' ' + ow + ' ' + cs.outlineColor : 'none';
    out.border = SIDES.map((s) => {
      const w = parseFloat(cs.getPropertyValue('border-' + s + '-width')) || 0;
      const st = cs.getPropertyValue('border-' + s + '-style');
      const c = cs.getPropertyValue('border-' + s + '-color');
      return w > 0 && st !== 'none' && !clear(c) ? w + ' ' + st + ' ' + c : 'none';
    }).join('|');
    for (const p of PROPS) out[p] = cs.getPropertyValue(p);
    return out;
  }
  // The element, its pseudo-elements, children, a few ancestors (focus-within), its labels and
  // next sibling (custom checkboxes style the label when the hidden input has focus).
  function targets(el) {
    const list = [[el, null], [el, '::before'], [el, '::after']];
    const kids = el.querySelectorAll('*');
    for (let i = 0; i < kids.length && i < 15; i++) list.push([kids[i], null]);
    let a = el.parentElement;
    for (let i = 0; a && i < 3 && a !== document.body; i++, a = a.parentElement) list.push([a, null]);
    const extra = el.labels ? Array.from(el.labels) : [];
    if (el.nextElementSibling) extra.push(el.nextElementSibling);
    for (const x of extra) list.push([x, null], [x, '::before'], [x, '::after']);
    return list;
  }
  const settle = () => { for (const a of document.getAnimations()) if (a instanceof CSSTransition) { try { a.finish(); } catch (e) {} } };
  function indicator(el) {
    const list = targets(el);
    settle();
    const focused = list.map(([n, p]) => look(n, p));
    el.blur();
    settle();
    const plain = list.map(([n, p]) => look(n, p));
    el.focus({ preventScroll: true });
    settle();
    const changed = new Set();
    focused.forEach((f, i) => {
      const u = plain[i];
      if (!f || !u) { if (f !== u) changed.add('pseudo-element'); return; }
      for (const k of Object.keys(f)) if (f[k] !== u[k]) changed.add(k);
    });
    return Array.from(changed);
  }
  const fixedCache = new Map();
  function fixedHolder(node) {
    for (let n = node; n && n !== document.documentElement; n = n.parentElement) {
      if (!fixedCache.has(n)) { const p = getComputedStyle(n).position; fixedCache.set(n, p === 'fixed' || p === 'sticky'); }
      if (fixedCache.get(n)) return n;
    }
    return null;
  }
  // The fixed or sticky element covering every visible sample point of el, or null.
  function coveredBy(el, r) {
    const xs = [r.left + 2, r.left + r.width / 2, r.right - 2];
    const ys = [r.top + 2, r.top + r.height / 2, r.bottom - 2];
    let seen = 0, cover = null;
    for (const x of xs) for (const y of ys) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      seen++;
      const top = document.elementFromPoint(x, y);
      if (!top || el.contains(top) || top.contains(el) || (el.labels && Array.from(el.labels).some((l) => l.contains(top)))) return null;
      const holder = fixedHolder(top);
      if (!holder || holder.contains(el)) return null;
      cover = cover || holder;
    }
    return seen > 0 ? cover : null;
  }
  function deepActive() {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }
  const els = [];
  const visits = [];
  let last = start;
  function step() {
    const el = deepActive();
    if (start.isConnected && el !== start) start.remove();
    if (!el || el === document.body || el === document.documentElement || el === start) return { kind: 'body' };
    if (el === last) return { kind: el.localName === 'iframe' || el.localName === 'frame' ? 'frame' : 'same' };
    last = el;
    const seen = els.indexOf(el);
    if (seen >= 0) { visits[seen]++; return { kind: 'seen', index: seen, visits: visits[seen] }; }
    visits.push(1);
    els.push(el);
    const r = el.getBoundingClientRect();
    const hidden = r.width * r.height <= 4 || r.right + scrollX <= 0 || r.bottom + scrollY <= 0;
    const cover = hidden ? null : coveredBy(el, r);
    const ti = el.getAttribute('tabindex');
    return {
      kind: 'stop',
      stop: {
        selector: h.selector(el),
        tag: el.localName,
        role: el.getAttribute('role'),
        text: h.accessibleText(el).slice(0, 100),
        tabindex: ti !== null && /^-?\d+$/.test(ti.trim()) ? parseInt(ti, 10) : null,
        region: h.region(el),
        indicator: indicator(el),
        hidden,
        obscuredBy: cover ? h.selector(cover) : null,
        rect: { x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) },
        order: 0,
      },
    };
  }
  // The smallest element holding the stops from index on: the widget focus is stuck or cycling in.
  function holder(from) {
    const group = els.slice(from);
    let c = group.length === 1 ? group[0] : group[0] && group[0].parentElement;
    while (c && !group.every((e) => c.contains(e))) c = c.parentElement;
    return c;
  }
  function cycleContainer(from) {
    const c = holder(from);
    if (!c || c === document.body || c === document.documentElement) return null;
    const dialog = !!c.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]');
    return { selector: h.selector(c), dialog };
  }
  function escaped(from) {
    const c = holder(from);
    const a = deepActive();
    return !!c && !!a && a !== document.body && !c.contains(a);
  }
  function stuckIn() { const a = deepActive(); return a ? { selector: h.selector(a), dialog: !!a.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]') } : null; }
  function order() {
    const sorted = els.slice().sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return els.map((e) => sorted.indexOf(e));
  }
  // Each Tab keydown first records where the previous press left focus, so presses can be sent
  // in batches with no round trip between them. flush() adds where the last press left it.
  const log = [];
  let keys = 0;
  const onKey = (e) => { if (e.key === 'Tab' && keys++ > 0) log.push(step()); };
  window.addEventListener('keydown', onKey, true);
  const flush = () => { const out = log.splice(0); out.push(step()); return out; };
  const quiet = () => window.removeEventListener('keydown', onKey, true);
  window.__iaKb = { flush, quiet, cycleContainer, escaped, stuckIn, order, els };
  return location.href;
})()`;
var KB_EXTRAS = String.raw`((maxMouse) => {
  const h = window.__ia;
  const positiveTabindex = [];
  for (const el of document.querySelectorAll('[tabindex]')) {
    if (el.tabIndex > 0 && h.visible(el)) positiveTabindex.push({ selector: h.selector(el), tabindex: el.tabIndex, text: h.accessibleText(el).slice(0, 100), html: h.html(el) });
  }
  const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
  const INSIDE = FOCUSABLE + ', label, [role]';
  const mouse = [];
  const out = [];
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    if (out.length >= maxMouse) break;
    if (el instanceof SVGElement && el.localName !== 'svg') continue;
    const onclick = el.hasAttribute('onclick');
    const pointer = getComputedStyle(el).cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer');
    if (!onclick && !pointer) continue;
    if (el.closest(INSIDE) || el.querySelector(FOCUSABLE) || !h.visible(el)) continue;
    mouse.push(el);
    out.push({ selector: h.selector(el), tag: el.localName, text: h.accessibleText(el).slice(0, 100), html: h.html(el), clickHandler: onclick });
  }
  window.__iaKb.mouse = mouse;
  const els = window.__iaKb.els;
  let skip = -1, skipHref = '';
  for (let i = 0; i < els.length && i < 3; i++) {
    const raw = els[i].localName === 'a' ? els[i].getAttribute('href') || '' : '';
    if (raw.length > 1 && raw[0] === '#') { skip = i; skipHref = raw; break; }
  }
  return { order: window.__iaKb.order(), positiveTabindex, mouseOnly: out, skip, skipHref, hasMain: !!document.querySelector('main, [role=main]') };
})`;
var SKIP_STATE = String.raw`((index, phase) => {
  const link = window.__iaKb.els[index];
  const id = decodeURIComponent(link.getAttribute('href').slice(1));
  const target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
  const a = document.activeElement;
  const inTarget = !!target && !!a && (target === a || target.contains(a) || !!(target.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING));
  const moved = phase === 'enter' ? !!target && !!a && (target === a || target.contains(a)) : inTarget && a !== link;
  return { targetExists: !!target, moved, onLink: a === link || !a || a === document.body };
})`;
var RESTORE = String.raw`((href) => {
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  const start = document.querySelector('[data-ia-start]');
  if (start) start.remove();
  if (location.href !== href) history.replaceState(history.state, '', href);
  window.scrollTo(0, 0);
  delete window.__iaKb;
})`;
var withoutHash = (u) => u.split("#")[0];
var keyboardGatherer = {
  name: "Keyboard",
  async collect({ page }) {
    const started = Date.now();
    const href = await page.evaluate(KB_INSTALL);
    const stops = [];
    let trap = null;
    let ended = "cap";
    let presses = 0;
    let same = 0;
    let frames = 0;
    let pending = null;
    try {
      walk: while (presses < MAX_PRESSES) {
        const batch = Math.min(PRESS_BATCH, MAX_PRESSES - presses);
        await Promise.all(Array.from({ length: batch }, () => press(page, "Tab")));
        presses += batch;
        if (withoutHash(page.url()) !== withoutHash(href)) {
          ended = "navigated";
          break;
        }
        const results = await page.evaluate("window.__iaKb.flush()");
        while (results.length < batch) results.unshift({ kind: "frame" });
        for (const r of results) {
          switch (r.kind) {
            case "stop":
              stops.push(r.stop);
              ended = "cap";
              same = 0;
              frames = 0;
              if (stops.length >= MAX_TAB_STOPS) {
                ended = "cap";
                break walk;
              }
              break;
            case "body":
              ended = stops.length > 0 ? "cycle" : "no-focus";
              if (stops.length > 0) break walk;
              break;
            case "frame":
              if (++frames >= 20) {
                ended = "frame";
                break walk;
              }
              break;
            case "same":
              if (++same >= STUCK_PRESSES) {
                pending = { kind: "stuck", index: stops.length - 1 };
                break walk;
              }
              break;
            case "seen":
              if (r.index === 0) {
                ended = "cycle";
                break walk;
              }
              if (r.visits >= TRAP_VISITS) {
                pending = { kind: "cycle", index: r.index };
                break walk;
              }
              break;
          }
        }
        if (ended === "no-focus" && presses >= 3) break;
      }
      if (ended !== "navigated") await page.evaluate("window.__iaKb.quiet()");
      if (pending) {
        const box = await page.evaluate(
          pending.kind === "stuck" ? "window.__iaKb.stuckIn()" : `window.__iaKb.cycleContainer(${pending.index})`
        );
        if (box) {
          const escapable = await escapes(page, pending.index);
          trap = { selector: box.selector, kind: pending.kind, stops: pending.kind === "stuck" ? 1 : stops.length - pending.index, dialog: box.dialog, escapable };
          ended = "trap";
        } else ended = "cycle";
      }
      if (ended === "navigated") return await recover(page, href, stops, presses, started);
      const extras = await page.evaluate(`${KB_EXTRAS}(${MAX_MOUSE_ONLY})`);
      stops.forEach((s, i) => s.order = extras.order[i] ?? i);
      await findClickListeners(page, extras.mouseOnly);
      const skipLink = extras.skip >= 0 ? await testSkipLink(page, extras.skip, extras.skipHref, stops[extras.skip], href) : null;
      if (withoutHash(page.url()) !== withoutHash(href)) await page.goBack({ waitUntil: "load", timeout: 1e4 }).catch(() => {
      });
      else await page.evaluate(`${RESTORE}(${JSON.stringify(href)})`);
      return {
        stops,
        presses,
        ended,
        trap,
        positiveTabindex: extras.positiveTabindex,
        mouseOnly: extras.mouseOnly,
        skipLink,
        hasMain: extras.hasMain,
        durationMs: Date.now() - started
      };
    } catch (err) {
      if (page.isClosed() || withoutHash(page.url()) === withoutHash(href)) throw err;
      return await recover(page, href, stops, presses, started);
    }
  }
};
async function press(page, key) {
  await Promise.all([page.keyboard.down(key), page.keyboard.up(key)]);
}
async function escapes(page, index) {
  await press(page, "Escape");
  await press(page, "Tab");
  return await page.evaluate(`window.__iaKb.escaped(${Math.max(0, index)})`);
}
async function findClickListeners(page, found) {
  if (found.every((f) => f.clickHandler)) return;
  const client = await page.createCDPSession();
  try {
    for (let i = 0; i < found.length; i++) {
      if (found[i].clickHandler) continue;
      const { result } = await client.send("Runtime.evaluate", { expression: `window.__iaKb.mouse[${i}]` });
      if (!result.objectId) continue;
      const { listeners } = await client.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
      found[i].clickHandler = listeners.some((l) => /^(click|mousedown|mouseup|pointerdown|pointerup)$/.test(l.type));
      await client.send("Runtime.releaseObject", { objectId: result.objectId });
    }
  } finally {
    await client.detach().catch(() => {
    });
  }
}
async function testSkipLink(page, index, skipHref, stop, href) {
  await page.evaluate(`window.__iaKb.els[${index}].focus()`);
  await press(page, "Enter");
  const base = { selector: String(stop.selector), text: String(stop.text), href: skipHref };
  if (withoutHash(page.url()) !== withoutHash(href)) return { ...base, targetExists: false, focusMoved: false };
  let state = await page.evaluate(`${SKIP_STATE}(${index}, 'enter')`);
  if (!state.moved && state.targetExists && state.onLink) {
    await press(page, "Tab");
    state = await page.evaluate(`${SKIP_STATE}(${index}, 'tab')`);
  }
  return { ...base, targetExists: state.targetExists, focusMoved: state.moved };
}
async function recover(page, href, stops, presses, started) {
  await page.goBack({ waitUntil: "load", timeout: 1e4 }).catch(() => {
  });
  if (withoutHash(page.url()) !== withoutHash(href)) await page.goto(href, { waitUntil: "load", timeout: 2e4 }).catch(() => {
  });
  stops.forEach((s, i) => s.order = i);
  return { stops, presses, ended: "navigated", trap: null, positiveTabindex: [], mouseOnly: [], skipLink: null, hasMain: false, durationMs: Date.now() - started };
}

// src/gatherers/furniture.ts
var COLLECT_NAVIGATION = String.raw`(() => {
  const h = window.__ia;
  const hint = (el) => ((el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('class') || '') + ' ' + (el.id || '')).toLowerCase();
  const navs = Array.from(document.querySelectorAll('nav, [role=navigation]')).filter((n) =>
    !n.closest('footer,[role=contentinfo]') && !/breadcrumb|skip|pagination|footer|contents|related|secondary/.test(hint(n)) &&
    !(n.parentElement && n.parentElement.closest('nav,[role=navigation]')));
  const nav = navs.find((n) => /main|primary|menu|site|header/.test(hint(n))) || navs.find((n) => n.closest('header,[role=banner]')) || navs[0];
  let mainNav = null;
  if (nav) {
    const list = nav.querySelector('ul, ol, [role=menubar], [role=list]');
    const tops = list ? Array.from(list.children).filter((li) => li.querySelector('a[href], button') || li.matches('a[href], button')) : Array.from(nav.querySelectorAll('a[href]'));
    const items = tops.map((li) => { const a = li.matches('a, button') ? li : li.querySelector('a[href], button'); return { text: h.accessibleText(a).slice(0, 80), href: a.href || null }; });
    const nested = nav.querySelector('li ul, li ol, [aria-haspopup]:not([aria-haspopup=false]), details, [role=menu] [role=menu]');
    mainNav = { selector: h.selector(nav), items, nestedSelector: nested ? h.selector(nested) : null };
  }
  const buttons = Array.from(document.querySelectorAll('header button, nav button, [role=banner] button, header [role=button], nav [role=button], button[aria-controls], button[aria-expanded]'))
    .filter((b) => !b.closest('form') && (b.hasAttribute('aria-controls') || b.hasAttribute('aria-expanded') || /menu|nav|burger|toggle/.test(hint(b))));
  const b = buttons[0];
  const menuButton = b ? { selector: h.selector(b), text: h.squash(b.textContent).slice(0, 80), label: h.accessibleText(b).slice(0, 80), visible: h.visible(b) } : null;
  const s = document.querySelector('input[type=search], [role=search] input:not([type=hidden]):not([type=submit]), search input:not([type=hidden]), form[action*="search" i] input[type=text], input[name=q], input[name=s]');
  return { mainNav, menuButton, search: s ? { selector: h.selector(s), visible: h.visible(s) } : null };
})()`;
var COLLECT_POPUPS = String.raw`(() => {
  const h = window.__ia;
  const vw = window.innerWidth, vh = window.innerHeight;
  const items = [];
  const taken = [];
  for (const el of document.querySelectorAll('body *')) {
    const dialog = el.matches('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]');
    const cs = getComputedStyle(el);
    if (!dialog && cs.position !== 'fixed') continue;
    if (taken.some((t) => t.contains(el))) continue;
    if (!h.visible(el) || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const ht = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const coverage = vw && vh ? (w * ht) / (vw * vh) : 0;
    if (coverage < 0.1) continue;
    taken.push(el);
    const text = h.squash(el.innerText).slice(0, 200);
    items.push({
      selector: h.selector(el), html: h.html(el), text,
      role: el.getAttribute('role') || (el.localName === 'dialog' ? 'dialog' : null),
      coverage: Math.min(1, Math.round(coverage * 1000) / 1000),
      cookieBanner: /cookie/i.test(text + ' ' + (el.id || '') + ' ' + (el.getAttribute('class') || '')),
    });
  }
  return { viewport: { width: vw, height: vh }, items };
})()`;
var navigationGatherer = { name: "Navigation", collect: ({ page }) => page.evaluate(COLLECT_NAVIGATION) };
var popupsGatherer = { name: "Popups", collect: ({ page }) => page.evaluate(COLLECT_POPUPS) };
var cookiesGatherer = {
  name: "Cookies",
  async collect({ page }) {
    const session = await page.createCDPSession();
    try {
      const { cookies } = await session.send("Network.getCookies");
      return cookies.map((c2) => ({ name: c2.name, domain: c2.domain, path: c2.path, secure: c2.secure, httpOnly: c2.httpOnly, session: c2.session }));
    } finally {
      await session.detach().catch(() => {
      });
    }
  }
};

// src/gatherers/design-system.ts
var COLLECT_DESIGN_SYSTEM = String.raw`(() => {
  const NOT_COMPONENTS = /^(u-|grid-|width-container|main-wrapper|template|body-|heading-|lede-text|list$|link$|caption-|font-|table-)/;
  const components = {};
  for (const el of document.querySelectorAll('[class*="nhsuk-"]')) {
    for (const cls of el.classList) {
      const m = /^nhsuk-([a-z0-9-]+)$/.exec(cls);
      if (!m || m[1].includes('--') || NOT_COMPONENTS.test(m[1])) continue;
      components[m[1]] = (components[m[1]] || 0) + 1;
    }
  }
  return { components };
})()`;

// src/gatherers/index.ts
function domGatherer(name, script) {
  return { name, collect: ({ page }) => page.evaluate(script) };
}
var httpGatherer = {
  name: "Http",
  async collect({ network, page, response }) {
    if (!network) throw new Error("The network was not recorded for this page.");
    return network.toArtifact(response ?? null, page.url());
  }
};
var GATHERERS = [
  httpGatherer,
  domGatherer("Meta", COLLECT_META),
  domGatherer("Links", COLLECT_LINKS),
  domGatherer("Headings", COLLECT_HEADINGS),
  domGatherer("Landmarks", COLLECT_LANDMARKS),
  domGatherer("Forms", COLLECT_FORMS),
  domGatherer("Images", COLLECT_IMAGES),
  domGatherer("MainText", COLLECT_MAIN_TEXT),
  domGatherer("BodyText", COLLECT_BODY_TEXT),
  domGatherer("Scripts", COLLECT_SCRIPTS),
  domGatherer("DesignSystem", COLLECT_DESIGN_SYSTEM),
  // On load, before anything scrolls or clicks.
  popupsGatherer,
  navigationGatherer,
  cookiesGatherer,
  mediaGatherer,
  axeGatherer,
  // After the DOM gatherers and axe: it re-lays out the page (and puts it back).
  layoutGatherer,
  // Its own tab with JavaScript off; off by default.
  noScriptGatherer,
  // Last: it moves focus and scroll.
  keyboardGatherer
];

// src/engine/gather.ts
async function gatherPage(input) {
  const { page, url, needed } = input;
  await page.evaluate(INSTALL_HELPERS);
  const artifacts = {};
  const timings = {};
  for (const gatherer of GATHERERS) {
    if (!needed.has(gatherer.name)) continue;
    const started = performance.now();
    try {
      const raw = await gatherer.collect(input);
      const parsed = ArtifactSchemas[gatherer.name].safeParse(raw);
      artifacts[gatherer.name] = parsed.success ? parsed.data : { error: `The ${gatherer.name} gatherer returned data that does not fit its schema: ${parsed.error.issues[0]?.message ?? "unknown"}` };
    } catch (err) {
      if (isFatal(err)) throw err;
      artifacts[gatherer.name] = { error: err instanceof Error ? err.message : String(err) };
    }
    timings[gatherer.name] = Math.round(performance.now() - started);
  }
  const http = artifacts.Http;
  return {
    url,
    finalUrl: page.url(),
    status: input.response?.status() ?? (http && typeof http.status === "number" ? http.status : null),
    fetchedAt: (/* @__PURE__ */ new Date()).toISOString(),
    depth: input.depth,
    timings,
    artifacts
  };
}
function isFatal(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return /Target closed|Session closed|detached|crashed|Protocol error.*Target|Execution context was destroyed/i.test(msg);
}

// src/engine/crawl.ts
var PageTimeout = class extends Error {
};
async function crawl(opts) {
  const starts = opts.startUrls.map((u) => normaliseUrl(u)).filter((u) => u !== null);
  const scope = createScope({ origins: starts, include: opts.include, exclude: opts.exclude });
  const queryGuard = createQueryTrapGuard();
  const robots = /* @__PURE__ */ new Map();
  for (const origin of new Set(starts.map((u) => new URL(u).origin))) {
    robots.set(origin, opts.respectRobots ? await loadRobots(origin) : { isAllowed: () => true, sitemaps: [] });
  }
  const allowedByRobots = (url) => robots.get(new URL(url).origin)?.isAllowed(url) ?? true;
  const records = /* @__PURE__ */ new Map();
  const documents = /* @__PURE__ */ new Map();
  const linksTo = /* @__PURE__ */ new Map();
  const freeTabs = [];
  const queue = new PQueue({ concurrency: Math.max(1, opts.concurrency) });
  let planned = 0;
  const progress = { done: 0, queued: 0, errors: 0 };
  const record = (r) => void records.set(r.url, r);
  const report = (current) => opts.onProgress?.({ ...progress, queued: queue.size + queue.pending, current });
  function plan(url, depth, referrer, explicit) {
    if (records.has(url) || documents.has(url)) return;
    if (looksLikeDocument(url)) {
      documents.set(url, { url, status: null, contentType: null, bytes: null, linkedFrom: [] });
      return;
    }
    const skip = (reason2) => record({ url, finalUrl: null, status: null, outcome: "skipped", error: reason2, depth, referrer, durationMs: null });
    if (!explicit && !scope.allows(url)) return skip("It is outside the include or exclude patterns.");
    if (!allowedByRobots(url)) return skip("robots.txt does not allow it to be crawled.");
    if (!explicit && !queryGuard(url)) return skip("Too many versions of this page with different query strings (a likely crawler trap).");
    if (planned >= opts.maxPages) return skip(`The page limit (${opts.maxPages}) was reached.`);
    planned++;
    record({ url, finalUrl: null, status: null, outcome: "skipped", error: "Not visited yet.", depth, referrer, durationMs: null });
    enqueue({ url, depth, referrer, attempt: 0 });
  }
  function enqueue(task) {
    void queue.add(() => visit(task));
  }
  async function newTab() {
    const page = await opts.browser.newPage();
    await page.setCacheEnabled(false);
    if (opts.needed.has("Axe")) await page.evaluateOnNewDocument(AXE_SOURCE);
    const network = await NetworkLog.attach(page);
    return { page, network };
  }
  async function discardTab(tab) {
    await Promise.race([tab.page.close().catch(() => {
    }), sleep(2e3)]);
  }
  async function visit(task) {
    if (opts.signal?.aborted) {
      record({ ...records.get(task.url), error: "The audit was stopped before this page." });
      return;
    }
    report(task.url);
    const started = Date.now();
    let tab = freeTabs.pop() ?? await newTab();
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new PageTimeout(`The page did not finish loading and gathering within ${opts.pageTimeoutMs / 1e3} seconds.`)), opts.pageTimeoutMs);
      });
      await Promise.race([load(tab, task, started), timeout]);
      freeTabs.push(tab);
    } catch (err) {
      await discardTab(tab);
      const message = err instanceof Error ? err.message : String(err);
      if (task.attempt === 0 && !opts.signal?.aborted) {
        enqueue({ ...task, attempt: 1 });
        return;
      }
      progress.errors++;
      record({ url: task.url, finalUrl: null, status: null, outcome: "error", error: reason(message), depth: task.depth, referrer: task.referrer, durationMs: Date.now() - started });
    } finally {
      clearTimeout(timer);
      progress.done++;
      report();
    }
  }
  async function load(tab, task, started) {
    tab.network.reset();
    let response;
    try {
      response = await tab.page.goto(task.url, { waitUntil: "load", timeout: opts.pageTimeoutMs });
    } catch (err) {
      if (/ERR_ABORTED/.test(err.message)) {
        const head = await headCheck(task.url);
        if (head.status !== null && !isHtmlContentType(head.contentType)) {
          records.delete(task.url);
          documents.set(task.url, { url: task.url, status: head.status, contentType: head.contentType, bytes: head.bytes, linkedFrom: [] });
          return;
        }
      }
      throw err;
    }
    const status = response?.status() ?? null;
    const finalUrl = normaliseUrl(tab.page.url()) ?? tab.page.url();
    const base = { url: task.url, finalUrl, status, depth: task.depth, referrer: task.referrer };
    const contentType = response?.headers()["content-type"] ?? null;
    if (!isHtmlContentType(contentType)) {
      records.delete(task.url);
      documents.set(task.url, { url: task.url, status, contentType, bytes: null, linkedFrom: [] });
      return;
    }
    if (status !== null && status >= 400) {
      progress.errors++;
      record({ ...base, outcome: "error", error: `The server answered HTTP ${status}.`, durationMs: Date.now() - started });
      return;
    }
    if (!scope.sameOrigin(finalUrl)) {
      record({ ...base, outcome: "skipped", error: `It redirects to ${finalUrl}, outside the audit's scope.`, durationMs: null });
      return;
    }
    if (finalUrl !== task.url) {
      plan(finalUrl, task.depth, task.url, false);
      record({ ...base, outcome: "skipped", error: `It redirects to ${finalUrl}, which is audited as its own page.`, durationMs: null });
      return;
    }
    const snapshot = await gatherPage({ page: tab.page, url: task.url, depth: task.depth, network: tab.network, response, needed: opts.needed, axeTags: opts.axeTags });
    record({ ...base, outcome: "audited", error: null, durationMs: Date.now() - started });
    opts.onPage(snapshot);
    followLinks(snapshot, task);
  }
  function followLinks(snapshot, task) {
    const links = snapshot.artifacts.Links;
    if (!links || isArtifactError(links)) return;
    for (const link of links) {
      const target = normaliseUrl(link.href);
      if (!target || !scope.sameOrigin(target)) continue;
      linksTo.set(target, (linksTo.get(target) ?? 0) + 1);
      const doc = documents.get(target);
      if (looksLikeDocument(target)) {
        plan(target, task.depth + 1, task.url, false);
        documents.get(target)?.linkedFrom.push({ page: snapshot.finalUrl, selector: link.selector, text: link.text });
        continue;
      }
      if (doc) doc.linkedFrom.push({ page: snapshot.finalUrl, selector: link.selector, text: link.text });
      if (opts.crawl && task.depth + 1 <= opts.maxDepth) plan(target, task.depth + 1, task.url, false);
    }
  }
  try {
    for (const url of starts) plan(url, 0, null, true);
    await queue.onIdle();
  } finally {
    await Promise.all(freeTabs.map(async (t) => {
      await t.network.detach();
      await discardTab(t);
    }));
  }
  const linkStatuses = await checkLinks([...linksTo.keys()], records, documents, allowedByRobots, opts.pageTimeoutMs, opts.signal);
  const byUrl = (xs) => xs.sort((a, b) => a.url.localeCompare(b.url));
  const pages = [...records.values()];
  const startSet = new Set(starts);
  return {
    pages: [...pages.filter((p) => startSet.has(p.url)), ...byUrl(pages.filter((p) => !startSet.has(p.url)))],
    documents: byUrl([...documents.values()]),
    linkStatuses: byUrl(linkStatuses)
  };
}
async function checkLinks(targets, records, documents, allowed, timeoutMs, signal) {
  const out = /* @__PURE__ */ new Map();
  const queue = new PQueue({ concurrency: 4 });
  const check = (url, apply) => {
    if (signal?.aborted) return;
    void queue.add(async () => apply(await headCheck(url, timeoutMs)));
  };
  for (const url of targets) {
    const rec = records.get(url);
    if (rec && rec.status !== null) {
      out.set(url, { url, status: rec.status, error: null, checked: "crawled" });
    } else if (!allowed(url)) {
      out.set(url, { url, status: null, error: "robots.txt does not allow it", checked: "robots-disallowed" });
    } else if (!documents.has(url)) {
      check(url, (r) => out.set(url, { url, status: r.status, error: r.error, checked: "fetched" }));
    }
  }
  for (const doc of documents.values()) {
    if (doc.status !== null) {
      out.set(doc.url, { url: doc.url, status: doc.status, error: null, checked: "fetched" });
      continue;
    }
    if (!allowed(doc.url)) {
      out.set(doc.url, { url: doc.url, status: null, error: "robots.txt does not allow it", checked: "robots-disallowed" });
      continue;
    }
    check(doc.url, (r) => {
      Object.assign(doc, { status: r.status, contentType: r.contentType, bytes: r.bytes });
      out.set(doc.url, { url: doc.url, status: r.status, error: r.error, checked: "fetched" });
    });
  }
  await queue.onIdle();
  return [...out.values()];
}
function reason(message) {
  if (/net::ERR_CONNECTION_REFUSED/.test(message)) return "The server refused the connection.";
  if (/net::ERR_NAME_NOT_RESOLVED/.test(message)) return "The host name could not be found.";
  if (/crash/i.test(message)) return `The browser tab crashed: ${message}`;
  if (/Navigation timeout/i.test(message)) return `The page did not finish loading in time: ${message}`;
  return message;
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function normalisedPath(url) {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/{2,}/g, "/").replace(/\/index\.html?$/i, "/").replace(/(.)\/$/, "$1");
    return path.toLowerCase() || "/";
  } catch {
    return url;
  }
}
var WRAPPERS = /* @__PURE__ */ new Set(["div", "span", "section", "article"]);
var IDENTIFYING = ["id", "name", "type", "href", "src", "for", "role", "alt", "aria-label"];
function elementSignature(selector, html) {
  if (!selector) return "";
  const shape = selector.replace(/:nth-(of-type|child)\(\d+\)/g, "").split(/\s*>\s*|\s+/).filter((part) => part && !WRAPPERS.has(part)).join(" ");
  const open = html?.match(/^<([a-z0-9-]+)([^>]*)>/i);
  const tag = open?.[1]?.toLowerCase() ?? "";
  const attrs = IDENTIFYING.map((name) => open?.[2]?.match(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, "i"))?.[1]).map((v, i) => v ? `${IDENTIFYING[i]}=${v.replace(/^["']|["']$/g, "")}` : "").filter(Boolean).join(" ");
  const text = (html ?? "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 40).toLowerCase();
  return `${shape}|${tag}|${attrs}|${text}`;
}
function fingerprint(ruleId, url, selector, html, messageId, data) {
  const extra = selector ? "" : JSON.stringify(data ?? {});
  const raw = [ruleId, normalisedPath(url), elementSignature(selector, html), messageId, extra].join("\n");
  return createHash("sha256").update(raw).digest("hex").slice(0, 16);
}

// src/engine/run-rules.ts
function runPageRules(rules, snapshot, ctx) {
  const out = { outcomes: [], findings: [] };
  const url = snapshot.finalUrl || snapshot.url;
  for (const rule of rules) {
    if (rule.meta.scope !== "page") continue;
    const missing = collectArtifacts(rule, snapshot);
    if (typeof missing === "string") {
      out.outcomes.push({ ruleId: rule.meta.id, url, outcome: "error", error: missing });
      continue;
    }
    merge(out, runOne(rule, url, ctx, (c2) => rule.check(missing, c2)));
  }
  return out;
}
function runSiteRules(rules, site, ctx) {
  const out = { outcomes: [], findings: [] };
  for (const rule of rules) {
    if (rule.meta.scope !== "site") continue;
    merge(out, runOne(rule, site.startUrl, ctx, (c2) => rule.check(site, c2)));
  }
  return out;
}
function collectArtifacts(rule, snapshot) {
  const picked = {};
  for (const name of rule.meta.requires) {
    const value = snapshot.artifacts[name];
    if (value === void 0) return `The ${name} artifact was not gathered for this page.`;
    if (isArtifactError(value)) return `The ${name} artifact failed: ${value.error}`;
    picked[name] = value;
  }
  return picked;
}
function runOne(rule, url, ctx, call) {
  const setting = ctx.settings?.[rule.meta.id];
  const reports = [];
  let options = void 0;
  try {
    if (rule.meta.options) options = rule.meta.options.parse(setting?.options ?? {});
    const result = call({ url, options, auditDate: ctx.auditDate, report: (r) => reports.push(r) });
    if (result === "inapplicable" && reports.length === 0) {
      return { outcomes: [{ ruleId: rule.meta.id, url, outcome: "inapplicable" }], findings: [] };
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { outcomes: [{ ruleId: rule.meta.id, url, outcome: "error", error: `The rule failed: ${message}` }], findings: [] };
  }
  const findings = disambiguate(reports.map((r) => toFinding(rule, url, r, setting)));
  const outcome = findings.some((f) => f.outcome === "fail") ? "fail" : findings.length > 0 ? "needs-review" : "pass";
  return { outcomes: [{ ruleId: rule.meta.id, url, outcome }], findings };
}
function toFinding(rule, url, r, setting) {
  const template = rule.meta.messages[r.messageId];
  if (template === void 0) throw new Error(`Rule ${rule.meta.id} reported unknown messageId "${r.messageId}"`);
  const pageUrl = r.url ?? url;
  const selector = r.selector ?? null;
  return {
    ruleId: rule.meta.id,
    outcome: r.outcome ?? (rule.meta.advisory ? "needs-review" : "fail"),
    severity: setting?.severity ?? r.severity ?? rule.meta.severity,
    url: pageUrl,
    selector,
    html: r.html ?? null,
    wcag: [...rule.meta.wcag],
    standards: [...rule.meta.standards],
    messageId: r.messageId,
    message: formatMessage(template, r.data),
    ...r.data ? { data: r.data } : {},
    fingerprint: fingerprint(rule.meta.id, pageUrl, selector, r.html ?? null, r.messageId, r.data)
  };
}
function disambiguate(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    return n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n + 1}` };
  });
}
function merge(into, from) {
  into.outcomes.push(...from.outcomes);
  into.findings.push(...from.findings);
}

// src/options.ts
import { z as z20 } from "zod";
var RuleLevel = z20.enum(["off", "warn", "error"]);
var RuleSettingSchema = z20.union([
  RuleLevel,
  z20.object({
    level: RuleLevel.optional(),
    severity: z20.enum(SEVERITIES).optional(),
    options: z20.record(z20.string(), z20.unknown()).optional()
  }).strict()
]);
var httpUrl = z20.string().refine((s) => {
  try {
    return ["http:", "https:"].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}, "expected an absolute http or https URL");
var AuditOptionsSchema = z20.object({
  urls: z20.array(httpUrl).default([]).describe("start URLs"),
  sitemap: httpUrl.optional().describe("a sitemap or sitemap index whose pages are audited"),
  crawl: z20.boolean().default(true).describe("follow links from the start pages"),
  maxPages: z20.number().int().positive().default(100),
  maxDepth: z20.number().int().nonnegative().default(10),
  concurrency: z20.number().int().min(1).max(16).default(2),
  pageTimeoutMs: z20.number().int().min(1e3).default(3e4),
  include: z20.array(z20.string()).default([]),
  exclude: z20.array(z20.string()).default([]),
  respectRobots: z20.boolean().default(true),
  rules: z20.record(z20.string(), RuleSettingSchema).default({}).describe("per-rule level, severity and options"),
  extraRules: z20.array(z20.custom((v) => isRuleLike(v), "expected a rule made with definePageRule or defineSiteRule")).default([]).describe("your own rules, run beside the built-in ones"),
  auditDate: z20.coerce.date().optional().describe("the date rules treat as today; defaults to now"),
  executablePath: z20.string().optional(),
  browser: z20.custom((v) => typeof v === "object" && v !== null && "newPage" in v, "expected a puppeteer Browser").optional(),
  saveSnapshots: z20.string().optional().describe("write the gathered site snapshot to this JSON file"),
  onProgress: z20.custom((v) => typeof v === "function").optional(),
  signal: z20.custom((v) => v instanceof AbortSignal).optional()
}).strict().refine((o) => o.urls.length > 0 || o.sitemap, { message: "give at least one URL, or a sitemap", path: ["urls"] });
function isRuleLike(v) {
  const r = v;
  return typeof r === "object" && r !== null && typeof r.meta?.id === "string" && (r.meta.scope === "page" || r.meta.scope === "site") && typeof r.check === "function";
}
function resolveOptions(input) {
  const parsed = AuditOptionsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new UsageError(formatIssues(parsed.error.issues, "options"));
}
function formatIssues(issues, root, input) {
  return issues.map((i) => {
    const path = [root, ...i.path.map(String)].filter(Boolean).join(".");
    return `${path}: ${i.message}`;
  }).join("\n");
}

// src/audit.ts
function ruleSet(extra = []) {
  if (extra.length === 0) return ALL_RULES;
  const all = [...ALL_RULES, ...extra];
  const ids = all.map((r) => r.meta.id);
  const clash = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (clash.length) throw new UsageError(`Two rules have the id ${[...new Set(clash)].map((id) => `"${id}"`).join(", ")}. Give your own rules ids of their own.`);
  return all;
}
function selectRules(settings, rules = ALL_RULES) {
  const known = new Set(rules.map((r) => r.meta.id));
  const unknown = Object.keys(settings).filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`Unknown rule id(s) in rules: ${unknown.join(", ")}`);
  const perRule = {};
  const enabled = rules.filter((r) => {
    const s = settings[r.meta.id];
    const level = typeof s === "string" ? s : s?.level;
    if (typeof s === "object") perRule[r.meta.id] = { severity: s.severity, options: s.options };
    return level === void 0 ? !r.meta.defaultOff : level !== "off";
  });
  return { enabled, perRule };
}
function neededArtifacts(rules) {
  const needed = /* @__PURE__ */ new Set(["Links", "Http"]);
  for (const r of rules) for (const a of r.meta.requires) needed.add(a);
  return needed;
}
function evaluateSite(rules, perRule, site) {
  const ctx = { auditDate: new Date(site.auditDate), settings: perRule };
  const outcomes = [];
  const findings = [];
  for (const snapshot of site.pages) {
    const out = runPageRules(rules, snapshot, ctx);
    outcomes.push(...out.outcomes);
    findings.push(...out.findings);
  }
  const siteOut = runSiteRules(rules, site, ctx);
  return { outcomes: [...outcomes, ...siteOut.outcomes], findings: sortFindings([...findings, ...siteOut.findings]) };
}
async function audit(input) {
  const opts = resolveOptions(input);
  const startedAt = /* @__PURE__ */ new Date();
  const auditDate = opts.auditDate ?? startedAt;
  const { enabled, perRule } = selectRules(opts.rules, ruleSet(opts.extraRules));
  const startUrls = [...opts.urls];
  if (opts.sitemap) {
    const origin = new URL(opts.sitemap).origin;
    startUrls.push(...(await readSitemap(opts.sitemap)).filter((u) => new URL(u).origin === origin));
  }
  const unique2 = [...new Set(startUrls.map((u) => normaliseUrl(u) ?? u))];
  if (unique2.length === 0) throw new RuntimeError("The sitemap lists no pages to audit.");
  await assertReachable(unique2[0]);
  const launched = opts.browser ? null : await launchBrowser({ executablePath: opts.executablePath });
  const browser = opts.browser ?? launched.browser;
  const snapshots = [];
  let result;
  try {
    result = await crawl({
      browser,
      startUrls: unique2,
      crawl: opts.crawl,
      maxPages: opts.maxPages,
      maxDepth: opts.maxDepth,
      concurrency: opts.concurrency,
      pageTimeoutMs: opts.pageTimeoutMs,
      include: opts.include,
      exclude: opts.exclude,
      respectRobots: opts.respectRobots,
      needed: neededArtifacts(enabled),
      axeTags: AXE_TAGS,
      onProgress: opts.onProgress,
      signal: opts.signal,
      onPage: (snapshot) => snapshots.push(snapshot)
    });
  } finally {
    await launched?.close();
  }
  const site = {
    startUrl: unique2[0],
    auditDate: auditDate.toISOString(),
    pages: inStableOrder(snapshots, unique2),
    documents: result.documents,
    linkStatuses: result.linkStatuses
  };
  const settings = {
    crawl: opts.crawl,
    maxPages: opts.maxPages,
    maxDepth: opts.maxDepth,
    concurrency: opts.concurrency,
    pageTimeoutMs: opts.pageTimeoutMs,
    include: opts.include,
    exclude: opts.exclude,
    respectRobots: opts.respectRobots,
    axeTags: [...AXE_TAGS]
  };
  const saved = { startedAt: startedAt.toISOString(), startUrls: unique2, settings, records: result.pages, site };
  if (opts.saveSnapshots) writeFileAtomic(opts.saveSnapshots, JSON.stringify(saved));
  return reportFor(saved, enabled, perRule, startedAt);
}
function reportFor(saved, rules, perRule, startedAt) {
  const { outcomes, findings } = evaluateSite(rules, perRule, saved.site);
  return buildReport({
    version: VERSION,
    axeVersion: axeCore.version,
    startedAt,
    auditDate: new Date(saved.site.auditDate),
    startUrls: saved.startUrls,
    settings: saved.settings,
    pages: saved.records,
    documents: saved.site.documents,
    linkStatuses: saved.site.linkStatuses,
    rules,
    outcomes,
    findings
  });
}
function inStableOrder(snapshots, starts) {
  const rank = (p) => {
    const i = starts.indexOf(p.url);
    return i === -1 ? starts.length : i;
  };
  return [...snapshots].sort((a, b) => rank(a) - rank(b) || a.url.localeCompare(b.url));
}
async function assertReachable(url) {
  const head = await headCheck(url, 15e3);
  if (head.status === null) throw new RuntimeError(`The start URL ${url} could not be reached: ${head.error ?? "no answer"}.`);
}
var SEVERITY_RANK = { critical: 0, serious: 1, moderate: 2, minor: 3 };
function sortFindings(findings) {
  return findings.sort(
    (a, b) => (a.outcome === b.outcome ? 0 : a.outcome === "fail" ? -1 : 1) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.url.localeCompare(b.url) || a.ruleId.localeCompare(b.ruleId) || (a.selector ?? "").localeCompare(b.selector ?? "")
  );
}
function writeFileAtomic(path, content) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

// src/serve.ts
import { createReadStream, existsSync as existsSync2, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join as join2, normalize, resolve, sep } from "node:path";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".mp4": "video/mp4",
  ".vtt": "text/vtt",
  ".mp3": "audio/mpeg"
};
async function serveDirectory(root, routes = {}, port = 0) {
  const base = resolve(root);
  const server2 = createServer((req, res2) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const route = routes[path];
    if (route) return route(req, res2);
    let file = normalize(join2(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(res2, 403, "Forbidden");
    if (existsSync2(file) && statSync(file).isDirectory()) file = join2(file, "index.html");
    if (!existsSync2(file) || !statSync(file).isFile()) return send(res2, 404, '<!doctype html><html lang="en"><title>Not found</title><h1>Page not found</h1></html>', "text/html; charset=utf-8");
    res2.writeHead(200, { "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": statSync(file).size });
    if (req.method === "HEAD") return res2.end();
    createReadStream(file).pipe(res2);
  });
  const sockets = /* @__PURE__ */ new Set();
  server2.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((r) => server2.listen(port, "127.0.0.1", r));
  const address = server2.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server: server2,
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server2.close(() => r());
    })
  };
}
function send(res2, status, body, type = "text/plain; charset=utf-8") {
  res2.writeHead(status, { "content-type": type });
  res2.end(body);
}

// ../../tmp/kb/ab.mjs
var server = await serveDirectory("/work/main/fixtures/sites/gp-practice");
var off = Object.fromEntries(keyboardRules.map((r) => [r.meta.id, "off"]));
var res = { with: [], without: [] };
for (let i = 0; i < 4; i++) {
  for (const [name, rules] of [["without", off], ["with", {}]]) {
    const t = performance.now();
    const report = await audit({ urls: [`${server.url}/`], maxPages: 30, rules });
    res[name].push(report.summary.pages.audited / ((performance.now() - t) / 1e3));
  }
}
var med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(JSON.stringify({ withPagesPerSec: res.with.map((x) => x.toFixed(2)), withoutPagesPerSec: res.without.map((x) => x.toFixed(2)), medianWith: med(res.with).toFixed(2), medianWithout: med(res.without).toFixed(2) }));
await server.close();

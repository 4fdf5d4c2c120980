// Standards catalogue: WCAG 2.2 success criteria plus the UK/NHS standards that rules map to.
// Plain, cited data and small lookups. Research and sources: /work/shared/design/standards.md (§9).

export type WcagLevel = 'A' | 'AA' | 'AAA';

export interface WcagCriterion {
  /** "1.4.3" */
  id: string;
  /** Exact W3C short title. */
  title: string;
  level: WcagLevel;
  /** WCAG version that introduced the criterion. */
  version: '2.0' | '2.1' | '2.2';
  /** Understanding-document slug, e.g. "contrast-minimum". */
  slug: string;
  /** True only for 4.1.1 Parsing, obsolete and removed in WCAG 2.2. */
  obsolete?: boolean;
}

const c = (
  id: string,
  title: string,
  level: WcagLevel,
  version: WcagCriterion['version'],
  slug: string,
  obsolete?: true,
): WcagCriterion => (obsolete ? { id, title, level, version, slug, obsolete } : { id, title, level, version, slug });

// Source: https://www.w3.org/TR/WCAG22/ (W3C Recommendation, 5 Oct 2023; repo w3c/wcag guidelines/sc/).
// Slugs: https://www.w3.org/WAI/WCAG22/Understanding/<slug> (repo w3c/wcag understanding/{20,21,22}/).
// 87 SC listed, including 4.1.1 Parsing (obsolete) → 86 in force: 31 A, 24 AA, 31 AAA.
export const WCAG_CRITERIA: readonly WcagCriterion[] = [
  // 1 Perceivable
  c('1.1.1', 'Non-text Content', 'A', '2.0', 'non-text-content'),
  c('1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A', '2.0', 'audio-only-and-video-only-prerecorded'),
  c('1.2.2', 'Captions (Prerecorded)', 'A', '2.0', 'captions-prerecorded'),
  c('1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A', '2.0', 'audio-description-or-media-alternative-prerecorded'),
  c('1.2.4', 'Captions (Live)', 'AA', '2.0', 'captions-live'),
  c('1.2.5', 'Audio Description (Prerecorded)', 'AA', '2.0', 'audio-description-prerecorded'),
  c('1.2.6', 'Sign Language (Prerecorded)', 'AAA', '2.0', 'sign-language-prerecorded'),
  c('1.2.7', 'Extended Audio Description (Prerecorded)', 'AAA', '2.0', 'extended-audio-description-prerecorded'),
  c('1.2.8', 'Media Alternative (Prerecorded)', 'AAA', '2.0', 'media-alternative-prerecorded'),
  c('1.2.9', 'Audio-only (Live)', 'AAA', '2.0', 'audio-only-live'),
  c('1.3.1', 'Info and Relationships', 'A', '2.0', 'info-and-relationships'),
  c('1.3.2', 'Meaningful Sequence', 'A', '2.0', 'meaningful-sequence'),
  c('1.3.3', 'Sensory Characteristics', 'A', '2.0', 'sensory-characteristics'),
  c('1.3.4', 'Orientation', 'AA', '2.1', 'orientation'),
  c('1.3.5', 'Identify Input Purpose', 'AA', '2.1', 'identify-input-purpose'),
  c('1.3.6', 'Identify Purpose', 'AAA', '2.1', 'identify-purpose'),
  c('1.4.1', 'Use of Color', 'A', '2.0', 'use-of-color'),
  c('1.4.2', 'Audio Control', 'A', '2.0', 'audio-control'),
  c('1.4.3', 'Contrast (Minimum)', 'AA', '2.0', 'contrast-minimum'),
  c('1.4.4', 'Resize Text', 'AA', '2.0', 'resize-text'),
  c('1.4.5', 'Images of Text', 'AA', '2.0', 'images-of-text'),
  c('1.4.6', 'Contrast (Enhanced)', 'AAA', '2.0', 'contrast-enhanced'),
  c('1.4.7', 'Low or No Background Audio', 'AAA', '2.0', 'low-or-no-background-audio'),
  c('1.4.8', 'Visual Presentation', 'AAA', '2.0', 'visual-presentation'),
  c('1.4.9', 'Images of Text (No Exception)', 'AAA', '2.0', 'images-of-text-no-exception'),
  c('1.4.10', 'Reflow', 'AA', '2.1', 'reflow'),
  c('1.4.11', 'Non-text Contrast', 'AA', '2.1', 'non-text-contrast'),
  c('1.4.12', 'Text Spacing', 'AA', '2.1', 'text-spacing'),
  c('1.4.13', 'Content on Hover or Focus', 'AA', '2.1', 'content-on-hover-or-focus'),
  // 2 Operable
  c('2.1.1', 'Keyboard', 'A', '2.0', 'keyboard'),
  c('2.1.2', 'No Keyboard Trap', 'A', '2.0', 'no-keyboard-trap'),
  c('2.1.3', 'Keyboard (No Exception)', 'AAA', '2.0', 'keyboard-no-exception'),
  c('2.1.4', 'Character Key Shortcuts', 'A', '2.1', 'character-key-shortcuts'),
  c('2.2.1', 'Timing Adjustable', 'A', '2.0', 'timing-adjustable'),
  c('2.2.2', 'Pause, Stop, Hide', 'A', '2.0', 'pause-stop-hide'),
  c('2.2.3', 'No Timing', 'AAA', '2.0', 'no-timing'),
  c('2.2.4', 'Interruptions', 'AAA', '2.0', 'interruptions'),
  c('2.2.5', 'Re-authenticating', 'AAA', '2.0', 're-authenticating'),
  c('2.2.6', 'Timeouts', 'AAA', '2.1', 'timeouts'),
  c('2.3.1', 'Three Flashes or Below Threshold', 'A', '2.0', 'three-flashes-or-below-threshold'),
  c('2.3.2', 'Three Flashes', 'AAA', '2.0', 'three-flashes'),
  c('2.3.3', 'Animation from Interactions', 'AAA', '2.1', 'animation-from-interactions'),
  c('2.4.1', 'Bypass Blocks', 'A', '2.0', 'bypass-blocks'),
  c('2.4.2', 'Page Titled', 'A', '2.0', 'page-titled'),
  c('2.4.3', 'Focus Order', 'A', '2.0', 'focus-order'),
  c('2.4.4', 'Link Purpose (In Context)', 'A', '2.0', 'link-purpose-in-context'),
  c('2.4.5', 'Multiple Ways', 'AA', '2.0', 'multiple-ways'),
  c('2.4.6', 'Headings and Labels', 'AA', '2.0', 'headings-and-labels'),
  c('2.4.7', 'Focus Visible', 'AA', '2.0', 'focus-visible'),
  c('2.4.8', 'Location', 'AAA', '2.0', 'location'),
  c('2.4.9', 'Link Purpose (Link Only)', 'AAA', '2.0', 'link-purpose-link-only'),
  c('2.4.10', 'Section Headings', 'AAA', '2.0', 'section-headings'),
  c('2.4.11', 'Focus Not Obscured (Minimum)', 'AA', '2.2', 'focus-not-obscured-minimum'),
  c('2.4.12', 'Focus Not Obscured (Enhanced)', 'AAA', '2.2', 'focus-not-obscured-enhanced'),
  c('2.4.13', 'Focus Appearance', 'AAA', '2.2', 'focus-appearance'),
  c('2.5.1', 'Pointer Gestures', 'A', '2.1', 'pointer-gestures'),
  c('2.5.2', 'Pointer Cancellation', 'A', '2.1', 'pointer-cancellation'),
  c('2.5.3', 'Label in Name', 'A', '2.1', 'label-in-name'),
  c('2.5.4', 'Motion Actuation', 'A', '2.1', 'motion-actuation'),
  c('2.5.5', 'Target Size (Enhanced)', 'AAA', '2.1', 'target-size-enhanced'),
  c('2.5.6', 'Concurrent Input Mechanisms', 'AAA', '2.1', 'concurrent-input-mechanisms'),
  c('2.5.7', 'Dragging Movements', 'AA', '2.2', 'dragging-movements'),
  c('2.5.8', 'Target Size (Minimum)', 'AA', '2.2', 'target-size-minimum'),
  // 3 Understandable
  c('3.1.1', 'Language of Page', 'A', '2.0', 'language-of-page'),
  c('3.1.2', 'Language of Parts', 'AA', '2.0', 'language-of-parts'),
  c('3.1.3', 'Unusual Words', 'AAA', '2.0', 'unusual-words'),
  c('3.1.4', 'Abbreviations', 'AAA', '2.0', 'abbreviations'),
  c('3.1.5', 'Reading Level', 'AAA', '2.0', 'reading-level'),
  c('3.1.6', 'Pronunciation', 'AAA', '2.0', 'pronunciation'),
  c('3.2.1', 'On Focus', 'A', '2.0', 'on-focus'),
  c('3.2.2', 'On Input', 'A', '2.0', 'on-input'),
  c('3.2.3', 'Consistent Navigation', 'AA', '2.0', 'consistent-navigation'),
  c('3.2.4', 'Consistent Identification', 'AA', '2.0', 'consistent-identification'),
  c('3.2.5', 'Change on Request', 'AAA', '2.0', 'change-on-request'),
  c('3.2.6', 'Consistent Help', 'A', '2.2', 'consistent-help'),
  c('3.3.1', 'Error Identification', 'A', '2.0', 'error-identification'),
  c('3.3.2', 'Labels or Instructions', 'A', '2.0', 'labels-or-instructions'),
  c('3.3.3', 'Error Suggestion', 'AA', '2.0', 'error-suggestion'),
  c('3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA', '2.0', 'error-prevention-legal-financial-data'),
  c('3.3.5', 'Help', 'AAA', '2.0', 'help'),
  c('3.3.6', 'Error Prevention (All)', 'AAA', '2.0', 'error-prevention-all'),
  c('3.3.7', 'Redundant Entry', 'A', '2.2', 'redundant-entry'),
  c('3.3.8', 'Accessible Authentication (Minimum)', 'AA', '2.2', 'accessible-authentication-minimum'),
  c('3.3.9', 'Accessible Authentication (Enhanced)', 'AAA', '2.2', 'accessible-authentication-enhanced'),
  // 4 Robust
  c('4.1.1', 'Parsing', 'A', '2.0', 'parsing', true), // obsolete in 2.2; axe duplicate-id* rules deprecated
  c('4.1.2', 'Name, Role, Value', 'A', '2.0', 'name-role-value'),
  c('4.1.3', 'Status Messages', 'AA', '2.1', 'status-messages'),
];

const WCAG_BY_ID = new Map(WCAG_CRITERIA.map((sc) => [sc.id, sc]));

/** Accepts "1.4.3", "SC 1.4.3" or an axe tag such as "wcag143" / "wcag1410". */
export function wcagCriterion(id: string): WcagCriterion | undefined {
  const s = id.trim().replace(/^sc\s*/i, '');
  const axe = /^wcag(\d)(\d)(\d{1,2})$/i.exec(s);
  return WCAG_BY_ID.get(axe ? `${axe[1]}.${axe[2]}.${axe[3]}` : s);
}

const UNDERSTANDING_BASE = 'https://www.w3.org/WAI/WCAG22/Understanding/';

/** WCAG 2.2 Understanding URL; unknown ids get the Understanding index. */
export function wcagUrl(id: string): string {
  const sc = wcagCriterion(id);
  return sc ? UNDERSTANDING_BASE + sc.slug : UNDERSTANDING_BASE;
}

/** Level A + AA in force in WCAG 2.2 (55): the PSBAR / service standard point 5 target. */
export const WCAG_AA_CRITERIA: readonly WcagCriterion[] = WCAG_CRITERIA.filter(
  (sc) => !sc.obsolete && (sc.level === 'A' || sc.level === 'AA'),
);

// A/AA criteria that automation cannot decide at all: a human must judge equivalence, meaning or behaviour.
// Our judgement; partial heuristics (2.4.11, 2.5.7, 3.2.6, 3.3.7, 3.3.8) are left out because rules flag them.
export const MANUAL_ONLY_WCAG: readonly string[] = [
  '1.2.1', // transcript / audio track equivalence of prerecorded media
  '1.2.3', // audio description or full text alternative quality
  '1.2.4', // live captions exist only at broadcast time
  '1.2.5', // audio description of visual content
  '1.3.3', // instructions relying on shape, size, position or sound
  '1.4.5', // text rendered inside images (needs visual judgement)
  '1.4.13', // hover/focus content dismissible, hoverable, persistent
  '2.1.4', // single-key shortcuts can be turned off or remapped
  '2.2.1', // time limits adjustable (axe meta-refresh covers one technique only)
  '2.3.1', // flashing thresholds need frame analysis of rendered video/animation
  '2.5.1', // multipoint / path-based gestures have single-pointer alternatives
  '2.5.2', // activation on up-event or abortable
  '2.5.4', // device-motion features have UI alternatives and can be disabled
  '3.2.2', // changing a setting does not cause an unexpected change of context
  '3.3.3', // error messages suggest a correction (needs form submission and judgement)
  '3.3.4', // legal / financial / data submissions reversible, checked or confirmed
];

// ---------------------------------------------------------------------------
// UK / NHS standards

export type StandardFamilyId = 'nhs-service-standard' | 'ais' | 'psbar' | 'gp-website' | 'dtac' | 'inclusion';

export interface StandardItem {
  /** Full id "family:code", e.g. "nhs-service-standard:9". */
  id: string;
  family: StandardFamilyId;
  /** Code within the family, e.g. "9". */
  code: string;
  title: string;
  url?: string;
  note?: string;
  /** Full ids of related items in other families (e.g. the service standard point a DTAC question scores). */
  related?: string[];
}

export interface StandardFamily {
  id: StandardFamilyId;
  name: string;
  /** Citation: publisher, document and version. */
  source: string;
  url: string;
  note?: string;
  items: readonly StandardItem[];
}

type ItemInit = Omit<StandardItem, 'id' | 'family'>;
const items = (family: StandardFamilyId, list: readonly ItemInit[]): StandardItem[] =>
  list.map((i) => ({ id: `${family}:${i.code}`, family, ...i }));

const ss = (n: number): string => `nhs-service-standard:${n}`;

// --- NHS service standard -----------------------------------------------------
// Source [SS]: https://service-manual.nhs.uk/standards-and-technology/service-standard
// (repo nhsuk/nhsuk-service-manual app/views/standards-and-technology/service-standard.njk; point 9 renamed 9 Apr 2025).
const SS_POINTS = 'https://service-manual.nhs.uk/standards-and-technology/service-standard-points/';
const SS_2_3 = `${SS_POINTS}2-and-3-work-towards-solving-a-whole-problem-and-provide-a-joined-up-experience`;

const SERVICE_STANDARD = items('nhs-service-standard', [
  { code: '1', title: 'Understand users and their needs in the context of health and care', url: `${SS_POINTS}1-understand-users-and-their-needs-context-health-and-care` },
  { code: '2', title: 'Work towards solving a whole problem for users', url: SS_2_3, note: 'Points 2 and 3 share one guidance page.' },
  { code: '3', title: 'Provide a joined up experience across all channels', url: SS_2_3, note: 'Points 2 and 3 share one guidance page.' },
  { code: '4', title: 'Make the service simple to use', url: `${SS_POINTS}4-make-the-service-simple-to-use` },
  { code: '5', title: 'Make sure everyone can use the service', url: `${SS_POINTS}5-make-sure-everyone-can-use-the-service`, note: 'Requires WCAG 2.2 AA and the 2018 accessibility regulations; consider low digital and health literacy and assisted digital.' },
  { code: '6', title: 'Create a team that includes multidisciplinary skills and perspectives', url: `${SS_POINTS}6-create-a-team-that-includes-multidisciplinary-skills-and-perspectives` },
  { code: '7', title: 'Use agile ways of working', url: `${SS_POINTS}7-use-agile-ways-of-working` },
  { code: '8', title: 'Iterate and improve frequently', url: `${SS_POINTS}8-iterate-and-improve-frequently` },
  { code: '9', title: "Create a secure service which protects people's privacy", url: `${SS_POINTS}9-create-a-secure-service-which-protects-peoples-privacy`, note: "Renamed April 2025; was \"Respect and protect users' confidentiality and privacy\"." },
  { code: '10', title: 'Define what success looks like and be open about how your service is performing', url: `${SS_POINTS}10-define-what-success-looks-like-and-be-open-about-how-your-service-is-performing` },
  { code: '11', title: 'Choose the right tools and technology', url: `${SS_POINTS}11-choose-the-right-tools-and-technology` },
  { code: '12', title: 'Make new source code open', url: `${SS_POINTS}12-make-new-source-code-open` },
  { code: '13', title: 'Use and contribute to open standards, common components and patterns', url: `${SS_POINTS}13-use-and-contribute-to-open-standards-common-components-and-patterns` },
  { code: '14', title: 'Operate a reliable service', url: `${SS_POINTS}14-operate-a-reliable-service` },
  { code: '15', title: 'Support a culture of care', url: `${SS_POINTS}15-support-a-culture-of-care`, note: 'Health-specific point.' },
  { code: '16', title: 'Make your service clinically safe', url: `${SS_POINTS}16-make-your-service-clinically-safe`, note: 'Health-specific point; includes identifying and meeting information and communication needs.' },
  { code: '17', title: 'Make your service interoperable', url: `${SS_POINTS}17-make-your-service-interoperable`, note: 'Health-specific point.' },
]);

// --- Accessible Information Standard -------------------------------------------
// Source [AIS-R]: https://www.england.nhs.uk/long-read/accessible-information-standard-requirements-dapb1605/
// [AIS-STD]: https://standards.nhs.uk/published-standards/accessible-information (DAPB1605 Amd 30/2025 replaces DCB1605).
const AIS_URL = 'https://www.england.nhs.uk/long-read/accessible-information-standard-requirements-dapb1605/';
const AIS = items('ais', [
  { code: 'identify', title: 'Identify', url: AIS_URL, note: 'Ask whether people (and carers or parents) have information or communication needs from a disability, impairment or sensory loss.', related: [ss(5), ss(16)] },
  { code: 'record', title: 'Record', url: AIS_URL, note: 'Record those needs clearly and consistently.', related: [ss(16)] },
  { code: 'flag', title: 'Flag', url: AIS_URL, note: 'Make the needs highly visible (flag) whenever the record is accessed.', related: [ss(16)] },
  { code: 'share', title: 'Share', url: AIS_URL, note: 'Share the needs with other providers, with consent, as part of data sharing.', related: [ss(9), ss(17)] },
  { code: 'meet', title: 'Meet', url: AIS_URL, note: 'Provide information in accessible formats and communication support (e.g. BSL, easy read, large print, email or text contact).', related: [ss(5), ss(3)] },
  { code: 'review', title: 'Review', url: AIS_URL, note: 'New in DAPB1605 (2025): review needs and self-assess compliance; publish compliance yearly (by March 2027).', related: [ss(8)] },
]);

// --- PSBAR 2018 (SI 2018/952) --------------------------------------------------
// Source [PSBAR]: https://www.legislation.gov.uk/uksi/2018/952/regulation/8 ; https://www.legislation.gov.uk/uksi/2018/952/part/2/made
// [GDS-S] model statement: https://www.gov.uk/government/publications/sample-accessibility-statement/sample-accessibility-statement-for-a-fictional-public-sector-website
const LEG = 'https://www.legislation.gov.uk/uksi/2018/952/regulation/';
const GDS_SAMPLE = 'https://www.gov.uk/government/publications/sample-accessibility-statement/sample-accessibility-statement-for-a-fictional-public-sector-website';
const PSBAR = items('psbar', [
  { code: 'reg4', title: 'Meet the accessibility requirement (perceivable, operable, understandable, robust)', url: `${LEG}4`, note: 'In practice WCAG AA (EN 301 549); monitored against WCAG 2.2 AA since Oct 2024.', related: [ss(5)] },
  { code: 'reg7', title: 'Explain any disproportionate burden claim in the accessibility statement', url: `${LEG}7`, related: [ss(5)] },
  { code: 'reg8-statement', title: 'Publish an accessibility statement on the website, in an accessible format', url: `${LEG}8`, note: 'Reg 8(1)-(2).', related: [ss(5)] },
  { code: 'reg8-model', title: 'Follow the model accessibility statement', url: GDS_SAMPLE, note: 'Reg 8(1); GDS sample statement headings.', related: [ss(5)] },
  { code: 'reg8-4a', title: 'Explain the parts of the content that are not accessible, and why', url: `${LEG}8`, related: [ss(5)] },
  { code: 'reg8-4b', title: 'Describe any accessible alternatives provided, where appropriate', url: `${LEG}8`, related: [ss(5)] },
  { code: 'reg8-4c', title: 'Describe and link to a contact form to report failures and request excluded content', url: `${LEG}8`, related: [ss(5)] },
  { code: 'reg8-4d', title: 'Link to the enforcement procedure', url: `${LEG}8`, note: 'GB: Equality and Human Rights Commission; users contact the Equality Advisory and Support Service (EASS).', related: [ss(5)] },
  { code: 'reg8-review', title: 'Keep the accessibility statement under regular review', url: `${LEG}8`, note: 'Reg 8(1).', related: [ss(5), ss(8)] },
]);

// --- NHS England GP website guidance (standards.md §4) ------------------------
// [GPW] https://www.england.nhs.uk/long-read/creating-a-highly-usable-and-accessible-gp-website-for-patients/ (PRN00651 v3)
// [GPS] https://www.england.nhs.uk/long-read/step-by-step-guide-to-improving-general-practice-website-online-journeys/
// [GPPW] https://www.england.nhs.uk/long-read/practice-websites/   [GPDA] https://www.england.nhs.uk/long-read/digital-accessibility/
// [BENCH] https://www.england.nhs.uk/publication/gp-website-benchmarking-and-improvement-tool/
// Items marked "[S]" come from secondary transcriptions of PRN00651; verify before hard-coding thresholds.
const GPW = 'https://www.england.nhs.uk/long-read/creating-a-highly-usable-and-accessible-gp-website-for-patients/';
const GPS = 'https://www.england.nhs.uk/long-read/step-by-step-guide-to-improving-general-practice-website-online-journeys/';
const GPPW = 'https://www.england.nhs.uk/long-read/practice-websites/';
const GPDA = 'https://www.england.nhs.uk/long-read/digital-accessibility/';
const BENCH = 'https://www.england.nhs.uk/publication/gp-website-benchmarking-and-improvement-tool/';
const HW = 'https://service-manual.nhs.uk/content/how-we-write';
const GP_WEBSITE = items('gp-website', [
  { code: 'online-presence', title: 'Have a practice website and an NHS.UK profile, updated at least yearly', url: GPPW, related: [ss(3), ss(8)] },
  { code: 'legal-responsibility', title: 'The practice is legally responsible for website accessibility, even when outsourced', url: GPDA, related: ['psbar:reg4'] },
  { code: 'top-tasks', title: 'Support the top patient tasks (appointments, prescriptions, fit notes, test results, registering, contact)', url: GPW, note: 'Start of list [P]; full list from benchmarking tool [S].', related: [ss(2), ss(4)] },
  { code: 'homepage-tasks', title: 'Lead the homepage with task links, with phone number and opening times visible', url: GPW, note: '[S] 80% of patients start a task on the homepage.', related: [ss(4)] },
  { code: 'navigation', title: 'Keep the main menu to 7 items or fewer, with no sub-menus', url: GPW, note: '[S]', related: [ss(4)] },
  { code: 'menu-label', title: 'Label the mobile menu button "Menu", not a bare icon', url: GPW, note: '[S]', related: [ss(4)] },
  { code: 'search', title: 'Provide a visible search box', url: GPW, note: '[S]', related: [ss(4)] },
  { code: 'no-popups', title: 'Do not use pop-ups, overlays or interstitials; put time-limited notices inline', url: GPW, note: '[S] 27% of participants who met one got stuck.', related: [ss(4)] },
  { code: 'no-overlays', title: 'Do not use accessibility widgets, toolbars or overlays', url: GPW, note: 'Service manual: widgets cannot make a site compliant or protect from legal action.', related: [ss(5)] },
  { code: 'html-not-pdf', title: 'Publish content as HTML, not PDFs', url: 'https://service-manual.nhs.uk/content/pdfs-and-other-non-html-documents', related: [ss(5), ss(17)] },
  { code: 'task-wording', title: 'Use task wording patients understand; avoid jargon such as "online consultation" and "triage"', url: 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing', related: [ss(4)] },
  { code: 'appointments', title: 'Appointments page separates urgent and routine routes, with phone, hours and online link together', url: GPW, note: '[S] Also say when patients will hear back and how to request home visits.', related: [ss(3), ss(4)] },
  { code: 'urgent-care', title: 'Signpost urgent care first (999, A&E, NHS 111)', url: GPW, related: [ss(16), ss(2)] },
  { code: 'online-services', title: 'Explain online services: the NHS App and the practice online request tool', url: GPW, related: [ss(2), ss(3)] },
  { code: 'registration', title: 'Explain how to register, the catchment area, and that proof of address or ID is not needed', url: BENCH, note: '[S]', related: [ss(2)] },
  { code: 'legal-pages', title: 'Provide privacy notice, cookies and consent, and accessibility statement pages', url: BENCH, related: [ss(9), 'psbar:reg8-statement'] },
  { code: 'plain-english', title: 'Write in plain English for a reading age of 9 to 11', url: HW, note: 'Sentences under 20 words; paragraphs of at most 3 sentences; active voice.', related: [ss(4), ss(5)] },
  { code: 'translation', title: 'Help patients whose first language is not English', url: GPPW, related: [ss(5)] },
  { code: 'nhs-identity', title: 'Use the NHS identity and look so patients trust the site', url: GPW, note: '[S]', related: [ss(13)] },
  { code: 'statutory-info', title: 'Publish contractual practice information (hours, out of hours, catchment, complaints, named GP, GP earnings, ICB)', url: GPPW, note: '[S] From Oct 2025 also "You and Your General Practice" and online consultation 8am–6:30pm weekdays; verify against GMS regulations.' },
  { code: 'content-review', title: 'Review key pages every 6 months and all content yearly; re-benchmark every 12–18 months', url: GPS, note: '[S]', related: [ss(8)] },
  { code: 'contact-details', title: 'Show contact details: phone, opening hours and address', url: GPW, related: [ss(3)] },
]);

// --- DTAC section D1 (2021 form) ---------------------------------------------
// [DTAC-21] https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
// Question text abridged from the 2021 form (public Markdown transcription). [DTAC-26] Feb 2026 form.
const DTAC_NOTE = "2021 DTAC form wording. NHS England's Feb 2026 DTAC form (25% fewer questions) re-worded section D; re-verify.";
const dtac = (code: string, title: string, points: number[], extra: string[] = []): ItemInit => ({
  code,
  title,
  note: DTAC_NOTE,
  related: [...points.map(ss), ...extra],
});
const DTAC = items('dtac', [
  dtac('D1.1', 'Do you engage users in the development of the product?', [1]),
  dtac('D1.1.1', 'How often do you consider user needs, and what methods do you use to engage users?', [1]),
  dtac('D1.2', 'Are all key user journeys mapped so the whole user problem is solved or the fit into the pathway is clear?', [2, 3]),
  dtac('D1.2.1', 'Attach the user journeys and/or how the product fits into a user pathway', [2, 3]),
  dtac('D1.3', 'Do you undertake user acceptance testing to validate usability?', [4]),
  dtac('D1.3.1', 'Attach evidence that user acceptance testing validates usability', [4]),
  dtac('D1.4', 'Are you WCAG 2.1 level AA compliant?', [5], ['psbar:reg4']),
  dtac('D1.4.1', 'Provide a link to your published accessibility statement', [5], ['psbar:reg8-statement']),
  dtac('D1.5', 'Does your team contain multidisciplinary skills?', [6]),
  dtac('D1.6', 'Do you use agile ways of working to deliver your product?', [7]),
  dtac('D1.7', 'Do you continuously develop your product?', [8]),
  dtac('D1.8', 'Do you have a benefits case with objectives, measured benefits and tracked metrics?', [10]),
  dtac('D1.9', 'Does this product meet the NHS Cloud First Strategy?', [11]),
  dtac('D1.9.1', 'Does this product meet the NHS Internet First Policy?', [11]),
  dtac('D1.10', 'Are common components and patterns in use?', [13]),
  dtac('D1.10.1', 'Which common components and patterns have been used?', [13]),
  dtac('D1.11', 'Do you provide a Service Level Agreement to all customers?', [14]),
  dtac('D1.12', 'Do you report to customers on support, response times and availability?', [14]),
  dtac('D1.12.1', 'Attach a copy of the performance information provided to customers', [14]),
  dtac('D1.12.2', 'Average service availability for the past 12 months (percentage, 2 decimal places)', [14]),
]);

// --- NHS England framework for digital inclusion (2023) -----------------------
// Source: https://www.england.nhs.uk/long-read/inclusive-digital-healthcare-a-framework-for-nhs-action-on-digital-inclusion/
// (not in standards.md §9; domain names as summarised by HTN, 4 Oct 2023, and the NHS Confederation briefing).
const INCL_URL = 'https://www.england.nhs.uk/long-read/inclusive-digital-healthcare-a-framework-for-nhs-action-on-digital-inclusion/';
const INCLUSION = items('inclusion', [
  { code: 'devices-and-data', title: 'Devices and data', url: INCL_URL, note: 'Framework domain: access to devices and data; usable on all devices the population uses.', related: [ss(5)] },
  { code: 'accessibility', title: 'Accessibility and ease of use', url: INCL_URL, note: 'Framework domain: accessibility and ease of using technology.', related: [ss(5), 'psbar:reg4'] },
  { code: 'skills', title: 'Skills and capability', url: INCL_URL, note: 'Framework domain: skills and capability; offer support and non-digital routes.', related: [ss(5)] },
  { code: 'trust', title: 'Beliefs and trust', url: INCL_URL, note: 'Framework domain: beliefs and trust, including trust that data is safe.', related: [ss(9)] },
  { code: 'leadership', title: 'Leadership and partnerships', url: INCL_URL, note: 'Framework domain: leadership and partnerships.' },
]);

export const STANDARD_FAMILIES: readonly StandardFamily[] = [
  {
    id: 'nhs-service-standard',
    name: 'NHS service standard',
    source: 'NHS service manual, NHS service standard (14 GOV.UK points + 3 health points; point 9 renamed April 2025)',
    url: 'https://service-manual.nhs.uk/standards-and-technology/service-standard',
    items: SERVICE_STANDARD,
  },
  {
    id: 'ais',
    name: 'Accessible Information Standard',
    source: 'NHS England, DAPB1605 Amd 30/2025 (published 3 Jul 2025; replaces DCB1605 2016/2017)',
    url: AIS_URL,
    items: AIS,
  },
  {
    id: 'psbar',
    name: 'Public Sector Bodies Accessibility Regulations 2018',
    source: 'The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, SI 2018/952',
    url: 'https://www.legislation.gov.uk/uksi/2018/952/made',
    items: PSBAR,
  },
  {
    id: 'gp-website',
    name: 'NHS England GP website guidance',
    source: 'NHS England, "Creating a highly usable and accessible GP website for patients" (PRN00651 v3), step-by-step guide, practice websites, digital accessibility, benchmarking tool',
    url: GPW,
    items: GP_WEBSITE,
  },
  {
    id: 'dtac',
    name: 'Digital Technology Assessment Criteria (DTAC), D1 Usability and accessibility',
    source: 'NHS England / NHSX, DTAC form (launched 23 Feb 2021); section D scored against the NHS service standard',
    url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/',
    note: DTAC_NOTE,
    items: DTAC,
  },
  {
    id: 'inclusion',
    name: 'Inclusive digital healthcare: a framework for NHS action on digital inclusion',
    source: 'NHS England, 2023 (five domains)',
    url: INCL_URL,
    items: INCLUSION,
  },
];

const ITEM_BY_ID = new Map(STANDARD_FAMILIES.flatMap((f) => f.items.map((i) => [i.id, i] as const)));
const FAMILY_BY_ID = new Map(STANDARD_FAMILIES.map((f) => [f.id, f]));

/** Lookup by full id, e.g. "nhs-service-standard:5" or "dtac:D1.4". */
export function standardItem(id: string): StandardItem | undefined {
  return ITEM_BY_ID.get(id);
}

export function isKnownStandard(id: string): boolean {
  return ITEM_BY_ID.has(id);
}

export function standardsByFamily(family: StandardFamilyId): readonly StandardItem[] {
  return FAMILY_BY_ID.get(family)?.items ?? [];
}

// An EARL (Evaluation and Report Language) implementation report in JSON-LD, in the shape axe-core
// publishes (dequelabs/act-reports-axe, reports/axe-core.json), so the W3C tooling can read it.
// Pure: it builds the object; the caller writes it.

/** The JSON-LD context of axe-core's report, plus dct:conformsTo for the ACT rules a rule implements. */
export const EARL_CONTEXT = {
  '@vocab': 'http://www.w3.org/ns/earl#',
  earl: 'http://www.w3.org/ns/earl#',
  WCAG2: 'http://www.w3.org/TR/WCAG22/#',
  dct: 'http://purl.org/dc/terms/',
  sch: 'https://schema.org/',
  source: 'dct:source',
  title: 'dct:title',
  assertedBy: { '@type': '@id' },
  outcome: { '@type': '@id' },
  mode: { '@type': '@id' },
  isPartOf: { '@id': 'dct:isPartOf', '@type': '@id' },
  conformsTo: { '@id': 'dct:conformsTo', '@type': '@id' },
};

export const EARL_OUTCOMES = ['passed', 'failed', 'inapplicable', 'cantTell', 'untested'];

/** The W3C page of an ACT rule. */
export function actRuleUrl(actRuleId) {
  return `https://www.w3.org/WAI/standards-guidelines/act/rules/${actRuleId}/`;
}

/**
 * The EARL test node for one of our rules: its id as title (the W3C tooling's procedure name), its
 * documentation, the WCAG criteria it is part of and the ACT rules it implements.
 * @param {import('./earl.d.mts').Procedure} procedure
 */
export function earlTest(procedure) {
  return {
    '@type': 'TestCase',
    title: procedure.id,
    ...(procedure.url ? { '@id': procedure.url } : {}),
    isPartOf: procedure.wcagSlugs.map((slug) => `WCAG2:${slug}`),
    conformsTo: (procedure.act ?? []).map(actRuleUrl),
  };
}

/**
 * One assertion: this rule, on this test case page, gave this outcome.
 * @param {{ source: string, assertedBy: string, outcome: string, test: object }} a
 */
export function earlAssertion({ source, assertedBy, outcome, test }) {
  if (!EARL_OUTCOMES.includes(outcome)) throw new Error(`Unknown EARL outcome "${outcome}"`);
  if (!/\/[a-z0-9]{6}\/[0-9a-f]{40}\.\w+$/.test(source)) throw new Error(`The subject ${source} does not end in /<ACT rule id>/<test case id>.<ext>, so the W3C tooling cannot match it.`);
  return {
    '@type': 'Assertion',
    mode: 'earl:automatic',
    subject: { '@type': ['earl:TestSubject', 'sch:WebPage'], source },
    assertedBy,
    result: { '@type': 'TestResult', outcome: `earl:${outcome}` },
    test,
  };
}

/**
 * The whole report.
 * @param {import('./earl.d.mts').EarlInput} input
 */
export function earlReport({ assertedBy, procedures, assertions }) {
  const tests = new Map(procedures.map((p) => [p.id, earlTest(p)]));
  const graph = assertions.map((a) => {
    const test = tests.get(a.ruleId);
    if (!test) throw new Error(`No procedure described for rule ${a.ruleId}`);
    return earlAssertion({ source: a.source, assertedBy, outcome: a.outcome, test });
  });
  return { '@context': EARL_CONTEXT, '@graph': graph };
}

/** JSON text with one assertion per line: valid JSON, a fraction of the indented size, and diffs well. */
export function formatEarl(report) {
  const graph = report['@graph'].map((a) => `  ${JSON.stringify(a)}`).join(',\n');
  return `{\n "@context": ${JSON.stringify(report['@context'])},\n "@graph": [\n${graph}\n ]\n}\n`;
}

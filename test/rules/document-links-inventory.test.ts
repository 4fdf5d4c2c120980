import rule from '../../rules/site/document-links-inventory.js';
import { page, ruleTester, site, TEST_ORIGIN } from '../helpers/rule-tester.js';

const doc = (path: string, contentType: string | null, linkedFrom: { page: string; selector: string }[]) => ({
  url: `${TEST_ORIGIN}${path}`, status: 200, contentType, bytes: 250_000, linkedFrom: linkedFrom.map((l) => ({ ...l, text: 'form' })),
});

ruleTester(rule, {
  valid: [],
  invalid: [
    {
      name: 'a PDF linked from two pages, and one served as application/pdf without the extension',
      input: site([page()], {
        documents: [
          doc('/forms/register.pdf', null, [{ page: `${TEST_ORIGIN}/register`, selector: '#pdf' }, { page: `${TEST_ORIGIN}/`, selector: '#home-pdf' }]),
          doc('/download?id=3', 'application/pdf', [{ page: `${TEST_ORIGIN}/news`, selector: '#dl' }]),
        ],
      }),
      findings: [
        { messageId: 'pdfLinked', selector: '#pdf', url: `${TEST_ORIGIN}/register`, outcome: 'needs-review' },
        { messageId: 'pdfLinked', selector: '#home-pdf', url: `${TEST_ORIGIN}/`, outcome: 'needs-review' },
        { messageId: 'pdfLinked', selector: '#dl', url: `${TEST_ORIGIN}/news`, outcome: 'needs-review' },
      ],
    },
  ],
  inapplicable: [
    { name: 'no documents', input: site([page()]) },
    { name: 'only a Word document', input: site([page()], { documents: [doc('/leaflet.docx', 'application/msword', [{ page: `${TEST_ORIGIN}/`, selector: '#w' }])] }) },
  ],
});

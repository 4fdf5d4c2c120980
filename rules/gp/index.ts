import type { Rule } from '../../src/rule.js';
import contactDetails from './gp-contact-details.js';
import contentFreshness from './gp-content-freshness.js';
import legalPages from './gp-legal-pages.js';
import navigation from './gp-navigation.js';
import noOverlayWidgets from './gp-no-overlay-widgets.js';
import noPopups from './gp-no-popups.js';
import onlineServices from './gp-online-services.js';
import pdfOnlyTask from './gp-pdf-only-task.js';
import registration from './gp-registration.js';
import topTasks from './gp-top-tasks.js';
import translation from './gp-translation.js';
import urgentCare from './gp-urgent-care.js';

export const gpRules: Rule[] = [
  topTasks,
  navigation,
  noPopups,
  noOverlayWidgets,
  pdfOnlyTask,
  urgentCare,
  onlineServices,
  registration,
  legalPages,
  contactDetails,
  translation,
  contentFreshness,
];

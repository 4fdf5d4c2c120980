import type { Rule } from '../../src/rule.js';
import complaints from './ais-complaints-channels.js';
import communicationNeeds from './ais-communication-needs-route.js';
import compliancePublished from './ais-compliance-published.js';
import deafAccess from './ais-deaf-access.js';
import nonPhoneContact from './ais-non-phone-contact.js';
import otherFormats from './ais-other-formats.js';

export const aisRules: Rule[] = [communicationNeeds, nonPhoneContact, deafAccess, otherFormats, complaints, compliancePublished];

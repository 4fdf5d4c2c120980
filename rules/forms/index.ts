import type { Rule } from '../../src/rule.js';
import accessibleAuthentication from './accessible-authentication.js';
import autocompletePersonalData from './autocomplete-personal-data.js';
import errorMessagesAssociated from './error-messages-associated.js';
import requiredFieldsExposed from './required-fields-exposed.js';

export const formRules: Rule[] = [autocompletePersonalData, requiredFieldsExposed, errorMessagesAssociated, accessibleAuthentication];

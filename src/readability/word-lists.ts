// Words to avoid, as data with their sources. Each entry gives the plain word to use instead.
// `review: true` marks words that are often fine in context: findings for them are needs-review.

export interface AvoidEntry {
  /** Word or phrase, matched whole and case-insensitively. Regular expressions are not allowed. */
  term: string;
  /** Other spellings or forms matched as the same entry. */
  forms?: readonly string[];
  instead: string;
  review?: boolean;
}

export interface WordList {
  id: 'nhs-a-to-z' | 'gds-words-to-avoid' | 'gp-task-terms';
  name: string;
  source: string;
  entries: readonly AvoidEntry[];
}

export const NHS_A_TO_Z: WordList = {
  id: 'nhs-a-to-z',
  name: 'NHS A to Z of health writing',
  source: 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing',
  entries: [
    { term: 'clinician', forms: ['clinicians'], instead: 'doctor, nurse or other healthcare professional' },
    { term: 'occur', forms: ['occurs', 'occurred', 'occurring'], instead: 'happen' },
    { term: 'etc', instead: '"for example" or "such as"' },
    { term: 'incurable', instead: 'cannot be cured' },
    { term: 'haemorrhage', forms: ['hemorrhage', 'haemorrhages'], instead: 'very heavy bleed' },
    { term: 'renal', instead: 'kidney' },
    { term: 'medication', forms: ['medications'], instead: 'medicine' },
    { term: 'medical record', forms: ['medical records'], instead: 'health record' },
    { term: 'prognosis', instead: 'outlook' },
    { term: 'nausea', instead: 'feeling sick' },
    { term: 'fever', instead: 'high temperature' },
    { term: 'risk', forms: ['risks'], instead: 'chance', review: true },
    { term: 'chemist', forms: ['chemists'], instead: 'pharmacy' },
    { term: 'telephone', instead: 'phone' },
    { term: 'ring', instead: 'call', review: true },
    { term: 'dial', instead: 'call' },
    { term: 'normally', instead: 'usually' },
    { term: 'persist', forms: ['persists', 'persistent'], instead: 'carry on' },
    { term: 'service user', forms: ['service users'], instead: 'people' },
    { term: 'BAME', forms: ['BME'], instead: 'ethnic minorities' },
    { term: 'passed away', instead: 'died' },
    { term: 'wee', instead: 'pee' },
    { term: 'sign in', instead: 'log in', review: true },
    { term: 'can\'t', instead: 'cannot' },
    { term: 'don\'t', instead: 'do not' },
    { term: 'hospital setting', instead: 'hospital' },
    { term: 'perinatal', instead: 'during pregnancy and after birth' },
    { term: 'sanitary products', instead: 'period products' },
  ],
};

export const GDS_WORDS_TO_AVOID: WordList = {
  id: 'gds-words-to-avoid',
  name: 'GOV.UK words to avoid',
  source: 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#words-to-avoid',
  entries: [
    { term: 'agenda', instead: 'plan', review: true },
    { term: 'advancing', instead: 'say what you are actually doing' },
    { term: 'collaborate', forms: ['collaborating'], instead: 'work with' },
    { term: 'pledge', instead: 'say what you will do', review: true },
    { term: 'deploy', forms: ['deploying'], instead: 'use or put into place' },
    { term: 'dialogue', instead: 'talk or discussion' },
    { term: 'incentivise', forms: ['disincentivise', 'incentivize'], instead: 'say what you are doing to encourage people' },
    { term: 'empower', forms: ['empowering', 'empowers'], instead: 'allow or give permission' },
    { term: 'facilitate', forms: ['facilitates', 'facilitating'], instead: 'say what you are doing to help' },
    { term: 'foster', forms: ['fostering'], instead: 'encourage or help', review: true },
    { term: 'initiate', forms: ['initiates'], instead: 'start' },
    { term: 'leverage', instead: 'use or influence' },
    { term: 'liaise', forms: ['liaising'], instead: 'work with' },
    { term: 'overarching', instead: 'main' },
    { term: 'robust', instead: 'say what makes it strong' },
    { term: 'slimming down', instead: 'removing or cutting' },
    { term: 'streamline', forms: ['streamlining'], instead: 'simplify' },
    { term: 'tackling', forms: ['tackle'], instead: 'stopping, solving or dealing with' },
    { term: 'transforming', forms: ['transform'], instead: 'say what you are changing and how' },
    { term: 'utilise', forms: ['utilize', 'utilised', 'utilises', 'utilising'], instead: 'use' },
    { term: 'going forward', instead: '"from now on" or "in future"' },
    { term: 'drive out', instead: 'stop or remove' },
    { term: 'key', instead: 'important or significant (unless it is a real key)', review: true },
    { term: 'impact', forms: ['impacts', 'impacted'], instead: 'effect or affect', review: true },
    { term: 'promote', instead: 'recommend or support', review: true },
    { term: 'strengthening', instead: 'say what you are doing', review: true },
  ],
};

export const GP_TASK_TERMS: WordList = {
  id: 'gp-task-terms',
  name: 'NHS England GP website guidance: task words patients misunderstand',
  source: 'https://www.england.nhs.uk/long-read/creating-a-highly-usable-and-accessible-gp-website-for-patients/',
  entries: [
    { term: 'online consultation', forms: ['online consultations', 'eConsultation', 'e-consultation', 'e-consult'], instead: 'say what the patient does, for example "contact us online" or "use our online form"' },
    { term: 'eConsult', instead: 'say what the patient does, for example "contact us online" (name the tool after)' },
    { term: 'triage', forms: ['triaged', 'triaging'], instead: 'say what happens, for example "a GP will read your request and decide what to do"' },
    { term: 'secure message', forms: ['secure messages', 'secure messaging'], instead: 'text message, email or NHS App message' },
  ],
};

export const WORD_LISTS: readonly WordList[] = [NHS_A_TO_Z, GDS_WORDS_TO_AVOID, GP_TASK_TERMS];

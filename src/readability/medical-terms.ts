// Medical terms with plain glosses. NHS style puts the plain word first, then the medical term:
// "piles (haemorrhoids)". Source: NHS A to Z of health writing and NHS website conditions pages.
// A term is explained when any of its glosses appears near it.

export interface MedicalTerm {
  term: string;
  forms?: readonly string[];
  /** Plain words, any one of which explains the term. */
  glosses: readonly string[];
}

export const MEDICAL_TERMS_SOURCE = 'https://service-manual.nhs.uk/content/a-to-z-of-nhs-health-writing';

export const MEDICAL_TERMS: readonly MedicalTerm[] = [
  { term: 'haemorrhoids', forms: ['hemorrhoids'], glosses: ['piles'] },
  { term: 'hypertension', glosses: ['high blood pressure'] },
  { term: 'hypotension', glosses: ['low blood pressure'] },
  { term: 'myocardial infarction', glosses: ['heart attack'] },
  { term: 'cerebrovascular accident', glosses: ['stroke'] },
  { term: 'dyspnoea', forms: ['dyspnea'], glosses: ['breathless', 'short of breath', 'shortness of breath'] },
  { term: 'pyrexia', glosses: ['high temperature', 'fever'] },
  { term: 'analgesia', forms: ['analgesic', 'analgesics'], glosses: ['painkiller', 'painkillers', 'pain relief'] },
  { term: 'oedema', forms: ['edema'], glosses: ['swelling', 'swollen'] },
  { term: 'dysphagia', glosses: ['difficulty swallowing', 'problems swallowing', 'trouble swallowing'] },
  { term: 'pruritus', glosses: ['itching', 'itchy'] },
  { term: 'gastroenteritis', glosses: ['stomach bug', 'diarrhoea and vomiting', 'sickness bug'] },
  { term: 'emesis', glosses: ['vomiting', 'being sick'] },
  { term: 'otitis media', glosses: ['ear infection'] },
  { term: 'conjunctivitis', glosses: ['red eye', 'pink eye', 'sticky eye', 'eye infection'] },
  { term: 'varicella', glosses: ['chickenpox'] },
  { term: 'pertussis', glosses: ['whooping cough'] },
  { term: 'rubella', glosses: ['german measles'] },
  { term: 'influenza', glosses: ['flu'] },
  { term: 'pharyngitis', glosses: ['sore throat'] },
  { term: 'cystitis', glosses: ['bladder infection', 'water infection'] },
  { term: 'urinary tract infection', glosses: ['uti', 'water infection', 'bladder infection'] },
  { term: 'renal', glosses: ['kidney', 'kidneys'] },
  { term: 'hepatic', glosses: ['liver'] },
  { term: 'cardiac', glosses: ['heart'] },
  { term: 'pulmonary', glosses: ['lung', 'lungs'] },
  { term: 'dermatitis', glosses: ['eczema', 'skin'] },
  { term: 'alopecia', glosses: ['hair loss'] },
  { term: 'insomnia', glosses: ['cannot sleep', 'trouble sleeping', 'problems sleeping', 'difficulty sleeping'] },
  { term: 'syncope', glosses: ['fainting', 'faint'] },
  { term: 'vertigo', glosses: ['dizzy', 'dizziness', 'spinning'] },
  { term: 'contraception', glosses: ['birth control', 'the pill', 'condoms', 'stop you getting pregnant', 'prevent pregnancy'] },
  { term: 'phlebotomy', glosses: ['blood test', 'blood tests'] },
  { term: 'immunisation', forms: ['immunisations', 'immunization', 'immunizations'], glosses: ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'jab', 'jabs'] },
  { term: 'cervical screening', glosses: ['smear test', 'smear'] },
  { term: 'fracture', forms: ['fractures', 'fractured'], glosses: ['broken', 'break'] },
  { term: 'laceration', forms: ['lacerations'], glosses: ['cut', 'cuts'] },
  { term: 'contusion', forms: ['contusions'], glosses: ['bruise', 'bruises', 'bruising'] },
  { term: 'benign', glosses: ['not cancer', 'not cancerous', 'harmless'] },
  { term: 'malignant', glosses: ['cancer', 'cancerous'] },
  { term: 'symptomatology', glosses: ['symptoms'] },
  { term: 'comorbidity', forms: ['comorbidities'], glosses: ['other conditions', 'other health conditions', 'another condition'] },
  { term: 'acute', glosses: ['sudden', 'short-term', 'urgent'] },
  { term: 'chronic', glosses: ['long-term', 'long-lasting', 'long lasting'] },
];

import { type DocumentLanguage } from './document-format';

export interface AgreementLabels {
  heading: string;
  programme: string;
  company: string;
  registrationNumber: string;
  address: string;
  version: string;
  amends: (version: number) => string;
  sent: string;
  summary: string;
  goals: string;
  upgrades: string;
  number: string;
  upgrade: string;
  category: string;
  description: string;
  expert: string;
  plannedHours: string;
  targetDate: string;
  totalPlannedHours: string;
  noUpgrades: string;
  confidentiality: string;
  page: (page: number, pages: number) => string;
}

export const AGREEMENT_LABELS: Record<DocumentLanguage, AgreementLabels> = {
  en: {
    heading: 'Technology agreement',
    programme: 'Programme',
    company: 'Company',
    registrationNumber: 'Registration number (CVR)',
    address: 'Address',
    version: 'Version',
    amends: (version) => `amends version ${version}`,
    sent: 'Sent',
    summary: 'Summary',
    goals: 'Goals',
    upgrades: 'Agreed upgrades',
    number: 'No.',
    upgrade: 'Upgrade',
    category: 'Category',
    description: 'Description',
    expert: 'Responsible expert',
    plannedHours: 'Planned hours',
    targetDate: 'Target date',
    totalPlannedHours: 'Total planned hours',
    noUpgrades: 'No upgrades are agreed in this version.',
    confidentiality: 'Confidentiality',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  da: {
    heading: 'Teknologiaftale',
    programme: 'Program',
    company: 'Virksomhed',
    registrationNumber: 'CVR-nummer',
    address: 'Adresse',
    version: 'Version',
    amends: (version) => `ændrer version ${version}`,
    sent: 'Sendt',
    summary: 'Resumé',
    goals: 'Mål',
    upgrades: 'Aftalte opgraderinger',
    number: 'Nr.',
    upgrade: 'Opgradering',
    category: 'Kategori',
    description: 'Beskrivelse',
    expert: 'Ansvarlig ekspert',
    plannedHours: 'Planlagte timer',
    targetDate: 'Måldato',
    totalPlannedHours: 'Planlagte timer i alt',
    noUpgrades: 'Denne version indeholder ingen aftalte opgraderinger.',
    confidentiality: 'Fortrolighed',
    page: (page, pages) => `Side ${page} af ${pages}`,
  },
};

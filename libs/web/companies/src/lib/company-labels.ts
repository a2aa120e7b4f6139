import { type ImportAction, type SizeBand, type TurnoverBand } from '@techpact/contracts';
import { type TranslationKey } from '@techpact/web/i18n';
import { type RegistrationProblem } from './registration-check';

export const sizeBandKey = (band: SizeBand): TranslationKey => `companies.sizeBands.${band}`;

export const turnoverBandKey = (band: TurnoverBand): TranslationKey =>
  `companies.turnoverBands.${band}`;

export const importActionKey = (action: ImportAction): TranslationKey =>
  `companies.import.actions.${action}`;

export const registrationProblemKey = (problem: RegistrationProblem): TranslationKey =>
  `companies.form.problems.${problem}`;

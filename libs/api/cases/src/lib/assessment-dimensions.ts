/**
 * The default assessment dimensions: the EU Digital Maturity Assessment used by European Digital
 * Innovation Hubs (DESIGN §2). Dimensions become programme data with the assessments feature;
 * until then every case has these six, all unscored, so SUBMIT_ASSESSMENT is refused naming them.
 */
export const DEFAULT_ASSESSMENT_DIMENSIONS = [
  'Digital business strategy',
  'Digital readiness',
  'Human-centric digitalisation',
  'Data management and governance',
  'Automation and artificial intelligence',
  'Green digitalisation',
] as const;

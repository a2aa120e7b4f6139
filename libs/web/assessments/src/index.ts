export { AssessmentPage } from './lib/assessment-form/assessment-page';
export { MyAssessmentsPage } from './lib/my-assessments/my-assessments-page';
export { CaseAssessmentSection } from './lib/case-assessment/case-assessment-section';
export { AssessmentRadar } from './lib/assessment-chart/assessment-radar';
export { toRadarData, type RadarData, type RadarSeries } from './lib/assessment-chart/radar-data';
export { AssessmentsApi } from './lib/assessments-api.service';

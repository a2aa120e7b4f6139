export { companiesRoutes } from './lib/companies.routes';
export { CompanyListPage } from './lib/company-list/company-list-page';
export { CompanyPage } from './lib/company-page/company-page';
export { CompanyImportPage } from './lib/company-import/company-import-page';
export { CompanyFormDialog, type CompanyFormData } from './lib/company-form/company-form-dialog';
export { registrationProblem, type RegistrationProblem } from './lib/registration-check';

import { filenameFrom, progressPercent, reportUrl } from './report-download';

describe('report download', () => {
  it('builds the address with only the filters that are set', () => {
    expect(reportUrl('xlsx', {})).toBe('/api/reports/funder.xlsx');
    expect(reportUrl('pdf', { from: '2026-01-01', to: '2026-12-31', municipalityId: '' })).toBe(
      '/api/reports/funder.pdf?from=2026-01-01&to=2026-12-31',
    );
  });

  it('reads the file name from Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="funder-2026.xlsx"', 'x')).toBe('funder-2026.xlsx');
    expect(filenameFrom("attachment; filename*=UTF-8''rapport%20%C3%A5r.pdf", 'x')).toBe(
      'rapport år.pdf',
    );
    expect(filenameFrom(null, 'funder-report.xlsx')).toBe('funder-report.xlsx');
  });

  it('measures progress by bytes when the size is known', () => {
    expect(progressPercent({ bytes: 50, totalBytes: 200 })).toBe(25);
    expect(progressPercent({ bytes: 50, totalBytes: null })).toBeNull();
  });
});

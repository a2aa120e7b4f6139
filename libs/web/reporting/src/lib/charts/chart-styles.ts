/** Styles shared by the bar and funnel charts (a list of rows: label, bar, number). */
export const CHART_STYLES = `
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  li {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr minmax(5rem, auto);
    align-items: center;
    gap: 12px;
  }
  .track {
    position: relative;
    height: 18px;
    border-radius: 4px;
    background: var(--mat-sys-surface-container-high);
  }
  .bar {
    display: block;
    height: 100%;
    border-radius: 4px;
    background: var(--mat-sys-primary);
    min-width: 2px;
  }
  .target {
    position: absolute;
    top: -3px;
    bottom: -3px;
    width: 2px;
    background: var(--mat-sys-on-surface);
  }
  .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .value a {
    font-weight: 600;
  }
  .muted {
    color: var(--mat-sys-on-surface-variant);
  }
  table {
    border-collapse: collapse;
    margin-top: 8px;
  }
  caption {
    text-align: start;
    font: var(--mat-sys-label-large);
    margin-bottom: 4px;
  }
  th,
  td {
    padding: 4px 12px 4px 0;
    text-align: start;
    border-bottom: 1px solid var(--mat-sys-outline-variant);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (max-width: 600px) {
    li {
      grid-template-columns: 1fr auto;
    }
    .track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;

import { type homeEn } from './home.en';

/** Danish texts of the role start pages; typed by the English ones. */
export const homeDa: typeof homeEn = {
  home: {
    retry: 'Prøv igen',
    hours: '{hours} t',
    hoursOfPlanned: '{logged} af {planned} t',
    openCase: 'Åbn sagen',
  },
  myWork: {
    title: 'Mit arbejde',
    intro: 'Det, der venter på dig: vurderinger, aktiviteter og ugens timer.',
    assessments: {
      heading: 'Vurderinger, der venter',
      none: 'Ingen vurdering venter på dig.',
      progress: '{scored} af {total} dimensioner vurderet',
      open: 'Åbn {kind}-skemaet for {company}',
      openShort: 'Åbn skema',
    },
    activities: {
      heading: 'Mine aktiviteter',
      none: 'Du har ingen åbne aktiviteter.',
      overdue: 'Forsinket',
      dueSoon: 'Frist inden for to uger',
      inProgress: 'I gang',
      due: 'Frist {date}',
      status: 'Status: {status}',
    },
    week: {
      heading: 'Ugens timer',
      caption: 'Timer pr. dag i uge {week}',
      day: 'Dag',
      hours: 'Timer',
      total: 'I alt',
      open: 'Registrér timer for denne uge',
      statusLabel: 'Ugens status',
      status: {
        empty: 'Intet registreret endnu',
        draft: 'Ikke indsendt',
        rejected: 'Nogle timer blev afvist; ret dem og indsend igen',
        submitted: 'Indsendt, venter på godkendelse',
        approved: 'Godkendt',
      },
    },
    cases: {
      heading: 'Sager, jeg arbejder på',
      none: 'Du er ikke tilknyttet nogen sag.',
      more: 'Vis alle sager',
    },
  },
  myCase: {
    title: 'Min sag',
    intro: 'Hvor jeres virksomheds sag står, og hvad vi har brug for fra dig.',
    none: 'Jeres virksomhed har endnu ingen sag i programmet. Jeres koordinator kontakter jer.',
    caseOf: 'Sag for {company}',
    where: 'Hvor sagen står',
    now: {
      heading: 'Det har vi brug for fra dig nu',
      sign: 'Læs og underskriv aftalen “{title}” (version {number}).',
      signButton: 'Læs og underskriv',
      hours: 'Registrér de timer, jeres virksomhed bruger på aktiviteterne (medfinansiering).',
      hoursButton: 'Registrér timer',
      waitCountersign:
        'Du har underskrevet. Koordinatoren kontrasignerer nu; du skal ikke gøre noget.',
      nothing: 'Intet lige nu. Vi giver besked på e-mail, når vi har brug for dig.',
    },
    agreement: {
      heading: 'Underskrevet aftale',
      none: 'Ingen aftale er trådt i kraft endnu.',
      inForce: 'Version {number} er i kraft siden {date}.',
      download: 'Hent den underskrevne aftale (PDF, version {number})',
      open: 'Se aftalen',
    },
    activities: {
      heading: 'Aktiviteternes fremdrift',
      none: 'Aktiviteterne vises her, når aftalen er trådt i kraft.',
      due: 'Frist {date}',
      hours: 'Registrerede timer: {logged} af {planned} planlagt',
      status: 'Status: {status}',
    },
  },
};

import { type caseHubEn } from './case-hub.en';

/** Danish texts of the case page's tabs; typed by the English ones. */
export const caseHubDa: typeof caseHubEn = {
  caseHub: {
    tabsLabel: 'Sagens afsnit',
    tabs: {
      overview: 'Overblik',
      assessment: 'Vurdering',
      agreement: 'Aftale',
      activities: 'Aktiviteter',
      hours: 'Timer',
      reminders: 'Påmindelser',
      timeline: 'Tidslinje',
    },
    notYet: {
      assessment: 'Vurderingen starter, når koordinatoren har planlagt den.',
      agreement: 'Aftalen udarbejdes, når basisvurderingen er indsendt.',
      activities: 'Aktiviteterne vises, når aftalen er trådt i kraft.',
    },
    versions: {
      heading: 'Aftalens versioner',
      caption: 'Aftalens versioner, nyeste først',
      number: 'Version',
      title: 'Titel',
      status: 'Status',
      sent: 'Sendt',
      inForce: 'I kraft siden',
      plannedHours: 'Planlagte timer',
      none: 'Ingen version endnu.',
      open: 'Åbn aftalesiden',
    },
    hours: {
      heading: 'Timer på sagen',
      totalsCaption: 'Timer pr. type person (afviste timer er ikke talt med)',
      kind: 'Registreret af',
      logged: 'Registreret',
      approved: 'Godkendt',
      kinds: {
        expert: 'Eksperter',
        sme: 'Virksomheden (medfinansiering)',
      },
      kindOne: {
        expert: 'Ekspert',
        sme: 'Virksomhed',
      },
      entries: 'Tidsregistreringer',
      entriesCaption: 'De tidsregistreringer, du kan se, nyeste først',
      date: 'Dato',
      person: 'Person',
      activity: 'Aktivitet',
      hours: 'Timer',
      status: 'Status',
      note: 'Note',
      none: 'Der er endnu ikke registreret timer på sagen.',
      count: 'Viser {shown} af {total}',
      more: 'Vis flere',
      entryStatuses: {
        draft: 'Kladde',
        submitted: 'Indsendt',
        approved: 'Godkendt',
        rejected: 'Afvist',
      },
    },
    reminders: {
      heading: 'Sagens påmindelser',
      caption: 'Planlagte og sendte påmindelser for sagen',
      none: 'Ingen påmindelser for sagen.',
      all: 'Se alle påmindelser',
    },
  },
};

import { type remindersEn } from './reminders.en';

/** Danish texts of the reminders overview and queue health, merged into `da.ts`. */
export const remindersDa: typeof remindersEn = {
  reminders: {
    nav: 'Påmindelser',
    title: 'Påmindelser',
    intro:
      'Kommende og seneste påmindelser for dine sager: hvad der er planlagt, hvad der er sendt, og hvad der er annulleret eller droppet, fordi sagen er gået videre.',
    refresh: 'Opdater',
    filters: {
      label: 'Filtrer påmindelser',
      status: 'Status',
      allStatuses: 'Alle statusser',
      kind: 'Type',
      allKinds: 'Alle typer',
      from: 'Forfalder fra',
      to: 'Forfalder til',
      apply: 'Anvend datoer',
      clear: 'Ryd filtre',
    },
    table: {
      label: 'Påmindelser',
      dueAt: 'Forfalder',
      case: 'Sag',
      kind: 'Påmindelse',
      recipient: 'Til',
      status: 'Status',
      empty: 'Ingen påmindelser matcher filtrene.',
      count: 'Viser {shown} af {total}',
      more: 'Vis flere',
    },
    statuses: {
      scheduled: 'Planlagt',
      sent: 'Sendt',
      cancelled: 'Annulleret',
      dropped: 'Droppet',
    },
    recipients: {
      coordinator: 'Koordinator',
      experts: 'Eksperter',
      smeSigners: 'Virksomhedens underskrivere',
      smeContacts: 'Virksomhedens kontakter',
      activityExpert: 'Aktivitetens ekspert',
    },
    queues: {
      title: 'Køernes tilstand',
      countsLabel: 'Jobs pr. kø',
      queue: 'Kø',
      states: {
        waiting: 'Venter',
        active: 'Aktive',
        delayed: 'Udskudte',
        failed: 'Fejlede',
        completed: 'Færdige',
      },
      showFailed: 'Fejlede jobs',
      showFailedNamed: 'Vis de fejlede jobs i {queue}',
      failedTitle: 'Fejlede jobs i {queue}',
      noFailed: 'Ingen fejlede jobs.',
      retry: 'Prøv igen',
      retryNamed: 'Prøv job {id} igen',
      retried: 'Job {id} er sat i kø igen.',
    },
  },
};

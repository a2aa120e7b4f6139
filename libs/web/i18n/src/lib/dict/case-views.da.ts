import { type caseViewsEn } from './case-views.en';

/** Danish texts of the case list's saved views and the quick search, merged into `da.ts`. */
export const caseViewsDa: typeof caseViewsEn = {
  caseViews: {
    title: 'Gemte visninger',
    none: 'Ingen gemte visninger endnu: vælg filtre, og gem dem som en visning.',
    saveCurrent: 'Gem aktuel visning…',
    currentSuffix: '(aktuel visning)',
    actionsFor: 'Handlinger for visningen {name}',
    full: 'Du har {max} gemte visninger, det højeste antal. Slet en for at gemme en ny.',
    saved: 'Visningen “{name}” er gemt.',
    renamed: 'Visningen er omdøbt til “{name}”.',
    deleted: 'Visningen “{name}” er slettet.',
    save: {
      title: 'Gem aktuel visning',
      name: 'Visningens navn',
      nameRequired: 'Skriv et navn til visningen.',
      nameTooLong: 'Navnet må højst være {max} tegn.',
      submit: 'Gem visning',
      saving: 'Gemmer…',
    },
    rename: {
      title: 'Omdøb visning',
      action: 'Omdøb…',
    },
    delete: {
      title: 'Slet visning',
      question:
        'Slet visningen “{name}”? Kun de gemte filtre forsvinder; sagerne forbliver som de er.',
      confirm: 'Slet visning',
      deleting: 'Sletter…',
      action: 'Slet…',
    },
  },
  quickSearch: {
    open: 'Søg',
    shortcut: 'Søg (Ctrl+K)',
    title: 'Søg',
    labelAll: 'Virksomhedsnavn eller CVR-nummer',
    labelCases: 'Virksomhedsnavn eller CVR-nummer i dine sager',
    hint: '↑ ↓ for at vælge, Enter for at åbne, Esc for at lukke.',
    results: 'Søgeresultater',
    companies: 'Virksomheder',
    cases: 'Sager',
    allCases: 'Alle {count} matchende sager',
    searching: 'Søger…',
    none: 'Intet matcher “{q}”.',
    foundOne: 'Ét resultat.',
    foundMany: '{count} resultater.',
  },
};

import { type NotificationTexts } from './notification-texts';

/** Danish texts; the same placeholders as the English ones. */
export const NOTIFICATION_TEXTS_DA: NotificationTexts = {
  kinds: {
    assessmentScheduled: {
      title: 'Vurdering planlagt for {company}',
      body: 'Teknologivurderingen af {company} er planlagt til {date}.',
    },
    assessmentSubmitted: {
      title: 'Vurdering indsendt for {company}',
      body: 'Eksperten har indsendt teknologivurderingen af {company}. Aftalen kan nu udarbejdes.',
    },
    agreementSigned: {
      title: '{company} har underskrevet aftalen',
      body: '{company} har underskrevet aftalen. Underskriv den venligst også.',
    },
    signatureDeclined: {
      title: '{company} har afvist at underskrive',
      body: '{company} har afvist at underskrive aftalen. Begrundelse: {reason}',
    },
    signatureRecalled: {
      title: 'Aftalen for {company} er trukket tilbage',
      body: 'Koordinatoren har trukket aftalen til underskrift tilbage; det link, du fik, virker ikke længere. Du får et nyt, når en revideret version sendes.',
    },
    agreementInForce: {
      title: 'Aftalen for {company} er trådt i kraft',
      body: 'Alle har underskrevet: aftalen for {company} er trådt i kraft, og innovationsaktiviteterne kan begynde.',
    },
    agreementAmended: {
      title: 'Aftalen for {company} bliver ændret',
      body: 'Koordinatoren har påbegyndt en ændring af aftalen for {company}. Arbejdet fortsætter under den gældende version, indtil den nye er underskrevet.',
    },
    caseReopened: {
      title: 'Sagen for {company} er genåbnet',
      body: 'Sagen for {company} er tilbage i gennemførelse.',
    },
    caseCompleted: {
      title: 'Sagen for {company} er afsluttet',
      body: 'Sagen for {company} er afsluttet. Tak for jeres arbejde.',
    },
    casePaused: {
      title: 'Sagen for {company} er sat i bero',
      body: 'Sagen for {company} er sat i bero indtil {until}. Begrundelse: {reason}',
    },
    caseResumed: {
      title: 'Sagen for {company} er genoptaget',
      body: 'Sagen for {company} er aktiv igen.',
    },
    caseWithdrawn: {
      title: 'Sagen for {company} er trukket tilbage',
      body: 'Sagen for {company} er trukket tilbage. Begrundelse: {reason}',
    },
    assessmentDue: {
      title: 'Vurderingen af {company} skal afsluttes',
      body: 'Færdiggør og indsend venligst teknologivurderingen af {company}.',
    },
    assessmentOverdue: {
      title: 'Vurderingen af {company} er forsinket',
      body: 'Teknologivurderingen af {company} er ikke indsendt til tiden. Følg venligst op med eksperten.',
    },
    signPlease: {
      title: 'Underskriv venligst aftalen for {company}',
      body: 'Teknologiaftalen for {company} venter på din underskrift. Brug underskriftslinket fra den e-mail, du har fået, eller åbn sagen.',
    },
    signNudge: {
      title: 'Aftalen for {company} venter stadig på din underskrift',
      body: 'En påmindelse: teknologiaftalen for {company} er endnu ikke underskrevet.',
    },
    signEscalation: {
      title: 'Aftalen for {company} er ikke underskrevet',
      body: '{company} har ikke underskrevet den aftale, der blev sendt til underskrift. Kontakt dem venligst.',
    },
    countersignPlease: {
      title: 'Medunderskriv venligst aftalen for {company}',
      body: '{company} har underskrevet; aftalen træder i kraft, når du medunderskriver.',
    },
    onHoldCheckIn: {
      title: 'Følg op på den pausede sag for {company}',
      body: 'Sagen for {company} har været i bero et stykke tid. Genoptag den, eller beslut hvad der skal ske.',
    },
    staleCase: {
      title: 'Der er ikke sket noget på sagen for {company} længe',
      body: 'Der har ikke været nogen hændelse på sagen for {company} et stykke tid. Se venligst, om den trænger til et skub.',
    },
    activityDueSoon: {
      title: '"{activity}" skal være færdig {date}',
      body: 'Innovationsaktiviteten "{activity}" for {company} skal være færdig {date}.',
    },
    activityOverdue: {
      title: '"{activity}" er forsinket',
      body: 'Innovationsaktiviteten "{activity}" for {company} skulle være færdig {date} og er det endnu ikke.',
    },
    weeklyHoursNudge: {
      title: 'Ingen timer registreret i denne uge',
      body: 'Du har en aktiv innovationsaktivitet ("{activity}" for {company}), men ingen timer registreret i denne uge. Registrer dem venligst i ugeoversigten.',
    },
  },
  email: {
    greeting: 'Hej {name}',
    open: 'Åbn i TechPact',
    settings:
      'Du får denne e-mail på grund af dine indstillinger for notifikationer i TechPact. Du kan ændre dem her: {link}',
    noReason: 'ingen angivet',
    noDate: 'en dato, der aftales',
  },
};

import { type NotificationTexts } from './notification-texts';

/** English texts. Placeholders: {company}, {activity}, {date}, {until}, {reason}. */
export const NOTIFICATION_TEXTS_EN: NotificationTexts = {
  kinds: {
    assessmentScheduled: {
      title: 'Assessment scheduled for {company}',
      body: 'The technology assessment of {company} is scheduled for {date}.',
    },
    assessmentSubmitted: {
      title: 'Assessment submitted for {company}',
      body: 'The expert has submitted the technology assessment of {company}. The agreement can now be drafted.',
    },
    agreementSigned: {
      title: '{company} has signed the agreement',
      body: '{company} has signed the agreement. Please countersign it.',
    },
    signatureDeclined: {
      title: '{company} declined to sign',
      body: '{company} declined to sign the agreement. Reason: {reason}',
    },
    signatureRecalled: {
      title: 'The agreement for {company} was recalled',
      body: 'The coordinator recalled the agreement sent for signature; the link you received no longer works. You will get a new one when a revised version is sent.',
    },
    agreementInForce: {
      title: 'The agreement for {company} is in force',
      body: 'Everyone has signed: the agreement for {company} is in force and the innovation activities can start.',
    },
    agreementAmended: {
      title: 'The agreement for {company} is being amended',
      body: 'The coordinator has started an amendment of the agreement for {company}. Work goes on under the version in force until the new one is signed.',
    },
    caseReopened: {
      title: 'The case of {company} was reopened',
      body: 'The case of {company} is back in implementation.',
    },
    caseCompleted: {
      title: 'The case of {company} is completed',
      body: 'The case of {company} is completed. Thank you for your work.',
    },
    casePaused: {
      title: 'The case of {company} is on hold',
      body: 'The case of {company} is on hold until {until}. Reason: {reason}',
    },
    caseResumed: {
      title: 'The case of {company} has resumed',
      body: 'The case of {company} is active again.',
    },
    caseWithdrawn: {
      title: 'The case of {company} was withdrawn',
      body: 'The case of {company} was withdrawn. Reason: {reason}',
    },
    assessmentDue: {
      title: 'The assessment of {company} is due',
      body: 'Please complete and submit the technology assessment of {company}.',
    },
    assessmentOverdue: {
      title: 'The assessment of {company} is overdue',
      body: 'The technology assessment of {company} has not been submitted in time. Please follow up with the expert.',
    },
    signPlease: {
      title: 'Please sign the agreement for {company}',
      body: 'The technology agreement for {company} awaits your signature. Use the signing link from the e-mail you received, or open the case.',
    },
    signNudge: {
      title: 'The agreement for {company} still awaits your signature',
      body: 'A reminder: the technology agreement for {company} has not been signed yet.',
    },
    signEscalation: {
      title: 'The agreement for {company} has not been signed',
      body: '{company} has not signed the agreement sent for signature. Please get in touch with them.',
    },
    countersignPlease: {
      title: 'Please countersign the agreement for {company}',
      body: '{company} has signed; the agreement comes into force when you countersign it.',
    },
    onHoldCheckIn: {
      title: 'Check in on the paused case of {company}',
      body: 'The case of {company} has been on hold for a while. Resume it, or decide what happens next.',
    },
    staleCase: {
      title: 'Nothing has happened on the case of {company} for a while',
      body: 'The case of {company} has had no event for a while. Please check whether it needs a push.',
    },
    activityDueSoon: {
      title: '"{activity}" is due on {date}',
      body: 'The innovation activity "{activity}" for {company} is due on {date}.',
    },
    activityOverdue: {
      title: '"{activity}" is overdue',
      body: 'The innovation activity "{activity}" for {company} was due on {date} and is not done yet.',
    },
    weeklyHoursNudge: {
      title: 'No hours logged this week',
      body: 'You have an active innovation activity ("{activity}" for {company}) but no hours logged this week. Please log them in the weekly grid.',
    },
  },
  email: {
    greeting: 'Hello {name},',
    open: 'Open in TechPact',
    settings:
      'You receive this e-mail because of your notification settings in TechPact. Change them here: {link}',
    noReason: 'none given',
    noDate: 'a date to be agreed',
  },
};

/**
 * The calendars the card can add a session to. A module of its own, with no imports: the
 * public types (the calendar event's `detail.target`) reach it without the card's internals.
 */

/** In the order the card offers them by default. */
export const CALENDAR_TARGETS = ['ics', 'google', 'outlook', 'office365', 'yahoo'] as const;
export type CalendarTarget = (typeof CALENDAR_TARGETS)[number];

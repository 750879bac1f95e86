import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine } from './ical';

const event = {
  uid: 'agenda-bijeenkomst-2-7@casusportaal.example',
  stamp: new Date('2030-09-28T08:00:00Z'),
  // 13.00–17.00 in Amsterdam on a summer day and on a winter day.
  start: new Date('2030-10-03T11:00:00Z'),
  end: new Date('2030-10-03T15:00:00Z'),
  summary: 'Bijeenkomst 2: Leeratelier, najaar',
  description: 'Inloop vanaf 12.30 uur\n13.15–13.45 uur  Energiecoöperatie; zonnepanelen op het dak van de sporthal – Mehmet Yılmaz, Gemeente Schiedam\\Noord',
  location: 'Stationsplein 1, 3511 ED Utrecht',
  url: 'https://casusportaal.example/leerateliers/najaar/agenda',
  sequence: 2,
};

describe('the iCalendar file', () => {
  it('is read back by a real iCalendar parser with the times in Europe/Amsterdam', () => {
    const text = buildCalendar(event);
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.startDate.toJSDate().toISOString()).toEqual('2030-10-03T11:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toEqual('2030-10-03T15:00:00.000Z');
    expect([vevent.startDate.zone.tzid, vevent.startDate.hour, vevent.endDate.hour]).toEqual(['Europe/Amsterdam', 13, 17]);
    expect([vevent.summary, vevent.location, vevent.description, vevent.uid, vevent.sequence]).toEqual([event.summary, event.location, event.description, event.uid, 2]);
  });

  it('keeps winter time right too', () => {
    const winter = buildCalendar({ ...event, start: new Date('2031-02-06T12:00:00Z'), end: new Date('2031-02-06T16:00:00Z') });
    const calendar = new ICAL.Component(ICAL.parse(winter));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect([vevent.startDate.hour, vevent.startDate.toJSDate().toISOString()]).toEqual([13, '2031-02-06T12:00:00.000Z']);
    expect(winter).toContain('DTSTART;TZID=Europe/Amsterdam:20310206T130000\r\n');
  });

  it('ends lines in CRLF and folds them at 75 octets without cutting a character', () => {
    const text = buildCalendar(event);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const folded = foldLine(`DESCRIPTION:${'ö'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toEqual(`DESCRIPTION:${'ö'.repeat(60)}`);
    expect(folded.split('\r\n').map((l) => Buffer.byteLength(l, 'utf8'))).toEqual([74, 59]);
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toEqual('a\\\\b\\; c\\, d\\ne');
  });
});

import { Edition } from '../editions/edition.entity';
import { cloneEditionSettings } from './clone-edition';

describe('cloneEditionSettings', () => {
  const original = Object.assign(new Edition(), {
    id: 7,
    slug: 'najaar-2030',
    title: 'Leeratelier najaar 2030',
    description: 'Twee middagen.',
    meeting1Start: new Date('2030-09-19T11:00:00Z'),
    meeting1End: new Date('2030-09-19T15:00:00Z'),
    meeting2Start: new Date('2030-10-03T11:00:00Z'),
    meeting2End: new Date('2030-10-03T15:00:00Z'),
    walkInMinutes: 30,
    venueName: 'Stadskantoor',
    venueAddress: 'Stationsplein 1, Utrecht',
    capacityMin: 10,
    capacityMax: 20,
    feeCents: 49500,
    caseDeadline: new Date('2030-09-30T15:00:00Z'),
    status: 'open',
    createdAt: new Date('2030-01-01T00:00:00Z'),
    updatedAt: new Date('2030-01-01T00:00:00Z'),
  });

  it('copies every setting into a draft with "(kopie)" in the title, and no id, slug or timestamps', () => {
    const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...settings } = original;
    expect(cloneEditionSettings(original)).toEqual({ edition: { ...settings, title: 'Leeratelier najaar 2030 (kopie)', status: 'draft' } });
  });

  it('keeps a long title within the 200 characters a title may have', () => {
    const title = cloneEditionSettings({ ...original, title: 'x'.repeat(200) }).edition.title;
    expect([title.length, title.endsWith(' (kopie)')]).toEqual([200, true]);
  });
});

import { Edition } from '../editions/edition.entity';
import { checkEditionForm, editionFormValues, type FormInput, formInputFrom } from './edition-form-rules';

/** A correct form, in 2030 summer time (UTC+2). */
function input(overrides: Partial<FormInput> = {}): FormInput {
  return {
    title: 'Najaar 2030',
    slug: '',
    description: '',
    meeting1Date: '2030-09-19',
    meeting1StartTime: '13:00',
    meeting1EndTime: '17:00',
    meeting2Date: '2030-10-03',
    meeting2StartTime: '13:00',
    meeting2EndTime: '17:00',
    walkInMinutes: '30',
    venueName: 'Stadskantoor',
    venueAddress: 'Stationsplein 1, Utrecht',
    capacityMin: '10',
    capacityMax: '20',
    fee: '495',
    deadlineDate: '',
    deadlineTime: '',
    ...overrides,
  };
}

describe('checkEditionForm', () => {
  it('reads the meetings in Amsterdam time and sets the deadline to the start of meeting two', () => {
    const { settings, errors } = checkEditionForm(input());
    expect(errors).toEqual({});
    expect(settings).toEqual({
      title: 'Najaar 2030',
      slug: '',
      description: '',
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
      caseDeadline: new Date('2030-10-03T11:00:00Z'),
    });
  });

  it('takes Dutch dates and times, winter time and a deadline before meeting one', () => {
    const { settings } = checkEditionForm(
      input({ meeting1Date: '13-3-2031', meeting1StartTime: '9.30', meeting1EndTime: '12.30', meeting2Date: '27-3-2031', deadlineDate: '1-3-2031', deadlineTime: '17:00' }),
    );
    expect([settings?.meeting1Start, settings?.meeting1End, settings?.caseDeadline]).toEqual([
      new Date('2031-03-13T08:30:00Z'), new Date('2031-03-13T11:30:00Z'), new Date('2031-03-01T16:00:00Z'),
    ]);
  });

  it('names the field of every date, time, number and fee it cannot read', () => {
    expect(
      checkEditionForm(
        input({ meeting1Date: '2030-02-30', meeting1StartTime: '1300', meeting2StartTime: '24:00', walkInMinutes: '181', capacityMax: '201', fee: 'veel', slug: 'Najaar' }),
      ).errors,
    ).toEqual({
      meeting1Date: 'admin.rule.dateInvalid',
      meeting1StartTime: 'validation.time',
      meeting2StartTime: 'validation.time',
      walkInMinutes: 'admin.rule.walkInRange',
      capacityMax: 'admin.rule.capacityRange',
      fee: 'admin.rule.fee',
      slug: 'admin.rule.slugFormat',
    });
  });

  it('checks the order of the moments and the capacity', () => {
    expect(checkEditionForm(input({ meeting1EndTime: '13:00', meeting2EndTime: '12:00', capacityMin: '21' })).errors).toEqual({
      meeting1EndTime: 'admin.rule.endAfterStart',
      meeting2EndTime: 'admin.rule.endAfterStart',
      capacityMin: 'admin.rule.capacityMinAboveMax',
    });
    expect(checkEditionForm(input({ meeting2Date: '2030-09-19', meeting2StartTime: '16:00' })).errors).toEqual({
      meeting2Date: 'admin.rule.meeting2AfterMeeting1',
    });
    expect(checkEditionForm(input({ capacityMin: '0' })).errors).toEqual({ capacityMin: 'admin.rule.capacityRange' });
  });

  it('wants the deadline before the end of meeting two, and as a date with a time', () => {
    expect(checkEditionForm(input({ deadlineDate: '2030-10-03', deadlineTime: '16:59' })).errors).toEqual({});
    expect(checkEditionForm(input({ deadlineDate: '2030-10-03', deadlineTime: '17:00' })).errors).toEqual({ deadlineDate: 'admin.rule.deadlineBeforeEnd' });
    expect(checkEditionForm(input({ deadlineDate: '2030-10-01' })).errors).toEqual({ deadlineTime: 'admin.rule.deadlineNeedsTime' });
    expect(checkEditionForm(input({ deadlineTime: '12:00' })).errors).toEqual({ deadlineDate: 'admin.rule.deadlineNeedsDate' });
  });

  it('leaves empty fields to the form class, which asks to fill them in', () => {
    expect(checkEditionForm(input({ meeting1Date: '', walkInMinutes: '', fee: '' }))).toEqual({ errors: {} });
  });
});

describe('formInputFrom', () => {
  it('trims what was typed and treats missing or repeated fields as empty', () => {
    const read = formInputFrom({ title: '  Najaar  ', fee: ['1', '2'], onbekend: 'x' });
    expect([read.title, read.fee, read.slug, 'onbekend' in read]).toEqual(['Najaar', '', '', false]);
  });
});

describe('editionFormValues', () => {
  it('shows a stored edition in the form as Amsterdam dates and times', () => {
    const edition = Object.assign(new Edition(), {
      ...checkEditionForm(input({ fee: '495,50', deadlineDate: '2030-09-30', deadlineTime: '17:00' })).settings,
      slug: 'najaar-2030',
    });
    expect(editionFormValues(edition)).toEqual({ ...input({ fee: '495,50', deadlineDate: '2030-09-30', deadlineTime: '17:00' }), slug: 'najaar-2030' });
  });
});

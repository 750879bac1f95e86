import { formatDateTime } from '../../common/dates/format-dates';
import { deadlineInputs, readDeadline, readWholeNumber } from './setup-inputs';

describe('setup inputs', () => {
  const at = (result: ReturnType<typeof readDeadline>) => (result.ok && result.deadline ? formatDateTime(result.deadline) : result);

  it('reads a deadline as Amsterdam time, from a date picker or as typed in a text box', () => {
    expect(at(readDeadline('2030-09-16', '17:00'))).toBe('maandag 16 september 2030, 17.00 uur');
    expect(at(readDeadline('16-9-2030', '9.30'))).toBe('maandag 16 september 2030, 09.30 uur');
    expect(at(readDeadline('2030-09-16', ''))).toBe('maandag 16 september 2030, 23.59 uur');
    expect(readDeadline('', '')).toEqual({ ok: true, deadline: null });
  });

  it('says which field is wrong', () => {
    expect(readDeadline('', '17:00')).toEqual({ ok: false, field: 'deadlineDate', key: 'validation.date' });
    expect(readDeadline('31-2-2030', '17:00')).toEqual({ ok: false, field: 'deadlineDate', key: 'validation.date' });
    expect(readDeadline('2030-09-16', '25:00')).toEqual({ ok: false, field: 'deadlineTime', key: 'validation.time' });
  });

  it('shows a stored deadline again in the form’s fields', () => {
    expect(deadlineInputs(new Date('2030-09-16T07:05:00Z'))).toEqual({ deadlineDate: '2030-09-16', deadlineTime: '09:05' });
    expect(deadlineInputs(null)).toEqual({ deadlineDate: '', deadlineTime: '' });
  });

  it('reads whole numbers within bounds only', () => {
    expect([readWholeNumber('3', 0, 14), readWholeNumber('15', 0, 14), readWholeNumber('2,5', 0, 14), readWholeNumber('', 0, 14)]).toEqual([
      3,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

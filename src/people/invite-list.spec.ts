import { readInviteList } from './invite-list';

describe('readInviteList', () => {
  it('reads a pasted list with a header row and both separators', () => {
    expect(readInviteList('naam;e-mail;organisatie\nAnne de Vries;Anne@Westerkwartier.nl;Gemeente Westerkwartier\n')).toEqual([
      { line: 2, name: 'Anne de Vries', email: 'anne@westerkwartier.nl', organisation: 'Gemeente Westerkwartier', problems: [] },
    ]);
    expect(readInviteList('Jan Jansen,jan@oss.nl,Gemeente Oss')[0].problems).toEqual([]);
  });

  it('says per row what is wrong', () => {
    const rows = readInviteList('Anne;anne@x.nl;A\n;piet@x.nl;B\nKees;kees-at-x.nl;C\nAnne 2;ANNE@x.nl;A\n\nLies;lies@x.nl;D;extra');
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [1, []],
      [2, ['people.list.noName']],
      [3, ['people.list.badEmail']],
      [4, ['people.list.duplicate']],
      [6, ['people.list.tooManyColumns']],
    ]);
  });
});

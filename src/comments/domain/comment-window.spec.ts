import { commentsCloseAt, isCommentingOpen } from './comment-window';

describe('the commenting window', () => {
  const edition = { meeting2End: new Date('2030-10-03T15:00:00Z') };

  it('closes at the end of meeting two unless the trainer set another moment', () => {
    expect(commentsCloseAt(edition, null)).toEqual(new Date('2030-10-03T15:00:00Z'));
    expect(commentsCloseAt(edition, undefined)).toEqual(new Date('2030-10-03T15:00:00Z'));
    expect(commentsCloseAt(edition, new Date('2030-10-10T10:00:00Z'))).toEqual(new Date('2030-10-10T10:00:00Z'));
  });

  it('is open until the closing moment itself', () => {
    const closes = new Date('2030-10-03T15:00:00Z');
    expect(isCommentingOpen(new Date('2030-10-03T14:59:59.999Z'), closes)).toEqual(true);
    expect(isCommentingOpen(closes, closes)).toEqual(false);
    expect(isCommentingOpen(new Date('2030-10-04T00:00:00Z'), closes)).toEqual(false);
  });
});

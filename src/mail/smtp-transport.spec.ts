import { describeSmtpError } from './smtp-transport';

describe('describeSmtpError', () => {
  it('gives up on a mail the server refuses for good, and keeps what it said', () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 Mailbox unavailable',
    });
    expect(describeSmtpError(error)).toEqual({ permanent: true, message: '550 5.1.1 Mailbox unavailable', code: '550' });
  });

  it('tries again after a temporary refusal, a refused login or a lost connection', () => {
    const temporary = Object.assign(new Error('x'), { code: 'EMESSAGE', responseCode: 451, response: '451 Try again later' });
    const login = Object.assign(new Error('Invalid login'), { code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' });
    const connection = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' });
    expect([temporary, login, connection].map(describeSmtpError)).toEqual([
      { permanent: false, message: '451 Try again later', code: '451' },
      { permanent: false, message: '535 Authentication failed', code: '535' },
      { permanent: false, message: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25', code: 'ESOCKET' },
    ]);
  });

  it('keeps the message short and on one line', () => {
    const long = describeSmtpError(Object.assign(new Error('x'), { response: `421 ${'busy\n'.repeat(200)}` }));
    expect(long.message).toHaveLength(300);
    expect(long.message).not.toContain('\n');
  });
});

import { parseArgs } from './create-coordinator';

describe('create-coordinator arguments', () => {
  it('reads the address and an optional name', () => {
    expect(parseArgs(['--email', 'Sanne@Opleider.NL', '--name', 'Sanne Visser'])).toEqual({ email: 'sanne@opleider.nl', name: 'Sanne Visser' });
    expect(parseArgs(['--email', 'sanne@opleider.nl'])).toEqual({ email: 'sanne@opleider.nl', name: 'sanne' });
  });

  it('explains how to call it when the address is missing or wrong', () => {
    expect(parseArgs([])).toMatch(/^Usage: npm run user:create-coordinator/);
    expect(parseArgs(['--email', 'geen-adres'])).toMatch(/^Usage:/);
  });
});

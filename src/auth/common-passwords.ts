/**
 * Passwords of ten or more characters that appear at the top of leaked-password lists, with
 * the Dutch ones people choose at work. Compared lowercased and without spaces.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789a', '0123456789', '1q2w3e4r5t', '1qaz2wsx3edc', 'qwertyuiop',
  'qwerty1234', 'qwerty12345', 'qwertyuiop1', 'asdfghjkl1', 'azertyuiop', 'password12', 'password123',
  'password1234', 'password01', 'passw0rd123', 'p@ssw0rd123', 'iloveyou12', 'football12', 'basketball',
  'baseball12', 'starwars12', 'sunshine12', 'princess12', 'whatever12', 'trustno1234', 'letmein123',
  'welcome123', 'welcome1234', 'administrator', 'admin12345', 'changeme123', 'abc1234567', 'abcd123456',
  'wachtwoord', 'wachtwoord1', 'wachtwoord12', 'wachtwoord123', 'wachtwoord01', 'wachtwoord!', 'welkom1234',
  'welkom12345', 'welkomwelkom', 'welkom2024!', 'welkom2025!', 'welkom2026!', 'geheim1234', 'geheimgeheim',
  'nederland1', 'nederland12', 'nederland123', 'amsterdam1', 'amsterdam12', 'rotterdam1', 'utrecht123',
  'feyenoord1', 'feyenoord12', 'ajax123456', 'voorjaar2026', 'najaar2026', 'zomer20266', 'winter2026!',
  'gemeente123', 'gemeente2026', 'gemeente01', 'casusportaal', 'casusportaal1', 'leeratelier', 'leeratelier1',
  'burgerparticipatie', 'participatie', 'participatie1', 'inwoners123', 'maandag123', 'dinsdag123',
  'donderdag1', 'vrijdag1234', 'januari2026', 'februari2026', 'september2026', 'oktober2026', 'november2026',
  'december2026', 'hallohallo', 'hallo12345', 'doemaar123', 'lekkerding', 'iloveyou123', 'michael123',
  'jennifer12', 'superman12', 'batman1234', 'dragon1234', 'monkey1234', 'shadow1234', 'master1234',
  'computer12', 'internet12', 'samsung123', 'google1234', 'linkedin123', 'facebook12', 'zaq12wsxcde',
]);

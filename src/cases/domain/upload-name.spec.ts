import { contentDisposition, safeDisplayName } from './file-signature';

describe('safeDisplayName', () => {
  it.each([
    ['Verslag bewonersavond.pdf', 'pdf', 'Verslag bewonersavond.pdf'],
    ['C:\\Users\\jan\\Documents\\Plan van aanpak.docx', 'docx', 'Plan van aanpak.docx'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['Foto.JPEG', 'jpg', 'Foto.JPEG'],
    ['foto.jpg.exe', 'jpg', 'foto.jpg'],
    ['rapport.exe', 'pdf', 'rapport.pdf'],
    ['notulen.docx', 'pdf', 'notulen.pdf'],
    ['Plan versie 1.2', 'pdf', 'Plan versie 1.2.pdf'],
    ['...verborgen.pdf', 'pdf', 'verborgen.pdf'],
    ['.pdf', 'pdf', 'bijlage.pdf'],
    ['', 'docx', 'bijlage.docx'],
    ['   ', '.odt', 'bijlage.odt'],
    ['a/b/', 'png', 'bijlage.png'],
    ['Brief\u0000\u0007 aan\tde raad.pdf', 'pdf', 'Brief aan de raad.pdf'],
    // U+202E would make "gpj.exe" show as "exe.jpg".
    ['foto\u202Egpj.exe', 'jpg', 'fotogpj.jpg'],
    ['zero\u200Bwidth.pdf', 'pdf', 'zerowidth.pdf'],
    ['Vraag: wat "nu"?.pdf', 'pdf', 'Vraag_ wat _nu__.pdf'],
    ['Café de Ster.pdf', 'pdf', 'Café de Ster.pdf'],
    ['Cafe\u0301.pdf', 'pdf', 'Café.pdf'],
  ])('%j as %s becomes %j', (original, extension, expected) => {
    expect(safeDisplayName(original, extension)).toEqual(expected);
  });

  it('keeps the extension when it shortens a long name to 120 characters', () => {
    const name = safeDisplayName(`${'a'.repeat(200)}.pdf`, 'pdf');
    expect(name).toEqual(`${'a'.repeat(116)}.pdf`);
  });

  it('counts characters, so that an emoji is not cut in half', () => {
    const name = safeDisplayName(`${'😀'.repeat(130)}.png`, 'png');
    expect([...name].length).toEqual(120);
    expect(name).toEqual(`${'😀'.repeat(116)}.png`);
  });

  it('does not end the shortened name on a space or dot', () => {
    expect(safeDisplayName(`${'a'.repeat(115)} . bbbb.pdf`, 'pdf')).toEqual(`${'a'.repeat(115)}.pdf`);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII name and the exact name', () => {
    expect(contentDisposition('Verslag.pdf')).toEqual(`attachment; filename="Verslag.pdf"; filename*=UTF-8''Verslag.pdf`);
    expect(contentDisposition('Café de Ster (2018).pdf')).toEqual(
      `attachment; filename="Cafe de Ster (2018).pdf"; filename*=UTF-8''Caf%C3%A9%20de%20Ster%20%282018%29.pdf`,
    );
  });

  it('keeps quotes, backslashes, percent signs and line breaks out of the header', () => {
    expect(contentDisposition('50% "klaar"\\\r\nSet-Cookie: x.pdf')).toEqual(
      `attachment; filename="50_ _klaar__  Set-Cookie: x.pdf"; filename*=UTF-8''50%25%20%22klaar%22%5C%20%20Set-Cookie%3A%20x.pdf`,
    );
  });

  it('replaces characters outside ASCII that have no plain form', () => {
    expect(contentDisposition('Ölçek 😀.png')).toEqual(
      `attachment; filename="Olcek _.png"; filename*=UTF-8''%C3%96l%C3%A7ek%20%F0%9F%98%80.png`,
    );
  });
});

import { excerpt, paragraphs } from './mail-excerpt';

describe('comment excerpts for mail', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(excerpt('  Goed idee!\r\n', 20)).toEqual('Goed idee!');
    expect(excerpt('Wij hebben in Zeist een bewonersavond gehouden', 25)).toEqual('Wij hebben in Zeist een …');
    expect(excerpt('Bewonersparticipatietraject', 10)).toEqual('Bewonerspa …');
  });

  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('Eerste\nregel\n\n\nTweede\n \nDerde')).toEqual(['Eerste\nregel', 'Tweede', 'Derde']);
  });
});

import { renderComment } from './render-comment';

const REL = 'rel="noopener nofollow ugc"';

describe('renderComment', () => {
  describe('light formatting', () => {
    it.each([
      ['Goed idee!', '<p>Goed idee!</p>'],
      ['Eerste regel\ntweede regel\n\nNieuwe alinea', '<p>Eerste regel<br />tweede regel</p>\n<p>Nieuwe alinea</p>'],
      ['Windows\r\nregels', '<p>Windows<br />regels</p>'],
      [
        '**vet** en *schuin* en _ook schuin_ en __ook vet__',
        '<p><strong>vet</strong> en <em>schuin</em> en <em>ook schuin</em> en <strong>ook vet</strong></p>',
      ],
      ['- een\n- twee', '<ul>\n<li>een</li>\n<li>twee</li>\n</ul>'],
      ['1. eerste\n2. tweede', '<ol>\n<li>eerste</li>\n<li>tweede</li>\n</ol>'],
      ['3. drie\n4. vier', '<ol start="3">\n<li>drie</li>\n<li>vier</li>\n</ol>'],
      ['> citaat\n> verder', '<blockquote>\n<p>citaat<br />verder</p>\n</blockquote>'],
      ['Gebruik `code` hier', '<p>Gebruik <code>code</code> hier</p>'],
      ['```js\nlet a = 1 < 2;\n```', '<pre><code>let a = 1 &lt; 2;\n</code></pre>'],
      ['Tom & Jerry zeggen "hallo" en \'dag\'; 3 < 4', '<p>Tom &amp; Jerry zeggen "hallo" en \'dag\'; 3 &lt; 4</p>'],
    ])('renders %j', (typed, html) => {
      expect(renderComment(typed)).toEqual(html);
    });

    it('turns headings into bold paragraphs', () => {
      expect(renderComment('# Kop\n## Kleinere kop\nTekst')).toEqual(
        '<p><strong>Kop</strong></p>\n<p><strong>Kleinere kop</strong></p>\n<p>Tekst</p>',
      );
      expect(renderComment('Tekst\n---')).toEqual('<p><strong>Tekst</strong></p>');
    });

    it('leaves formatting it does not offer as typed', () => {
      expect(renderComment('~~weg~~')).toEqual('<p>~~weg~~</p>');
      expect(renderComment('---')).toEqual('<p>---</p>');
      expect(renderComment('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual('<p>| a | b |<br />|---|---|<br />| 1 | 2 |</p>');
      expect(renderComment('- [ ] taak\n- [X] klaar')).toEqual('<ul>\n<li>[ ] taak</li>\n<li>[X] klaar</li>\n</ul>');
    });

    it('renders an empty comment as nothing', () => {
      expect(renderComment('')).toEqual('');
      expect(renderComment('  \n ')).toEqual('');
    });
  });

  describe('links', () => {
    it('keeps http, https and mailto links and marks them as user content', () => {
      expect(renderComment('[Handreiking](https://www.example.nl/participatie?a=1&b=2)')).toEqual(
        `<p><a href="https://www.example.nl/participatie?a=1&amp;b=2" ${REL}>Handreiking</a></p>`,
      );
      expect(renderComment('[mail](mailto:jan@example.nl)')).toEqual(`<p><a href="mailto:jan@example.nl" ${REL}>mail</a></p>`);
      expect(renderComment('[klik](http://example.nl "titel")')).toEqual(`<p><a href="http://example.nl" ${REL}>klik</a></p>`);
    });

    it('links bare addresses', () => {
      expect(renderComment('Zie https://www.example.nl en www.gemeente.nl of mail jan@example.nl')).toEqual(
        `<p>Zie <a href="https://www.example.nl" ${REL}>https://www.example.nl</a> en ` +
          `<a href="http://www.gemeente.nl" ${REL}>www.gemeente.nl</a> of mail ` +
          `<a href="mailto:jan@example.nl" ${REL}>jan@example.nl</a></p>`,
      );
      expect(renderComment('<https://example.nl/pad>')).toEqual(`<p><a href="https://example.nl/pad" ${REL}>https://example.nl/pad</a></p>`);
    });

    it.each([
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x]( javascript:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:msgbox)',
      '[x](/admin)',
      '[x](//evil.example)',
    ])('renders %j as plain text', (typed) => {
      expect(renderComment(typed)).toEqual('<p>x</p>');
    });

    it('keeps a quote in the address inside the attribute', () => {
      expect(renderComment('[x](https://example.nl/"onmouseover="alert(1))')).toEqual(
        `<p><a href="https://example.nl/%22onmouseover=%22alert(1)" ${REL}>x</a></p>`,
      );
    });
  });

  describe('typed HTML and images', () => {
    it.each([
      ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
      ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
      [
        '<b>vet</b> en <a href="javascript:alert(1)">klik</a>',
        '<p>&lt;b&gt;vet&lt;/b&gt; en &lt;a href="javascript:alert(1)"&gt;klik&lt;/a&gt;</p>',
      ],
      ['<div onclick="x()">\nblok\n</div>', '<p>&lt;div onclick="x()"&gt;<br />blok<br />&lt;/div&gt;</p>'],
      ['<!-- opmerking -->', '<p>&lt;!-- opmerking --&gt;</p>'],
    ])('shows %j as text', (typed, html) => {
      expect(renderComment(typed)).toEqual(html);
    });

    it('shows the description of an image instead of loading it', () => {
      expect(renderComment('![foto van het plein](https://tracker.example/pixel.png)')).toEqual('<p>foto van het plein</p>');
      expect(renderComment('![<img src=x onerror=alert(1)>](x.png)')).toEqual('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    });

    it.each([
      ['[<img src=x onerror=alert(1)>](https://example.nl)', `<p><a href="https://example.nl" ${REL}>&lt;img src=x onerror=alert(1)&gt;</a></p>`],
      ['**<svg onload=alert(1)>**', '<p><strong>&lt;svg onload=alert(1)&gt;</strong></p>'],
      // The address inside the typed tag is still a web address, so it becomes a safe link.
      [
        '> <iframe src="https://evil.example"></iframe>',
        `<blockquote>\n<p>&lt;iframe src="<a href="https://evil.example%22%3E" ${REL}>https://evil.example"&gt;</a>&lt;/iframe&gt;</p>\n</blockquote>`,
      ],
      [
        '<a href=https://evil.example onclick=alert(1)>b</a>',
        `<p>&lt;a href=<a href="https://evil.example" ${REL}>https://evil.example</a> onclick=alert(1)&gt;b&lt;/a&gt;</p>`,
      ],
      ['`<script>`\n\n    <script>alert(1)</script>', '<p><code>&lt;script&gt;</code></p>\n<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>'],
    ])('keeps %j harmless', (typed, html) => {
      expect(renderComment(typed)).toEqual(html);
    });
  });
});

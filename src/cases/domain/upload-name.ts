/*
 * The name an attachment is shown and downloaded under. It comes from the uploader's computer,
 * so it is cleaned: no folders, no invisible characters that can make "gpj.exe" read as
 * "exe.jpg", and an extension that matches what the file really is.
 */

const MAX_NAME_LENGTH = 120;
const FALLBACK_STEM = 'bijlage';

/** Spellings of an extension that are equally right for the detected type. */
const ALIASES: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg', 'jpe'],
};

/** Lone surrogate halves cannot be encoded in a header; they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Control characters, bidi overrides and isolates, zero-width characters, line separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Characters Windows does not allow in a file name. */
const RESERVED = /[<>:"|?*]/g;
const EXTENSION_LIKE = /\.([A-Za-z0-9]{1,5})$/;

/** `extension` is the detected type's extension, with or without a dot. */
export function safeDisplayName(originalName: string, extension: string): string {
  const ext = extension.replace(/^\./, '').toLowerCase();
  const accepted = ALIASES[ext] ?? [ext];
  const base = originalName.split(/[/\\]/).pop() ?? '';
  let stem = base
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\s/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/ {2,}/g, ' ')
    .replace(/[\s.]+$/, '');

  // Drop wrong extensions ("foto.jpg.exe" → "foto") but keep a right one as the person wrote it.
  let kept = ext;
  for (let m = EXTENSION_LIKE.exec(stem); m && /[A-Za-z]/.test(m[1]); m = EXTENSION_LIKE.exec(stem)) {
    stem = stem.slice(0, m.index).replace(/[\s.]+$/, '');
    if (accepted.includes(m[1].toLowerCase())) {
      kept = m[1];
      break;
    }
  }

  // Leading dots go after the extension is read, so that ".pdf" is a nameless PDF, and so
  // that no name becomes a hidden file on the downloader's computer.
  stem = [...stem.replace(/^[\s.]+/, '')]
    .slice(0, MAX_NAME_LENGTH - kept.length - 1)
    .join('')
    .replace(/[\s.]+$/, '');
  return stem ? `${stem}.${kept}` : `${FALLBACK_STEM}.${ext}`;
}

/**
 * A Content-Disposition header value that makes the browser save the file under this name:
 * a plain ASCII `filename` for old clients and the exact name as `filename*` (RFC 6266, RFC 8187).
 */
export function contentDisposition(displayName: string): string {
  const name = displayName.replace(LONE_SURROGATE, '\uFFFD').replace(/\s/gu, ' ').replace(INVISIBLE, '');
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, '_')
    // Quotes and backslashes would need escaping that browsers handle unevenly; some clients
    // decode %xx in the plain filename.
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

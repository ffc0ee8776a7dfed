/**
 * A library file's bytes as text. Every reader (the checks, the build, the development server,
 * the tools) starts here, so a byte-order mark or Windows line ends cannot make two readers see
 * two different files: both are removed before anything looks at the text.
 */

export type DecodedText = { text: string; problem?: undefined } | { text?: undefined; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Strict UTF-8, without a leading byte-order mark, with CRLF and lone CR line ends read as LF. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = countLines(bytes, offset);
    return {
      problem: `Line ${line} holds bytes that are not UTF-8 text. Save the file as UTF-8 (your editor's "Save with encoding" or "Reopen with encoding" setting), then check the characters on that line.`,
    };
  }
  return { text: normaliseLineEnds(text) };
}

/** Text that came as a string already (tests, generated files): the same normalisation. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    const sequence = bytes.subarray(index, index + length);
    try {
      utf8.decode(sequence);
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

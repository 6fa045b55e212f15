// Step 1: bytes to text. Scraped files are meant to be UTF-8; anything else is reported, not guessed at,
// so that a stray PDF or image in an articles folder cannot fill the store with mojibake.

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'invalid-utf8' | 'empty'; message: string };

const SNIFF_BYTES = 8192;

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary', message: 'looks like a binary file (NUL or control bytes), not text' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: `is not valid UTF-8 (byte ${firstInvalidByte(bytes)}); save it as UTF-8` };
  }
  if (text.trim().replace(/^\uFEFF/, '') === '') {
    return { ok: false, reason: 'empty', message: 'is empty' };
  }
  return { ok: true, text };
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // tab, line feed, form feed and carriage return are text; other C0 controls are not
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // binary search for the shortest prefix that fails to decode
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      // stream: a prefix cut inside a valid multi-byte character is not an error
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      high = mid;
    }
  }
  // "caf\xe9 est": the decoder fails at the space, but the bad sequence is the lead byte \xe9 before it
  for (let start = Math.max(0, low - 3); start < low; start++) {
    const lead = bytes[start] as number;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (length > 1 && start + length > low) return start;
  }
  return low;
}

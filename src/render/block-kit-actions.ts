// The buttons under an answer. A button's value carries the request itself (briefing, words, page), so
// a click re-asks the core and renders the wanted page: no state is kept between messages.

export const MORE_ACTION = 'briefing_more';
export const SHARE_ACTION = 'briefing_share';

export interface AnswerRequest {
  briefing: string;
  text: string;
  page: number;
  /** Whether the answer is private to the asker and so offers Share in channel. */
  shareable: boolean;
}

/** Button values hold at most 2000 characters; the words are cut well before that. */
const MAX_WORDS = 1500;

export function encodeAnswerRequest(request: AnswerRequest): string {
  return JSON.stringify({ b: request.briefing, t: request.text.slice(0, MAX_WORDS), p: request.page, s: request.shareable ? 1 : 0 });
}

export function decodeAnswerRequest(value: string | undefined): AnswerRequest | null {
  if (!value) return null;
  try {
    const raw = JSON.parse(value) as Record<string, unknown>;
    if (typeof raw.b !== 'string' || typeof raw.t !== 'string' || !Number.isInteger(raw.p) || (raw.p as number) < 0) return null;
    return { briefing: raw.b, text: raw.t, page: raw.p as number, shareable: raw.s === 1 };
  } catch {
    return null;
  }
}

// A quote's words as the answer shows them: the comma that tied it to its attribution in the article
// ("... totally destroyed," de Mistura said) is dropped.

export function quoteWords(text: string): string {
  return text.replace(/,$/, '');
}

// Article and user text goes into Slack escaped, so no text can become a link or a ping:
// "<!channel> look" -> "&lt;!channel&gt; look". Slack asks for exactly these three escapes.

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts escaped text to at most `max` characters with an ellipsis, never inside an "&amp;" entity. */
export function clipSlack(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp >= 0 && amp > cut.length - 5 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return `${cut.trimEnd()}…`;
}

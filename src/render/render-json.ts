// Answers as JSON for scripts and the team's scorer: citations become file names
// ({"sentences": [{"text", "sources": ["000_....txt"]}]} for a summary); everything else is as the core gives it.
import type { Answer, Citation } from '../answer/answer-types.ts';

export function answerJson(answer: Answer): unknown {
  return JSON.parse(JSON.stringify(answer, (key, value: unknown) => (key === 'sources' && Array.isArray(value) ? (value as Citation[]).map((c) => c.file) : value)));
}

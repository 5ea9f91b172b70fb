// Search snippets arrive with matches between two private-use characters
// (U+E000, U+E001). They become text segments, never HTML, so nothing in a
// story can inject markup.

export interface Segment {
  text: string;
  match: boolean;
}

const START = "\uE000";
const END = "\uE001";

export function segments(snippet: string): Segment[] {
  const out: Segment[] = [];
  let match = false;
  let text = "";
  for (const ch of snippet) {
    if (ch === START || ch === END) {
      if (text) out.push({ text, match });
      text = "";
      match = ch === START;
    } else {
      text += ch;
    }
  }
  if (text) out.push({ text, match });
  return out;
}

// Splits a story's body into paragraphs of segments, marking the quotes and
// claims the analysis found. Offsets count characters in "headline\nbody",
// as the analysis reports them. Segments are text, rendered as text.

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Index of the quote this text is in, if any. */
  quote: number | null;
  /** True inside a check-worthy claim. */
  claim: boolean;
}

export function paragraphs(headline: string, body: string, quotes: Span[], claims: Span[]): Segment[][] {
  const chars = Array.from(body);
  const offset = Array.from(headline).length + 1;
  const quoteAt = new Array<number | null>(chars.length).fill(null);
  const claimAt = new Array<boolean>(chars.length).fill(false);
  quotes.forEach((q, index) => {
    for (let i = Math.max(0, q.start - offset); i < Math.min(chars.length, q.end - offset); i++) quoteAt[i] = index;
  });
  for (const c of claims) {
    for (let i = Math.max(0, c.start - offset); i < Math.min(chars.length, c.end - offset); i++) claimAt[i] = true;
  }
  const out: Segment[][] = [];
  let paragraph: Segment[] = [];
  let current: Segment | null = null;
  chars.forEach((ch, i) => {
    if (ch === "\n") {
      if (current) paragraph.push(current);
      if (paragraph.length) out.push(paragraph);
      paragraph = [];
      current = null;
      return;
    }
    if (!current || current.quote !== quoteAt[i] || current.claim !== claimAt[i]) {
      if (current) paragraph.push(current);
      current = { text: "", quote: quoteAt[i], claim: claimAt[i] };
    }
    current.text += ch;
  });
  if (current) paragraph.push(current);
  if (paragraph.length) out.push(paragraph);
  return out.filter((p) => p.some((s) => s.text.trim()));
}

/** A stable colour for each speaker, from a small palette that reads in both themes. */
export function speakerColor(speaker: string | null): string {
  if (!speaker) return "var(--muted)";
  const palette = ["#c2410c", "#1d4ed8", "#047857", "#7c3aed", "#b91c1c", "#0f766e", "#a16207", "#be185d"];
  let hash = 0;
  for (const ch of speaker) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length];
}

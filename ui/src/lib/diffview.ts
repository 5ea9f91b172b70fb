// Lays a verification's word diff out for the two sides of the panel: the
// reported quote and the source passage, each a list of text pieces marked
// as the same, added by the report, left out of it, or changed.
import type { DiffOp } from "../ipc";

export type Mark = "same" | "added" | "dropped" | "changed";

export interface Piece {
  text: string;
  mark: Mark;
}

/** The reported side (what the story printed) and the source side, piece by piece. */
export function sides(diff: DiffOp[]): { reported: Piece[]; source: Piece[] } {
  const reported: Piece[] = [];
  const source: Piece[] = [];
  for (const op of diff) {
    if (op.op === "equal") {
      reported.push({ text: op.reported, mark: "same" });
      source.push({ text: op.source, mark: "same" });
    } else if (op.op === "insert") {
      reported.push({ text: op.reported, mark: "added" });
    } else if (op.op === "delete") {
      if (op.reported) reported.push({ text: op.reported, mark: "same" });
      source.push({ text: op.source, mark: "dropped" });
    } else {
      if (op.reported) reported.push({ text: op.reported, mark: "changed" });
      if (op.source) source.push({ text: op.source, mark: "changed" });
    }
  }
  return { reported, source };
}

/** How many changes of each kind, for a one-line summary. */
export function summary(diff: DiffOp[]): string {
  const count = (op: DiffOp["op"]) => diff.filter((d) => d.op === op).length;
  const parts = [
    [count("replace"), "changed"],
    [count("insert"), "added"],
    [count("delete"), "left out"],
  ].filter(([n]) => (n as number) > 0);
  return parts.length ? parts.map(([n, what]) => `${n} ${what}`).join(", ") : "no differences in the words";
}

// Words for what an import did, shown to the editor after it finishes.
import type { ImportResult } from "../ipc";

export interface ImportSummary {
  imported: number;
  duplicates: { file: string; id: number }[];
  errors: string[];
  /** The story to show afterwards: the last one imported, else the last duplicate. */
  focus: number | null;
}

export function summarize(results: ImportResult[]): ImportSummary {
  const summary: ImportSummary = { imported: 0, duplicates: [], errors: [], focus: null };
  for (const result of results) {
    if (result.error) summary.errors.push(result.error.message);
    else if (result.added?.outcome === "created") {
      summary.imported += 1;
      summary.focus = result.added.id;
    } else if (result.added?.outcome === "duplicate") {
      summary.duplicates.push({ file: baseName(result.file), id: result.added.id });
      summary.focus ??= result.added.id;
    }
  }
  return summary;
}

export function describe(summary: ImportSummary): string {
  const parts: string[] = [];
  if (summary.imported) parts.push(`Imported ${summary.imported} ${summary.imported === 1 ? "story" : "stories"}.`);
  for (const d of summary.duplicates) parts.push(`${d.file} is already in the library (story ${d.id}); not imported again.`);
  if (summary.errors.length) parts.push(`${summary.errors.length} file(s) could not be imported.`);
  return parts.join(" ") || "Nothing was imported.";
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

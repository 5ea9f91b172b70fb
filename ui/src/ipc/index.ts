// The one door to the Rust side: the commands (generated from the Rust
// declarations in `commands.ts`), the events, and the types they carry.
// Nothing outside `ipc/` imports @tauri-apps/*.
import { listen } from "@tauri-apps/api/event";
import * as commands from "./commands";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { AnalysisProgress } from "./bindings/AnalysisProgress";
import type { Added } from "./bindings/Added";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportResult } from "./bindings/ImportResult";
import type { LibraryCheck } from "./bindings/LibraryCheck";
import type { LibraryInfo } from "./bindings/LibraryInfo";
import type { Revision } from "./bindings/Revision";
import type { Story } from "./bindings/Story";
import type { StoryDraft } from "./bindings/StoryDraft";
import type { StoryFilters } from "./bindings/StoryFilters";
import type { StoryPage } from "./bindings/StoryPage";
import type { StoryQuery } from "./bindings/StoryQuery";
import type { StoredClaim } from "./bindings/StoredClaim";
import type { StoredQuote } from "./bindings/StoredQuote";
import type { QuotePage } from "./bindings/QuotePage";
import type { QuoteQuery } from "./bindings/QuoteQuery";
import type { StoryReading } from "./bindings/StoryReading";
import type { ClaimCheck } from "./bindings/ClaimCheck";
import type { Journey } from "./bindings/Journey";
import type { JourneyAnswer } from "./bindings/JourneyAnswer";
import type { JourneyQuery } from "./bindings/JourneyQuery";
import type { Official } from "./bindings/Official";
import type { OrdinalAnswer } from "./bindings/OrdinalAnswer";
import type { CountryVisits } from "./bindings/CountryVisits";
import type { VisitOrdinalAnswer } from "./bindings/VisitOrdinalAnswer";
import type { VisitQuery } from "./bindings/VisitQuery";
import type { Override } from "./bindings/Override";
import type { Region } from "./bindings/Region";
import type { Stop } from "./bindings/Stop";
import type { StopDraft } from "./bindings/StopDraft";
import type { TravelFlag } from "./bindings/TravelFlag";
import type { TravelImport } from "./bindings/TravelImport";
import type { DriftVersion } from "./bindings/DriftVersion";
import type { QuoteStatus } from "./bindings/QuoteStatus";
import type { Source } from "./bindings/Source";
import type { SourceDraft } from "./bindings/SourceDraft";
import type { SourceSummary } from "./bindings/SourceSummary";
import type { Verdict } from "./bindings/Verdict";
import type { Verification } from "./bindings/Verification";
import type { VerificationStatus } from "./bindings/VerificationStatus";
import type { EvidenceDraft } from "./bindings/EvidenceDraft";
import type { FactCheck } from "./bindings/FactCheck";
import type { FactCheckDraft } from "./bindings/FactCheckDraft";
import type { FactCheckEvent } from "./bindings/FactCheckEvent";
import type { FactCheckFilter } from "./bindings/FactCheckFilter";
import type { FactCheckStatus } from "./bindings/FactCheckStatus";
import type { Rating } from "./bindings/Rating";
import type { Packet } from "./bindings/Packet";
import type { PacketParts } from "./bindings/PacketParts";
import type { PacketSelection } from "./bindings/PacketSelection";

export type {
  Added,
  AnalysisProgress,
  ErrorCode,
  ImportProgress,
  ImportResult,
  LibraryCheck,
  LibraryInfo,
  Revision,
  Story,
  StoryDraft,
  StoryFilters,
  StoryPage,
  StoryQuery,
  StoredClaim,
  StoredQuote,
  QuotePage,
  QuoteQuery,
  StoryReading,
  ClaimCheck,
  Journey,
  JourneyAnswer,
  JourneyQuery,
  Official,
  OrdinalAnswer,
  CountryVisits,
  VisitOrdinalAnswer,
  VisitQuery,
  Override,
  Region,
  Stop,
  StopDraft,
  TravelFlag,
  TravelImport,
  DriftVersion,
  QuoteStatus,
  Source,
  SourceDraft,
  SourceSummary,
  Verdict,
  Verification,
  VerificationStatus,
  EvidenceDraft,
  FactCheck,
  FactCheckDraft,
  FactCheckEvent,
  FactCheckFilter,
  FactCheckStatus,
  Rating,
  Packet,
  PacketParts,
  PacketSelection,
};

export type { DiffOp } from "./bindings/DiffOp";
export type { PersonRecord } from "./bindings/PersonRecord";
export type { EvidenceKind } from "./bindings/EvidenceKind";
export type { StorySummary } from "./bindings/StorySummary";
export type { ExportStep } from "./bindings/ExportStep";
export type { Conflict } from "./bindings/Conflict";
export type { SyncProgress } from "./bindings/SyncProgress";
export type { SyncReport } from "./bindings/SyncReport";
export type { TeamStatus } from "./bindings/TeamStatus";
export type { PageEvidence } from "./bindings/PageEvidence";
export type { SavedPage } from "./bindings/SavedPage";
export { AppError } from "./transport";
export * from "./commands";

/** A page of the library's quotes, newest stories first: what is not asked for is left open. */
export const listQuotes = (query: Partial<QuoteQuery>) =>
  commands.listQuotes({ text: null, speaker: null, fragments: false, offset: null, limit: null, ...query });

/** Calls `onDrop` with the paths of files dropped on the window; `onHover` while dragging. */
export async function onFilesDropped(onDrop: (paths: string[]) => void, onHover: (over: boolean) => void) {
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    if (payload.type === "drop") {
      onHover(false);
      onDrop(payload.paths);
    } else {
      onHover(payload.type !== "leave");
    }
  });
}

/** Calls `onProgress` as the app reads stories in the background. */
export async function onAnalysisProgress(onProgress: (p: AnalysisProgress) => void) {
  return listen<AnalysisProgress>("analysis-progress", (event) => onProgress(event.payload));
}

// The one door to the Rust side: every command the UI calls, typed with the
// bindings generated from the Rust types. Nothing else imports @tauri-apps/*.
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { AnalysisProgress } from "./bindings/AnalysisProgress";
import type { Added } from "./bindings/Added";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ErrorPayload } from "./bindings/ErrorPayload";
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
import type { PersonRecord } from "./bindings/PersonRecord";
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

/** A step of a packet export. */
export interface ExportStep {
  done: number;
  total: number;
  step: string;
}
export type { DiffOp } from "./bindings/DiffOp";
export type { PersonRecord } from "./bindings/PersonRecord";
export type { EvidenceKind } from "./bindings/EvidenceKind";
export type { StorySummary } from "./bindings/StorySummary";

/** An error from the Rust side: branch on `code`, show `message`. */
export class AppError extends Error {
  readonly code: ErrorCode | "ipc";
  constructor(code: ErrorCode | "ipc", message: string) {
    super(message);
    this.code = code;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isPayload(error)) throw new AppError(error.code, error.message);
    throw new AppError("ipc", String(error));
  }
}

function progressChannel(onProgress: (p: ImportProgress) => void): Channel<ImportProgress> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return channel;
}

export const libraryInfo = () => call<LibraryInfo>("library_info");
export const checkLibrary = () => call<LibraryCheck>("check_library");
export const listStories = (query: StoryQuery) => call<StoryPage>("list_stories", { query });
export const storyFilters = () => call<StoryFilters>("story_filters");
export const getStory = (id: number) => call<Story>("get_story", { id });
export const createStory = (text: string) => call<Added>("create_story", { text });
export const updateStory = (id: number, draft: StoryDraft) => call<Story>("update_story", { id, draft });
export const listRevisions = (id: number) => call<Revision[]>("list_revisions", { id });
export const restoreRevision = (id: number, number: number) => call<Story>("restore_revision", { id, number });
export const trashStory = (id: number) => call<null>("trash_story", { id });
export const untrashStory = (id: number) => call<null>("untrash_story", { id });
export const emptyTrash = () => call<number>("empty_trash");
export const backupWithDialog = () => call<string | null>("backup_with_dialog");
export const restoreWithDialog = () => call<string | null>("restore_with_dialog");
export const firstPaint = () => call<number>("first_paint");
/** A page of the library's quotes, newest stories first. */
export const listQuotes = (query: Partial<QuoteQuery>) =>
  call<QuotePage>("list_quotes", {
    query: { text: null, speaker: null, fragments: false, offset: null, limit: null, ...query },
  });
export const storyReading = (id: number) => call<StoryReading>("story_reading", { id });
export const fixQuoteSpeaker = (storyId: number, text: string, speaker: string | null) =>
  call<null>("fix_quote_speaker", { storyId, text, speaker });
export const moveQuote = (storyId: number, text: string, words: string) =>
  call<StoredQuote>("move_quote", { storyId, text, words });
export const dismissClaim = (storyId: number, text: string, dismissed: boolean) =>
  call<null>("dismiss_claim", { storyId, text, dismissed });
export const listPeople = (search: string | null) => call<PersonRecord[]>("list_people", { search });
export const mergePeople = (into: number, others: number[]) => call<PersonRecord>("merge_people", { into, others });
export const splitPerson = (id: number, name: string) => call<PersonRecord>("split_person", { id, name });
/** Starts reading every story again; progress arrives through `onAnalysisProgress`. */
export const reanalyzeLibrary = () => call<null>("reanalyze_library");
/** Stops the background reading after its current step. */
export const stopAnalysis = () => call<null>("stop_analysis");

export const listOfficials = () => call<Official[]>("list_officials");
export const listRegions = () => call<Region[]>("list_regions");
export const setRegion = (name: string, countries: string[]) => call<Region>("set_region", { name, countries });
export const listStops = (official: string) => call<Stop[]>("list_stops", { official });
export const listJourneys = (query: JourneyQuery) => call<JourneyAnswer>("list_journeys", { query });
export const journeyOrdinal = (query: JourneyQuery, on: string) => call<OrdinalAnswer>("journey_ordinal", { query, on });
export const listVisitsByCountry = () => call<CountryVisits[]>("list_visits_by_country");
export const visitOrdinal = (query: VisitQuery, on: string) => call<VisitOrdinalAnswer>("visit_ordinal", { query, on });
export const addStop = (draft: StopDraft) => call<number>("add_stop", { draft });
export const updateStop = (id: number, draft: StopDraft) => call<null>("update_stop", { id, draft });
export const setJourneyOverride = (official: string, day: string, country: string, kind: Override | null) =>
  call<null>("set_journey_override", { official, day, country, kind });
export const travelFlags = () => call<TravelFlag[]>("travel_flags");
export const importTravelsWithDialog = () => call<TravelImport[]>("import_travels_with_dialog");
export const exportTimelineWithDialog = (query: JourneyQuery) =>
  call<string | null>("export_timeline_with_dialog", { query });
export const checkStoryClaims = (storyId: number) => call<ClaimCheck[]>("check_story_claims", { storyId });

export const listSources = (search: string | null) => call<SourceSummary[]>("list_sources", { search });
export const getSource = (id: number) => call<Source>("get_source", { id });
export const addSource = (draft: SourceDraft) => call<number>("add_source", { draft });
export const importSourceWithDialog = () => call<number | null>("import_source_with_dialog");
export const verifyQuote = (quote: string, speaker: string | null, sourceId: number | null) =>
  call<Verification[]>("verify_quote", { quote, speaker, sourceId });
export const quoteDrift = (sourceId: number, quote: string) => call<DriftVersion[]>("quote_drift", { sourceId, quote });
export const setQuoteStatus = (
  storyId: number,
  quote: string,
  status: VerificationStatus,
  note: string,
  sourceId: number | null,
  verdict: Verdict | null,
) => call<QuoteStatus>("set_quote_status", { storyId, quote, status, note, sourceId, verdict });
export const quoteStatuses = (storyId: number, quote: string) => call<QuoteStatus[]>("quote_statuses", { storyId, quote });
export const editorName = () => call<string | null>("editor_name");
export const setEditorName = (name: string) => call<null>("set_editor_name", { name });

export const listRatings = () => call<Rating[]>("list_ratings");
export const setRating = (name: string, value: number | null, alternateName: string) =>
  call<Rating>("set_rating", { name, value, alternateName });
export const listFactchecks = (filter: FactCheckFilter) => call<FactCheck[]>("list_factchecks", { filter });
export const getFactcheck = (id: number) => call<FactCheck>("get_factcheck", { id });
export const addFactcheck = (draft: FactCheckDraft) => call<FactCheck>("add_factcheck", { draft });
export const factcheckFromStory = (storyId: number, text: string) =>
  call<FactCheck>("factcheck_from_story", { storyId, text });
export const setFactcheckStatus = (id: number, status: FactCheckStatus) =>
  call<FactCheck>("set_factcheck_status", { id, status });
export const setFactcheckVerdict = (id: number, verdict: string) => call<FactCheck>("set_factcheck_verdict", { id, verdict });
export const setFactcheckSummary = (id: number, summary: string) => call<FactCheck>("set_factcheck_summary", { id, summary });
export const addEvidence = (id: number, draft: EvidenceDraft) => call<FactCheck>("add_evidence", { id, draft });
export const factcheckLog = (id: number) => call<FactCheckEvent[]>("factcheck_log", { id });

export const packetPreview = (selection: PacketSelection) => call<Packet>("packet_preview", { selection });
export function exportPacketWithDialog(selection: PacketSelection, format: string, onProgress: (s: ExportStep) => void) {
  const channel = new Channel<ExportStep>();
  channel.onmessage = onProgress;
  return call<string | null>("export_packet_with_dialog", { selection, format, onProgress: channel });
}

export const importFiles = (paths: string[], onProgress: (p: ImportProgress) => void) =>
  call<ImportResult[]>("import_files", { paths, onProgress: progressChannel(onProgress) });

export const importWithDialog = (onProgress: (p: ImportProgress) => void) =>
  call<ImportResult[]>("import_with_dialog", { onProgress: progressChannel(onProgress) });

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

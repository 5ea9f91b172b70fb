//! Keeps the UI's TypeScript types (`ui/src/ipc/bindings/`) in step with the
//! Rust types that cross IPC: the test fails when a committed file is stale.
//! `UPDATE_BINDINGS=1 cargo test -p attache-core bindings` rewrites them.

use std::path::PathBuf;
use ts_rs::{Config, TS};

/// Renders every exported type: (file name, TypeScript).
fn rendered() -> Vec<(String, String)> {
    let cfg = Config::new().with_large_int("number");
    let mut files = Vec::new();
    macro_rules! render {
        ($($ty:ty),* $(,)?) => {$(
            let name = format!("{}.ts", <$ty as TS>::ident(&cfg));
            let text = <$ty as TS>::export_to_string(&cfg).expect("type renders");
            files.push((name, text));
        )*};
    }
    render!(
        crate::ErrorCode,
        crate::ErrorPayload,
        crate::Story,
        crate::StoryDraft,
        crate::StorySummary,
        crate::Revision,
        crate::Added,
        crate::DuplicateReason,
        crate::StoryQuery,
        crate::StoryPage,
        crate::StoryFilters,
        crate::ImportResult,
        crate::ImportProgress,
        crate::web_pages::PageEvidence,
        crate::web_pages::SavedPage,
        crate::packets::PacketSource,
        crate::LibraryCheck,
        crate::LibraryInfo,
        crate::team::TeamStatus,
        crate::team::Conflict,
        crate::team::SyncReport,
        crate::team::SyncProgress,
        crate::StoredQuote,
        crate::QuoteRef,
        crate::QuoteQuery,
        crate::QuotePage,
        crate::StoredClaim,
        crate::StoryReading,
        crate::AnalysisProgress,
        crate::people::PersonRecord,
        crate::travels::Official,
        crate::travels::Stop,
        crate::travels::StopDraft,
        crate::travels::Journey,
        crate::travels::TravelImport,
        crate::travels::TravelFlag,
        crate::travels::Scope,
        crate::travels::ScopeKind,
        crate::analysis::QuoteKind,
        crate::analysis::ClaimKind,
        crate::travels::Region,
        crate::travels::JourneyQuery,
        crate::travels::JourneyAnswer,
        crate::travels::OrdinalAnswer,
        crate::travels::Basis,
        crate::travels::Override,
        crate::travels::ClaimCheck,
        crate::travels::Term,
        crate::visits::Visit,
        crate::visits::VisitQuery,
        crate::visits::VisitOrdinalAnswer,
        crate::visits::CountryVisits,
        crate::sources::SourceKind,
        crate::sources::SourceDraft,
        crate::sources::Source,
        crate::sources::SourceTurn,
        crate::sources::SourceSummary,
        crate::sources::Verification,
        crate::quotes::VerificationStatus,
        crate::quotes::QuoteStatus,
        crate::sources::DriftVersion,
        crate::verify::Check,
        crate::verify::Span,
        crate::verify::Verdict,
        crate::verify::DiffOp,
        crate::factchecks::FactCheckStatus,
        crate::factchecks::Rating,
        crate::factchecks::FactCheckDraft,
        crate::factchecks::EvidenceKind,
        crate::factchecks::EvidenceDraft,
        crate::factchecks::Evidence,
        crate::factchecks::FactCheck,
        crate::factchecks::FactCheckEvent,
        crate::factchecks::FactCheckFilter,
        crate::packets::PacketParts,
        crate::packets::PacketSelection,
        crate::packets::ExportStep,
        crate::packets::PacketStory,
        crate::packets::PacketQuote,
        crate::packets::PacketPerson,
        crate::packets::Packet,
        crate::packets::TermTimeline,
        crate::packets::TermJourney,
    );
    files
}

fn bindings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/ipc/bindings")
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let dir = bindings_dir();
    let files = rendered();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).expect("bindings folder");
        for (name, text) in &files {
            std::fs::write(dir.join(name), text).expect("binding written");
        }
    }
    let mut stale = Vec::new();
    for (name, text) in &files {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        if &committed != text {
            stale.push(name.clone());
        }
    }
    let known: Vec<&String> = files.iter().map(|(n, _)| n).collect();
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let extra: Vec<&String> = extra.iter().filter(|n| !known.contains(n)).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "TypeScript bindings are stale: {stale:?}; not generated any more: {extra:?}. \
         Run `UPDATE_BINDINGS=1 cargo test -p attache-core bindings` and commit ui/src/ipc/bindings/."
    );
}

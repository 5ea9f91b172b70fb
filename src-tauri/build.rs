//! Builds the Tauri context. The app's commands are listed here so that Tauri
//! generates one permission per command; `capabilities/main.json` grants the
//! window exactly these and nothing it does not need.

const COMMANDS: &[&str] = &[
    "library_info",
    "check_library",
    "list_stories",
    "story_filters",
    "get_story",
    "create_story",
    "update_story",
    "list_revisions",
    "restore_revision",
    "trash_story",
    "untrash_story",
    "empty_trash",
    "import_files",
    "import_with_dialog",
    "backup_with_dialog",
    "restore_with_dialog",
    "first_paint",
    "list_quotes",
    "story_reading",
    "fix_quote_speaker",
    "dismiss_claim",
    "list_officials",
    "list_regions",
    "set_region",
    "list_stops",
    "list_journeys",
    "journey_ordinal",
    "add_stop",
    "update_stop",
    "set_journey_override",
    "travel_flags",
    "import_travels_with_dialog",
    "check_story_claims",
    "export_timeline_with_dialog",
    "list_sources",
    "get_source",
    "add_source",
    "import_source_with_dialog",
    "verify_quote",
    "quote_drift",
    "set_quote_status",
    "quote_statuses",
    "editor_name",
    "set_editor_name",
    "list_ratings",
    "list_factchecks",
    "get_factcheck",
    "add_factcheck",
    "factcheck_from_story",
    "set_factcheck_status",
    "set_factcheck_verdict",
    "set_factcheck_summary",
    "add_evidence",
    "factcheck_log",
    "packet_preview",
    "export_packet_with_dialog",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(error) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("error: tauri build step failed: {error:#}");
        std::process::exit(1);
    }
}

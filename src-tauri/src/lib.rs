//! Attaché's desktop shell: a thin Tauri layer over `attache-core`.
//!
//! Each command is a short async adapter that runs core work on a blocking
//! thread, so the window never freezes; errors cross IPC as `{code, message}`.

mod background;
mod commands;
mod desk;
mod launch;
mod webview;

use desk::Desk;
use std::process::ExitCode;
use std::sync::Arc;
pub use webview::prepare_environment;

/// Starts the app; returns when its window is closed.
pub fn run() -> ExitCode {
    let options = match launch::Options::from_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("attache-app: {message}");
            return ExitCode::from(2);
        }
    };
    let desk = Arc::new(Desk::open(options.library.clone()));
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup({
            let desk = Arc::clone(&desk);
            move |app| {
                webview::tune(app)?;
                background::catch_up_analysis(app.handle().clone(), desk);
                Ok(())
            }
        })
        .manage(desk)
        .manage(options)
        .invoke_handler(tauri::generate_handler![
            commands::library::library_info,
            commands::library::check_library,
            commands::library::backup_with_dialog,
            commands::library::restore_with_dialog,
            commands::library::first_paint,
            commands::stories::list_stories,
            commands::stories::story_filters,
            commands::stories::get_story,
            commands::stories::create_story,
            commands::stories::update_story,
            commands::stories::list_revisions,
            commands::stories::restore_revision,
            commands::stories::trash_story,
            commands::stories::untrash_story,
            commands::stories::empty_trash,
            commands::import::import_files,
            commands::import::import_with_dialog,
            commands::quotes::list_quotes,
            commands::quotes::story_reading,
            commands::quotes::fix_quote_speaker,
            commands::quotes::move_quote,
            commands::quotes::dismiss_claim,
            commands::people::list_people,
            commands::people::merge_people,
            commands::people::split_person,
            commands::people::reanalyze_library,
            commands::people::stop_analysis,
            commands::travels::list_officials,
            commands::travels::list_regions,
            commands::travels::set_region,
            commands::travels::list_stops,
            commands::travels::list_journeys,
            commands::travels::journey_ordinal,
            commands::travels::list_visits_by_country,
            commands::travels::visit_ordinal,
            commands::travels::add_stop,
            commands::travels::update_stop,
            commands::travels::set_journey_override,
            commands::travels::travel_flags,
            commands::travels::import_travels_with_dialog,
            commands::travels::check_story_claims,
            commands::travels::export_timeline_with_dialog,
            commands::sources::list_sources,
            commands::sources::get_source,
            commands::sources::add_source,
            commands::sources::import_source_with_dialog,
            commands::sources::verify_quote,
            commands::sources::quote_drift,
            commands::sources::set_quote_status,
            commands::sources::quote_statuses,
            commands::sources::editor_name,
            commands::sources::set_editor_name,
            commands::factchecks::list_ratings,
            commands::factchecks::set_rating,
            commands::factchecks::list_factchecks,
            commands::factchecks::get_factcheck,
            commands::factchecks::add_factcheck,
            commands::factchecks::factcheck_from_story,
            commands::factchecks::set_factcheck_status,
            commands::factchecks::set_factcheck_verdict,
            commands::factchecks::set_factcheck_summary,
            commands::factchecks::add_evidence,
            commands::factchecks::factcheck_log,
            commands::packets::packet_preview,
            commands::packets::export_packet_with_dialog,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("attache-app: the window could not be started: {error}");
            ExitCode::FAILURE
        }
    }
}

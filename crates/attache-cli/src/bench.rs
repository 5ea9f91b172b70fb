//! `attache bench`: builds a synthetic library and measures import
//! throughput, file size and search latency. Figures, not assertions.

use crate::output::print_json;
use crate::synth;
use attache_core::{Error, Library, QuoteQuery, StoryQuery};
use clap::Subcommand;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Fill a new library with synthetic stories and measure import and search.
    Library {
        /// How many stories.
        #[arg(long, default_value_t = 100_000)]
        stories: u64,
        /// How many search queries to time.
        #[arg(long, default_value_t = 100)]
        queries: usize,
        /// Stories per transaction.
        #[arg(long, default_value_t = 1_000)]
        batch: usize,
    },
    /// Create a library (loading the built-in travel and visit records) and time queries on them.
    Travels {
        /// How many journey, ordinal and visit queries to time.
        #[arg(long, default_value_t = 200)]
        queries: usize,
    },
    /// Time quote alignment on a 20,000-word transcript and source search in a library of 2,000 sources.
    Verify {
        /// How many synthetic sources of about 5,000 words.
        #[arg(long, default_value_t = 2_000)]
        sources: usize,
        /// How many quotes to time.
        #[arg(long, default_value_t = 200)]
        queries: usize,
    },
    /// Time search on an existing library (one `bench library` made), with the same queries.
    Search {
        /// How many search queries to time.
        #[arg(long, default_value_t = 100)]
        queries: usize,
    },
    /// Time pages of the Quotes section on an existing library: the first
    /// page, the tenth, and pages narrowed by words and by speaker.
    Quotes {
        /// Times to repeat each request.
        #[arg(long, default_value_t = 5)]
        repeat: usize,
    },
    /// Render a packet of about 30 pages (100 quotes, 40 fact-checks) to PDF and time it.
    Packet,
    /// Time story analysis on the worst inputs known (many quotes, many names,
    /// unbalanced marks, bidi controls, one giant paragraph), with peak memory.
    Adversarial {
        /// The size of each generated story, in bytes (the import limit is 10 MB).
        #[arg(long, default_value_t = 10_000_000)]
        bytes: usize,
    },
    /// Score direct quotes and speakers against a local copy of PolNeAR
    /// (never shipped: it has no data licence), on its test split.
    Attribution {
        /// The PolNeAR checkout (the folder holding `data/`).
        #[arg(long)]
        polnear: std::path::PathBuf,
        /// The split to score: test (read once, as its authors ask), dev or train.
        #[arg(long, default_value = "test")]
        split: String,
    },
    /// Two other `attache` processes import into one new library for a while
    /// as this one re-reads its stories, as the app does: failed calls, lost rows.
    Writers {
        /// How long the writers run.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
    },
    /// The team library against a real PostgreSQL (an administrator's
    /// address): a new desk pulling a whole library, an incremental sync of
    /// `changes` edits, and what joining adds to a local write. Desks are
    /// made in a new folder at --library.
    Team {
        /// The server: postgres://ADMIN:PASSWORD@HOST:PORT/DATABASE
        #[arg(long)]
        server: String,
        /// Stories in the library pulled.
        #[arg(long, default_value_t = 100_000)]
        stories: u64,
        /// Stories edited for the incremental sync.
        #[arg(long, default_value_t = 1_000)]
        changes: usize,
    },
    /// Many desks syncing against one team library at once (an
    /// administrator's address): changes per second, sync times, the
    /// server's CPU, and whether any change was lost or doubled. Desks are
    /// made in a new folder at --library.
    TeamDesks {
        /// The server: postgres://ADMIN:PASSWORD@HOST:PORT/DATABASE
        #[arg(long)]
        server: String,
        /// How many desks sync at once.
        #[arg(long, default_value_t = 50)]
        desks: usize,
        /// How long they run.
        #[arg(long, default_value_t = 600)]
        seconds: u64,
    },
    /// Time story analysis (quotes, speakers, claims, dates) on one core.
    Analysis {
        /// How many synthetic stories to read.
        #[arg(long, default_value_t = 2_000)]
        stories: u64,
    },
}

#[derive(Serialize)]
struct AnalysisReport {
    stories: u64,
    words: usize,
    seconds: f64,
    words_per_second: f64,
    quotes_found: usize,
}

/// Reads synthetic stories with the analyzer and reports its speed.
fn analysis(stories: u64) {
    let texts: Vec<String> = (0..stories)
        .map(|i| {
            let story = synth::story(i);
            format!("{}\n{}", story.headline, story.body)
        })
        .collect();
    let words = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let started = Instant::now();
    let quotes_found = texts.iter().map(|t| attache_core::analysis::analyze(t, None).quotes.len()).sum();
    let seconds = started.elapsed().as_secs_f64();
    print_json(&AnalysisReport { stories, words, seconds, words_per_second: words as f64 / seconds, quotes_found });
}

#[derive(Serialize)]
struct LibraryReport {
    stories: u64,
    import_seconds: f64,
    import_stories_per_second: f64,
    library_bytes: u64,
    search_queries: usize,
    search_p50_ms: f64,
    search_p95_ms: f64,
    search_max_ms: f64,
}

/// Runs a benchmark against the library at `path`, which must not exist yet.
pub fn run(command: BenchCommand, path: &Path) -> Result<ExitCode, Error> {
    let (stories, queries, batch) = match command {
        BenchCommand::Library { stories, queries, batch } => (stories, queries, batch),
        BenchCommand::Analysis { stories } => {
            analysis(stories);
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Writers { seconds } => {
            refuse_existing(path)?;
            crate::bench_writers::run(path, seconds)?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Adversarial { bytes } => {
            crate::bench_adversarial::run(bytes);
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Attribution { polnear, split } => {
            return match crate::bench_polnear::run(&polnear, &split) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(message) => {
                    eprintln!("attache: {message}");
                    Ok(ExitCode::FAILURE)
                }
            };
        }
        BenchCommand::Team { server, stories, changes } => {
            refuse_existing(path)?;
            crate::bench_team::run(&server, path, stories, changes.max(1))?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::TeamDesks { server, desks, seconds } => {
            refuse_existing(path)?;
            crate::bench_team_desks::run(&server, path, desks.max(1), seconds)?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Packet => {
            refuse_existing(path)?;
            crate::bench_packet::run(path)?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Search { queries } => {
            let library = Library::open(path)?;
            let (p50, p95, max) = search_latency(&library, queries)?;
            print_json(
                &serde_json::json!({ "search_queries": queries, "search_p50_ms": p50, "search_p95_ms": p95, "search_max_ms": max }),
            );
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Quotes { repeat } => {
            quote_pages(&mut Library::open(path)?, repeat.max(1))?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Verify { sources, queries } => {
            refuse_existing(path)?;
            crate::bench_verify::run(path, sources.max(1), queries.max(1))?;
            return Ok(ExitCode::SUCCESS);
        }
        BenchCommand::Travels { queries } => {
            refuse_existing(path)?;
            crate::bench_travels::run(path, queries)?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    refuse_existing(path)?;
    let library = Library::open(path)?;
    // Only the import is timed: making up the synthetic stories is not.
    let mut importing = std::time::Duration::ZERO;
    let mut next = 0u64;
    while next < stories {
        let end = (next + batch.max(1) as u64).min(stories);
        let drafts = (next..end).map(|i| (synth::story(i), None)).collect();
        let started = Instant::now();
        for outcome in library.stories().add_all(drafts)? {
            outcome?;
        }
        importing += started.elapsed();
        next = end;
        eprint!("\rimported {next} of {stories}");
    }
    eprintln!();
    let import_seconds = importing.as_secs_f64();
    drop(library);
    let library = Library::open(path)?;
    let library_bytes = ["", "-wal"]
        .iter()
        .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", path.display())).ok())
        .map(|m| m.len())
        .sum();
    let (search_p50_ms, search_p95_ms, search_max_ms) = search_latency(&library, queries)?;
    print_json(&LibraryReport {
        stories,
        import_seconds,
        import_stories_per_second: stories as f64 / import_seconds,
        library_bytes,
        search_queries: queries,
        search_p50_ms,
        search_p95_ms,
        search_max_ms,
    });
    Ok(ExitCode::SUCCESS)
}

/// Times the synthetic queries (the first page of 50, as the app asks):
/// p50, p95 and the slowest, in milliseconds.
fn search_latency(library: &Library, queries: usize) -> Result<(f64, f64, f64), Error> {
    let mut latencies = Vec::with_capacity(queries);
    for text in synth::queries(queries) {
        let started = Instant::now();
        let page = library.stories().search(&StoryQuery {
            text: Some(text.clone()),
            limit: Some(50),
            ..StoryQuery::default()
        })?;
        latencies.push(started.elapsed().as_secs_f64() * 1e3);
        if std::env::var_os("ATTACHE_BENCH_VERBOSE").is_some() {
            eprintln!("{:8.2} ms {:>7} found  {text}", latencies.last().unwrap_or(&0.0), page.total);
        }
    }
    let mut percentile = |p: f64| crate::bench_travels::percentile(&mut latencies, p);
    Ok((percentile(0.50), percentile(0.95), percentile(1.0)))
}

/// Times each kind of Quotes page, median of `repeat` runs, in milliseconds.
fn quote_pages(library: &mut Library, repeat: usize) -> Result<(), Error> {
    let mut person = library.people().list(None)?.into_iter().map(|p| p.name);
    let requests = [
        ("first_page", QuoteQuery::default()),
        ("tenth_page", QuoteQuery { offset: Some(1_800), ..QuoteQuery::default() }),
        ("common_word", QuoteQuery { text: Some("the".into()), ..QuoteQuery::default() }),
        ("rare_word", QuoteQuery { text: Some("xylophone".into()), ..QuoteQuery::default() }),
        ("person", QuoteQuery { speaker: person.next(), ..QuoteQuery::default() }),
    ];
    let mut report = serde_json::Map::new();
    for (name, query) in requests {
        let mut times = (0..repeat)
            .map(|_| {
                let started = Instant::now();
                attache_core::quotes::page(library, &query).map(|_| started.elapsed().as_secs_f64() * 1e3)
            })
            .collect::<Result<Vec<_>, _>>()?;
        report.insert(format!("{name}_ms"), crate::bench_travels::percentile(&mut times, 0.5).into());
    }
    print_json(&report);
    Ok(())
}

/// Benchmarks fill a new library: refuse to touch an existing one.
fn refuse_existing(path: &Path) -> Result<(), Error> {
    if path.exists() {
        return Err(Error::InvalidInput(format!(
            "{} exists; the benchmark fills a new library, give --library a new path",
            path.display()
        )));
    }
    Ok(())
}

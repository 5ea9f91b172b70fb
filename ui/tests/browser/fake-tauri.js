// A fake Rust side for browser tests: the same IPC surface as the app
// (window.__TAURI_INTERNALS__), answered from memory. Installed before the
// page loads, after tauri-internals.js; tests steer it through window.__fake.
(() => {
  const callbacks = window.__TAURI_INTERNALS__.__callbacks;
  const listeners = new Map();
  const fake = {
    stories: [],
    revisions: new Map(),
    nextId: 1,
    files: {},
    dialogPaths: [],
    openError: null,
    calls: [],
    importDelayMs: 150,
    readings: {},
    fixes: [],
    // Person records, each quote's `person` naming its record.
    people: [],
    // The background reading in progress, if any.
    reading: null,
    // Travel records: officials and their stops; journeys are grouped here
    // by the same one-day rule as the core.
    officials: [],
    stops: [],
    regions: [
      { id: 3, name: "Europe and Eurasia", members: ["france", "turkiye"] },
      { id: 4, name: "Near East", members: ["israel", "egypt", "qatar"] },
      { id: 7, name: "Middle East", members: ["israel", "egypt", "qatar", "turkiye"] },
    ],
    overrides: [],
    // Foreign leaders' visits to the US, by country (as list_visits_by_country answers).
    countryVisits: [],
    claimChecks: {},
    // Sources and verification: what verify_quote answers, and what was recorded.
    sources: [],
    verifications: [],
    statuses: [],
    editorName: null,
    drift: [],
    // Fact-checks: the log and each check's history.
    ratings: ["True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unverifiable"].map((name, i) => ({
      id: i + 1, name, value: [5, 4, 3, 2, 1, 2, null][i], alternate_name: name, position: i + 1,
    })),
    factchecks: [],
    events: [],
    exports: [],
  };
  window.__fake = fake;

  const now = () => new Date().toISOString();
  const bodyKey = (body) => body.replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
  const fail = (code, message) => {
    throw { code, message };
  };
  const find = (id) => fake.stories.find((s) => s.id === id) ?? fail("not_found", `no story with id ${id}`);
  const draftOf = (s) => ({
    headline: s.headline, outlet: s.outlet, byline: s.byline, published: s.published, url: s.url, tags: [...s.tags], body: s.body,
  });

  function add(text, origin) {
    const lines = text.replace(/\r\n/g, "\n").split("\n");
    while (lines.length && !lines[0].trim()) lines.shift();
    const headline = (lines.shift() ?? "").trim();
    const body = lines.join("\n").trim();
    if (!headline) fail("invalid_input", "a story needs a headline");
    const same = fake.stories.find((s) => bodyKey(s.body) === bodyKey(body));
    if (same) return { outcome: "duplicate", id: same.id, reason: "same_body" };
    const story = {
      id: fake.nextId++, headline, outlet: null, byline: null, published: null, url: null, tags: [], body, origin,
      created_at: now(), updated_at: now(), deleted_at: null,
    };
    fake.stories.push(story);
    return { outcome: "created", id: story.id };
  }

  function snippet(body, word) {
    const at = body.toLowerCase().indexOf(word.toLowerCase());
    if (at < 0) return null;
    return `…${body.slice(Math.max(0, at - 30), at)}\uE000${body.slice(at, at + word.length)}\uE001${body.slice(at + word.length, at + word.length + 30)}…`;
  }

  function list({ query }) {
    const words = (query.text ?? "").split(/\W+/).filter(Boolean);
    const stories = fake.stories
      .filter((s) => (s.deleted_at !== null) === query.trash)
      .filter((s) => words.every((w) => `${s.headline} ${s.body}`.toLowerCase().includes(w.toLowerCase())))
      .filter((s) => !query.tag || s.tags.includes(query.tag))
      .filter((s) => !query.outlet || s.outlet === query.outlet)
      .map((s) => ({
        id: s.id, headline: s.headline, outlet: s.outlet, byline: s.byline, published: s.published, url: s.url,
        tags: s.tags, snippet: words.length ? snippet(s.body, words[0]) : null, in_trash: s.deleted_at !== null,
      }))
      .reverse();
    const offset = query.offset ?? 0;
    return { total: stories.length, stories: stories.slice(offset, offset + (query.limit ?? 200)) };
  }

  const nextDay = (d) => new Date(Date.parse(`${d}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

  function journeysOf(name, query) {
    const stops = fake.stops.filter((s) => s.official === name).sort((a, b) => a.start.localeCompare(b.start));
    const journeys = [];
    for (const stop of stops) {
      const last = journeys.at(-1);
      if (last && stop.start <= nextDay(last.end)) {
        last.stops.push(stop);
        if (stop.end > last.end) last.end = stop.end;
      } else journeys.push({ ordinal: null, start: stop.start, end: stop.end, stops: [stop] });
    }
    const members = query.region ? fake.regions.find((r) => r.name === query.region)?.members : null;
    return journeys
      .filter((j) => (!query.since || j.start >= query.since) && (!query.until || j.start <= query.until))
      .filter((j) => !members || j.stops.some((s) => members.includes(s.country_id)))
      .map((j, i) => ({ ...j, ordinal: i + 1 }));
  }

  const officialNamed = (name) =>
    fake.officials.find((o) => o.key === name || o.name === name || o.name.endsWith(name)) ?? fail("invalid_input", `no official named "${name}" in the travel records`);
  const scopeOf = (query) => {
    const region = fake.regions.find((r) => r.name === query.region);
    return region ? { kind: "region", name: region.name, members: region.members } : { kind: "all", name: "all journeys", members: [] };
  };
  /** A typed stop's columns; the country is taken as an id or a label. */
  const stopFields = (draft) => {
    const country_id = draft.country.toLowerCase().replace(/\s+/g, "-");
    const country = country_id[0].toUpperCase() + country_id.slice(1);
    return { start: draft.start, end: draft.end, country_id, country, locale: draft.locale, remarks: draft.remarks, counterparts: "" };
  };
  const rule = "a stop that starts no more than 1 day after the previous stop ends continues the journey";

  /** Fills the records with `count` stops of one official, for the timeline's benchmark. */
  fake.generateStops = (count, name = "Antony John Blinken") => {
    const countries = ["israel", "egypt", "qatar", "france", "turkiye", "japan"];
    fake.officials = [{ id: 1, key: "blinken-antony-j", name, role: "secretary", term_start: null, term_end: null, stops: count }];
    let day = Date.parse("2000-01-01T00:00:00Z");
    fake.stops = Array.from({ length: count }, (_, i) => {
      day += (i % 3 === 0 ? 9 : 1) * 86400000;
      const start = new Date(day).toISOString().slice(0, 10);
      const country_id = countries[i % countries.length];
      return {
        id: i + 1, official: name, start, end: start, country_id, country: country_id, locale: "", remarks: "",
        counterparts: "", source_file: "generated", record_id: String(i + 1), imported_at: now(), known_country: true,
      };
    });
  };

  const factcheck = (id) => fake.factchecks.find((f) => f.id === id) ?? fail("not_found", `no fact-check with id ${id}`);
  function newFactcheck(draft) {
    const f = {
      id: fake.factchecks.length + 1, claim: draft.claim, claimant: draft.claimant ?? null, story_id: draft.story_id ?? null,
      story_headline: draft.story_id ? find(draft.story_id).headline : null, appeared_url: null,
      appeared_date: draft.appeared_date ?? null, origin_text: null, status: "open", verdict: null, summary: "",
      created_at: now(), updated_at: now(), evidence: [],
    };
    fake.factchecks.unshift(f);
    fake.events.push({ id: f.id, at: now(), author: "unnamed editor", field: "created", before: null, after: f.claim });
    return { ...f };
  }
  function change(id, field, value) {
    const f = factcheck(id);
    const shown = (v) => (v && typeof v === "object" ? v.name : v);
    const before = shown(f[field]);
    f[field] = value;
    fake.events.push({ id, at: now(), author: "unnamed editor", field, before: before || null, after: shown(value) });
    return { ...f };
  }

  function packetOf(selection) {
    const stories = fake.stories.filter((s) => selection.stories.includes(s.id));
    if (!stories.length) fail("invalid_input", "the packet has no stories: choose stories, a journey, a person, or dates that have stories");
    const quotes = stories.flatMap((s) => (fake.readings[s.id]?.quotes ?? []).map((q) => ({ ...q, status: null })));
    return {
      title: selection.title ?? "Briefing", date: "2026-11-25", prepared_by: "unnamed editor", parts: selection.parts,
      summary: `${stories.length} stories; ${quotes.length} quotes, 0 fact-checks.`, stories, itinerary: null,
      people: [], quotes, factchecks: [], claim_checks: [], sources: [],
    };
  }

  function send(channel, index, message) {
    callbacks.get(channel.id)?.({ index, message });
  }

  async function importPaths(paths, channel) {
    const results = [];
    for (const [index, file] of paths.entries()) {
      const text = fake.files[file];
      let result;
      try {
        if (text === undefined) fail("io", `${file}: No such file or directory (os error 2)`);
        if (!text.trim()) fail("empty_file", `${file}: is empty`);
        result = { file, added: add(text, file.split("/").pop()), error: null };
      } catch (error) {
        result = { file, added: null, error };
      }
      results.push(result);
      send(channel, index, { done: index + 1, total: paths.length, file });
      await new Promise((r) => setTimeout(r, fake.importDelayMs));
    }
    callbacks.get(channel.id)?.({ index: paths.length, end: true });
    return results;
  }

  // A quote's anchor, as the core makes one: from its words, whatever the
  // marks and case (the tests' quotes are written without one).
  function quotesOf(storyId) {
    const quotes = fake.readings[storyId]?.quotes ?? [];
    for (const q of quotes) q.anchor ??= q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    return quotes;
  }

  function quoteAt({ story_id, anchor }) {
    return quotesOf(story_id).find((q) => q.anchor === anchor) ?? fail("invalid_input", `story ${story_id} has no quote ${anchor}`);
  }

  const commands = {
    library_info: () =>
      fake.openError ?? {
        path: "/home/editor/.local/share/org.attache.desk/library.sqlite3", schema_version: 12, supported_version: 12,
        stories: fake.stories.filter((s) => !s.deleted_at).length,
        trashed: fake.stories.filter((s) => s.deleted_at).length,
        read_only: fake.readOnly ?? null,
      },
    check_library: () => ({ ...commands.library_info(), integrity: ["ok"] }),
    list_stories: list,
    story_filters: () => ({
      outlets: [...new Set(fake.stories.map((s) => s.outlet).filter(Boolean))],
      tags: [...new Set(fake.stories.flatMap((s) => s.tags))].sort(),
    }),
    get_story: ({ id }) => ({ ...find(id) }),
    create_story: ({ text }) => add(text, null),
    update_story: ({ id, draft }) => {
      const story = find(id);
      const kept = fake.revisions.get(id) ?? [];
      kept.unshift({ number: kept.length + 1, draft: draftOf(story), saved_at: now() });
      fake.revisions.set(id, kept);
      Object.assign(story, draft, { updated_at: now() });
      return { ...story };
    },
    list_revisions: ({ id }) => fake.revisions.get(id) ?? [],
    restore_revision: ({ id, number }) => {
      const revision = (fake.revisions.get(id) ?? []).find((r) => r.number === number);
      return commands.update_story({ id, draft: revision.draft });
    },
    trash_story: ({ id }) => void (find(id).deleted_at = now()) ?? null,
    untrash_story: ({ id }) => void (find(id).deleted_at = null) ?? null,
    empty_trash: () => {
      const before = fake.stories.length;
      fake.stories = fake.stories.filter((s) => !s.deleted_at);
      return before - fake.stories.length;
    },
    import_files: ({ paths, onProgress }) => importPaths(paths, onProgress),
    import_with_dialog: ({ onProgress }) => importPaths(fake.dialogPaths, onProgress),
    backup_with_dialog: () => "/home/editor/attache-backup.sqlite3",
    restore_with_dialog: () => null,
    first_paint: () => 42,
    story_reading: ({ id }) => (quotesOf(id), fake.readings[id] ?? { quotes: [], claims: [] }),
    list_quotes: ({ query }) => {
      const { text, speaker, fragments, offset, limit } = query;
      const wanted = text?.toLowerCase();
      const matching = Object.keys(fake.readings)
        .flatMap((id) => quotesOf(Number(id)))
        .filter((q) => fragments || q.kind === "quote")
        .filter((q) => !wanted || [q.text, q.speaker ?? "", q.person ?? ""].some((t) => t.toLowerCase().includes(wanted)))
        .filter((q) => !speaker || (q.speaker ?? "").toLowerCase().split(" ").pop() === speaker.toLowerCase() || q.speaker === speaker);
      const start = offset ?? 0;
      const end = start + (limit ?? 200);
      return { quotes: matching.slice(start, end), more: matching.length > end };
    },
    dismiss_claim: ({ storyId, text, dismissed }) => {
      for (const c of fake.readings[storyId]?.claims ?? []) if (c.text === text) c.dismissed = dismissed;
      return null;
    },
    fix_quote_speaker: ({ quote, speaker }) => {
      const fixed = quoteAt(quote);
      fake.fixes.push({ storyId: quote.story_id, text: fixed.text, speaker });
      Object.assign(fixed, { speaker, speaker_fixed: true });
      return null;
    },
    list_officials: () => fake.officials,
    list_regions: () => fake.regions,
    travel_flags: () => fake.stops.filter((s) => !s.known_country).map((s) => ({
      stop_id: s.id, source_file: s.source_file, record_id: s.record_id, country_id: s.country_id,
      problem: `the country id "${s.country_id}" is not in the country table`,
    })),
    list_stops: ({ official }) => fake.stops.filter((s) => s.official === officialNamed(official).name),
    list_journeys: ({ query }) => {
      const official = officialNamed(query.official);
      return { official, scope: scopeOf(query), rule, journeys: journeysOf(official.name, query), data_ends: null };
    },
    journey_ordinal: ({ query, on }) => {
      const official = officialNamed(query.official);
      const journeys = journeysOf(official.name, query);
      const journey = journeys.find((j) => j.start <= on && on <= j.end) ?? null;
      return {
        ordinal: journey?.ordinal ?? null, journey, basis: journey ? "in_progress" : "none", rule, official,
        scope: scopeOf(query), since: query.since, on, data_ends: "2025-01-17", warning: null, term: null,
        counted: journeys.filter((j) => j.start <= (journey?.start ?? on)),
      };
    },
    list_visits_by_country: () => fake.countryVisits,
    visit_ordinal: ({ query, on }) => {
      const words = (query.visitor ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      let n = 0;
      const visits = fake.countryVisits
        .filter((c) => !query.country || c.country_id === query.country)
        .flatMap((c) => c.visits)
        .filter((v) => words.every((w) => v.visitor.toLowerCase().split(/\s+/).includes(w)))
        .filter((v) => !query.since || v.start >= query.since)
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((v) => ({ ...v, ordinal: ++n }));
      const visit = visits.find((v) => v.start <= on && on <= v.end) ?? null;
      return {
        ordinal: visit?.ordinal ?? null, visit, basis: visit ? "in_progress" : "none",
        rule: "each recorded visit to the United States counts once", counted_as: query.visitor ?? query.country,
        since: query.since, on, counted: visits.filter((v) => v.start <= (visit?.start ?? on)), data_ends: "2024-11-12",
        warning: null,
      };
    },
    add_stop: ({ draft }) => {
      const id = Math.max(0, ...fake.stops.map((s) => s.id)) + 1;
      fake.stops.push({ id, official: officialNamed(draft.official).name, ...stopFields(draft), source_file: "typed by the editor", record_id: null, imported_at: now(), known_country: true });
      return id;
    },
    update_stop: ({ id, draft }) => {
      const stop = fake.stops.find((s) => s.id === id) ?? fail("not_found", `no stop with id ${id}`);
      Object.assign(stop, stopFields(draft));
      return null;
    },
    set_region: ({ name, countries }) => {
      let region = fake.regions.find((r) => r.name === name);
      if (!region) fake.regions.push((region = { id: 100 + fake.regions.length, name, members: [] }));
      region.members = countries.map((c) => c.toLowerCase());
      return region;
    },
    set_journey_override: (args) => {
      fake.overrides.push(args);
      return null;
    },
    import_travels_with_dialog: () => [],
    // The save dialog, answered with a path from `dialogPaths` or cancelled.
    export_timeline_with_dialog: () => fake.dialogPaths.shift() ?? null,
    check_story_claims: ({ storyId }) => fake.claimChecks[storyId] ?? [],
    list_sources: () => fake.sources,
    get_source: ({ id }) => fake.sources.find((s) => s.id === id) ?? fail("not_found", `no source with id ${id}`),
    add_source: ({ draft }) => {
      if (!draft.body.trim()) fail("invalid_input", `the source "${draft.title}" has no text`);
      const id = fake.sources.length + 1;
      fake.sources.push({ id, title: draft.title, issuer: null, date: null, url: draft.url, kind: "transcript" });
      return id;
    },
    import_source_with_dialog: () => null,
    verify_quote: ({ sourceId }) =>
      sourceId === null ? fake.verifications : fake.verifications.filter((v) => v.source_id === sourceId),
    quote_drift: () => fake.drift,
    set_quote_status: ({ quote, status, note, sourceId, verdict }) => {
      const { text } = quoteAt(quote);
      const entry = { status, note, source_id: sourceId, verdict, author: fake.editorName ?? "unnamed editor", at: now() };
      fake.statuses.unshift({ storyId: quote.story_id, anchor: quote.anchor, quote: text, ...entry });
      return entry;
    },
    quote_statuses: ({ quote }) => fake.statuses.filter((s) => s.storyId === quote.story_id && s.anchor === quote.anchor),
    editor_name: () => fake.editorName,
    set_editor_name: ({ name }) => {
      fake.editorName = name.trim();
      return null;
    },
    list_ratings: () => fake.ratings,
    set_rating: ({ name, value, alternateName }) => {
      if (value !== null && (value < 1 || value > 5)) fail("invalid_input", "a rating needs a name and a number from 1 to 5 (or none)");
      let rating = fake.ratings.find((r) => r.name.toLowerCase() === name.toLowerCase());
      if (!rating) fake.ratings.push((rating = { id: fake.ratings.length + 1, name, position: fake.ratings.length + 1 }));
      return Object.assign(rating, { value, alternate_name: alternateName });
    },
    list_factchecks: ({ filter }) =>
      fake.factchecks
        .filter((f) => !filter.status || f.status === filter.status)
        .filter((f) => !filter.verdict || f.verdict?.name === filter.verdict)
        .filter((f) => !filter.claimant || (f.claimant ?? "").toLowerCase().includes(filter.claimant.toLowerCase())),
    get_factcheck: ({ id }) => factcheck(id),
    factcheck_log: ({ id }) => fake.events.filter((e) => e.id === id).map(({ id: _, ...e }) => e),
    add_factcheck: ({ draft }) => newFactcheck(draft),
    factcheck_from_story: ({ storyId, text }) => {
      const story = find(storyId);
      const quote = (fake.readings[storyId]?.quotes ?? []).find((q) => q.text === text);
      return newFactcheck({ claim: text.replace(/[,;:]$/, ""), claimant: quote?.speaker ?? story.outlet, story_id: storyId, appeared_date: story.published });
    },
    set_factcheck_status: ({ id, status }) => change(id, "status", status),
    set_factcheck_verdict: ({ id, verdict }) => change(id, "verdict", fake.ratings.find((r) => r.name === verdict)),
    set_factcheck_summary: ({ id, summary }) => change(id, "summary", summary),
    add_evidence: ({ id, draft }) => {
      const f = factcheck(id);
      f.evidence.push({ id: f.evidence.length + 1, ...draft, added_at: now() });
      fake.events.push({ id, at: now(), author: "unnamed editor", field: "evidence", before: null, after: `${draft.kind}: ${draft.shows}` });
      return { ...f };
    },
    packet_preview: ({ selection }) => packetOf(selection),
    export_packet_with_dialog: async ({ selection, format, onProgress }) => {
      packetOf(selection);
      fake.exports.push({ selection, format });
      for (const [done, step] of [[0, "gathering"], [1, "rendering"], [3, "written"]]) {
        send(onProgress, done, { done, total: 3, step });
        await new Promise((r) => setTimeout(r, 50));
      }
      return `/home/editor/${selection.title ?? "Briefing"}.${format}`;
    },
    move_quote: ({ quote: ref, words }) => {
      const story = find(ref.story_id);
      const quote = quoteAt(ref);
      const start = `${story.headline}\n${story.body}`.indexOf(words);
      if (start < 0) fail("invalid_input", `“${words}” is not in the story where the quote “${quote.text}” is`);
      return Object.assign(quote, { text: words, start, end: start + words.length, bounds_fixed: true });
    },
    list_people: ({ search }) =>
      fake.people.filter((p) => !search || p.names.some((n) => n.toLowerCase().includes(search.toLowerCase()))),
    merge_people: ({ into, others }) => {
      const kept = fake.people.find((p) => p.id === into) ?? fail("not_found", `no person with id ${into}`);
      for (const other of fake.people.filter((p) => others.includes(p.id))) {
        Object.assign(kept, { names: [...kept.names, ...other.names], stories: kept.stories + other.stories, quotes: kept.quotes + other.quotes });
        regroup(other.names, kept.name);
      }
      fake.people = fake.people.filter((p) => !others.includes(p.id));
      return { ...kept };
    },
    split_person: ({ id, name }) => {
      const record = fake.people.find((p) => p.id === id) ?? fail("not_found", `no person with id ${id}`);
      if (record.names.length < 2) fail("invalid_input", `“${name}” is the only name of ${record.name}: nothing to split`);
      record.names = record.names.filter((n) => n !== name);
      const split = { id: Math.max(...fake.people.map((p) => p.id)) + 1, name, organization: false, names: [name], titles: [], stories: 1, quotes: 1 };
      fake.people.push(split);
      regroup([name], name);
      return split;
    },
    reanalyze_library: () => {
      fake.reading = { done: 0, total: 200, stop: false };
      const step = () => {
        const reading = fake.reading;
        reading.done += 50;
        fake.emit("analysis-progress", { done: reading.done, total: reading.total, stopped: reading.stop });
        if (!reading.stop && reading.done < reading.total) setTimeout(step, 400);
      };
      setTimeout(step, 100);
      return null;
    },
    stop_analysis: () => {
      if (fake.reading) fake.reading.stop = true;
      return null;
    },
    "plugin:event|listen": ({ event, handler }) => {
      listeners.set(event, handler);
      return handler;
    },
    "plugin:event|unlisten": () => null,
  };

  /** Points the quotes said under any of `names` at the record `person`. */
  const regroup = (names, person) => {
    for (const q of Object.values(fake.readings).flatMap((r) => r.quotes)) if (names.includes(q.speaker)) q.person = person;
  };

  /** Simulates an event from the Rust side. */
  fake.emit = (event, payload) => {
    const handler = listeners.get(event);
    callbacks.get(handler)?.({ event, id: handler, payload });
  };

  /** Simulates files dropped on the window. */
  fake.drop = (paths) => {
    const handler = listeners.get("tauri://drag-drop");
    callbacks.get(handler)?.({ event: "tauri://drag-drop", id: handler, payload: { paths, position: { x: 10, y: 10 } } });
  };

  window.__TAURI_INTERNALS__.invoke = async (command, args = {}) => {
    fake.calls.push(command);
    const handler = commands[command];
    if (!handler) throw { code: "ipc", message: `unknown command ${command}` };
    const value = await handler(args);
    if (value && value.code && value.message && command === "library_info") throw value;
    return value;
  };
  // As in the app (tauri.conf.json: freezePrototype), so code that breaks
  // under a frozen prototype fails here too.
  Object.freeze(Object.prototype);
})();

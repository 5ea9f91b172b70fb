// A fake Rust side for the few browser tests that stage what the real core
// cannot show a test on demand (a folder that cannot be written, when CI
// runs as root; the background reading's timing), and for the timeline
// benchmark's thousands of generated stops and visits (ui/bench). Everything else
// runs against the real core (real-tauri.js). It answers only the commands
// those tests call (src-tauri/tests/surface.rs checks each is a real one),
// from memory. Installed before the page loads, after tauri-internals.js;
// tests steer it through window.__fake.
(() => {
  const callbacks = window.__TAURI_INTERNALS__.__callbacks;
  const listeners = new Map();
  const fake = {
    readOnly: null,
    calls: [],
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
    // Foreign leaders' visits to the US, by country (as list_visits_by_country answers).
    countryVisits: [],
  };
  window.__fake = fake;

  const now = () => new Date().toISOString();
  const fail = (code, message) => {
    throw { code, message };
  };

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

  const commands = {
    library_info: () => ({
      path: "/home/editor/.local/share/org.attache.desk/library.sqlite3", schema_version: 18, supported_version: 18,
      stories: 0, trashed: 0, read_only: fake.readOnly,
    }),
    first_paint: () => 42,
    // No stories: these tests are about the library and the records.
    list_stories: () => ({ total: 0, stories: [] }),
    story_filters: () => ({ outlets: [], tags: [] }),
    list_quotes: () => ({ quotes: [], more: false }),
    editor_name: () => null,
    team_status: () => null,
    list_officials: () => fake.officials,
    list_regions: () => fake.regions,
    travel_flags: () => fake.stops.filter((s) => !s.known_country).map((s) => ({
      stop_id: s.id, source_file: s.source_file, record_id: s.record_id, country_id: s.country_id,
      problem: `the country id "${s.country_id}" is not in the country table`,
    })),
    list_journeys: ({ query }) => {
      const official = officialNamed(query.official);
      return { official, scope: scopeOf(query), rule, journeys: journeysOf(official.name, query), data_ends: null };
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

  /** Simulates an event from the Rust side. */
  fake.emit = (event, payload) => {
    const handler = listeners.get(event);
    callbacks.get(handler)?.({ event, id: handler, payload });
  };

  window.__TAURI_INTERNALS__.invoke = async (command, args = {}) => {
    fake.calls.push(command);
    const handler = commands[command];
    if (!handler) throw { code: "ipc", message: `unknown command ${command}` };
    return handler(args);
  };
  // As in the app (tauri.conf.json: freezePrototype), so code that breaks
  // under a frozen prototype fails here too.
  Object.freeze(Object.prototype);
})();

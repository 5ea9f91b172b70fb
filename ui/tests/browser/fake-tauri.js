// A fake Rust side for browser tests: the same IPC surface as the app
// (window.__TAURI_INTERNALS__), answered from memory. Installed before the
// page loads; tests steer it through window.__fake.
(() => {
  const callbacks = new Map();
  let nextCallback = 1;
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

  const commands = {
    library_info: () =>
      fake.openError ?? {
        path: "/home/editor/.local/share/org.attache.desk/library.sqlite3", schema_version: 3, supported_version: 3,
        stories: fake.stories.filter((s) => !s.deleted_at).length,
        trashed: fake.stories.filter((s) => s.deleted_at).length,
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
    story_reading: ({ id }) => fake.readings[id] ?? { quotes: [], claims: [] },
    list_quotes: () => Object.values(fake.readings).flatMap((r) => r.quotes),
    dismiss_claim: ({ storyId, text, dismissed }) => {
      for (const c of fake.readings[storyId]?.claims ?? []) if (c.text === text) c.dismissed = dismissed;
      return null;
    },
    fix_quote_speaker: ({ storyId, text, speaker }) => {
      fake.fixes.push({ storyId, text, speaker });
      for (const q of fake.readings[storyId]?.quotes ?? []) {
        if (q.text === text) Object.assign(q, { speaker, speaker_fixed: true });
      }
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

  /** Simulates files dropped on the window. */
  fake.drop = (paths) => {
    const handler = listeners.get("tauri://drag-drop");
    callbacks.get(handler)?.({ event: "tauri://drag-drop", id: handler, payload: { paths, position: { x: 10, y: 10 } } });
  };

  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    transformCallback(callback, once) {
      const id = nextCallback++;
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return callback(data);
      });
      return id;
    },
    unregisterCallback(id) {
      callbacks.delete(id);
    },
    async invoke(command, args = {}) {
      fake.calls.push(command);
      const handler = commands[command];
      if (!handler) throw { code: "ipc", message: `unknown command ${command}` };
      const value = await handler(args);
      if (value && value.code && value.message && command === "library_info") throw value;
      return value;
    },
    convertFileSrc: (path) => path,
  };
})();

// The real Rust side for browser tests: every `invoke` goes to the app's own
// command handlers and core, served for this page by `serve-test` (see
// src-tauri/examples/serve-test) on a library of its own. Installed before
// the page loads, after tauri-internals.js and `window.__attache` =
// { server }.
//
// What a real window has and a test server cannot, this stands in for:
// events are fetched from the server every 100 ms; channel messages arrive
// with the answer; `__attache.drop(paths)` drops files on the window.
// Native dialogs answer on the server, with the files the test chose.
(() => {
  const callbacks = window.__TAURI_INTERNALS__.__callbacks;
  const listeners = new Map();
  const test = window.__attache;

  async function send(command, args) {
    // A channel becomes its id through its toJSON, as in Tauri's own IPC.
    const body = JSON.stringify({ cmd: command, args });
    const response = await fetch(`${test.server}/invoke`, { method: "POST", headers: { "content-type": "text/plain" }, body });
    const answer = await response.json();
    if (!response.ok) throw { code: "ipc", message: answer.problem };
    for (const { id, message } of answer.channel) callbacks.get(id)?.(message);
    if ("error" in answer) throw answer.error;
    return answer.ok;
  }

  async function deliverEvents() {
    const events = await fetch(`${test.server}/events`).then((r) => r.json(), () => []);
    for (const { event, payload } of events) {
      const handler = listeners.get(event);
      callbacks.get(handler)?.({ event, id: handler, payload });
    }
    setTimeout(deliverEvents, 100);
  }
  void deliverEvents();

  /** Files dropped on the window, as the webview reports them. */
  test.drop = (paths) => {
    const handler = listeners.get("tauri://drag-drop");
    callbacks.get(handler)?.({ event: "tauri://drag-drop", id: handler, payload: { paths, position: { x: 10, y: 10 } } });
  };

  window.__TAURI_INTERNALS__.invoke = async (command, args = {}) => {
    if (command === "plugin:event|listen") {
      listeners.set(args.event, args.handler);
      return args.handler;
    }
    if (command === "plugin:event|unlisten") return null;
    return send(command, args);
  };
  // As in the app (tauri.conf.json: freezePrototype).
  Object.freeze(Object.prototype);
})();

// What Tauri's webview gives a page before it loads, less `invoke`: the
// window's labels and the registry of callbacks that channels and events
// answer through. The Rust side a test installs next (real-tauri.js or
// fake-tauri.js) adds `invoke` and finds callbacks in `__callbacks`.
(() => {
  const callbacks = new Map();
  let nextCallback = 1;
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    __callbacks: callbacks,
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
    convertFileSrc: (path) => path,
  };
})();

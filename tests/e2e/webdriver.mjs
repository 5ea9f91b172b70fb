// A small W3C WebDriver client over fetch: just what the end-to-end tests
// need to drive the real app through tauri-driver.

export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {}

async function request(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = json.value?.message ?? JSON.stringify(json);
    throw new WebDriverError(`${method} ${path}: ${response.status} ${detail}`);
  }
  return json.value;
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Starts the app under tauri-driver with the given arguments. */
  static async start(base, application, args) {
    const value = await request(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, value.sessionId);
  }

  #call(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async findAll(css) {
    const found = await this.#call("POST", "/elements", { using: "css selector", value: css });
    return found.map((e) => e[ELEMENT]);
  }

  async click(element) {
    await this.#call("POST", `/element/${element}/click`, {});
  }

  async type(element, text) {
    await this.#call("POST", `/element/${element}/value`, { text });
  }

  async text(element) {
    return this.#call("GET", `/element/${element}/text`);
  }

  async execute(script, args = []) {
    return this.#call("POST", "/execute/sync", { script, args });
  }

  /** Presses a key chord such as Control+n in the focused element. */
  async chord(modifier, key) {
    const keys = [
      { type: "keyDown", value: modifier },
      { type: "keyDown", value: key },
      { type: "keyUp", value: key },
      { type: "keyUp", value: modifier },
    ];
    await this.#call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: keys }] });
    await this.#call("DELETE", "/actions");
  }

  /** Presses and releases one key in the focused element. */
  async press(key) {
    const keys = [
      { type: "keyDown", value: key },
      { type: "keyUp", value: key },
    ];
    await this.#call("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: keys }] });
    await this.#call("DELETE", "/actions");
  }

  async screenshot() {
    return Buffer.from(await this.#call("GET", "/screenshot"), "base64");
  }

  /** Waits until `probe` returns a truthy value, retrying errors; returns it. */
  async waitFor(what, probe, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new WebDriverError(`timed out waiting for ${what}${last ? `: ${last.message}` : ""}`);
  }

  /** Waits for an element matching `css`, optionally with text containing `text`. */
  async waitForElement(css, text) {
    return this.waitFor(`${css}${text ? ` with "${text}"` : ""}`, async () => {
      for (const element of await this.findAll(css)) {
        if (!text || (await this.text(element)).includes(text)) return element;
      }
      return null;
    });
  }

  async quit() {
    await this.#call("DELETE", "");
  }
}

/** The text of a Unicode key for WebDriver actions. */
export const Keys = { Control: "\uE009", Delete: "\uE017", Enter: "\uE007" };

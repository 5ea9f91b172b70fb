// The app's keyboard shortcuts, as a pure function of the key event so they
// can be tested without a window.

export type Shortcut = "new-story" | "search" | "import" | "trash";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True when the key goes to a text field (then Delete edits text). */
  inTextField: boolean;
}

export function shortcutFor(event: KeyLike): Shortcut | null {
  const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (command) {
    switch (event.key.toLowerCase()) {
      case "n":
        return "new-story";
      case "f":
        return "search";
      case "i":
        return "import";
    }
    return null;
  }
  if (event.key === "Delete" && !event.inTextField && !event.ctrlKey && !event.metaKey && !event.altKey) {
    return "trash";
  }
  return null;
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

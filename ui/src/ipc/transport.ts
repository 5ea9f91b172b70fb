// How a command reaches the Rust side: Tauri's invoke, with errors turned
// into `AppError`s the UI branches on, and callbacks into channels.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ErrorPayload } from "./bindings/ErrorPayload";

/** An error from the Rust side: branch on `code`, show `message`. */
export class AppError extends Error {
  readonly code: ErrorCode | "ipc";
  constructor(code: ErrorCode | "ipc", message: string) {
    super(message);
    this.code = code;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Invokes a command; a failure arrives as an `AppError`. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isPayload(error)) throw new AppError(error.code, error.message);
    throw new AppError("ipc", String(error));
  }
}

/** A channel that hands each message the Rust side sends to `onMessage`. */
export function channel<T>(onMessage: (message: T) => void): Channel<T> {
  const channel = new Channel<T>();
  channel.onmessage = onMessage;
  return channel;
}

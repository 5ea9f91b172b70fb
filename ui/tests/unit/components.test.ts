import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import StoryList from "../../src/components/StoryList.svelte";
import LibraryProblem from "../../src/components/LibraryProblem.svelte";
import { Desk } from "../../src/lib/desk.svelte";
import { AppError } from "../../src/ipc";

afterEach(cleanup);

function deskWith(stories: { id: number; headline: string; snippet: string | null }[]): Desk {
  const desk = new Desk();
  desk.page = {
    total: stories.length,
    stories: stories.map((s) => ({
      ...s,
      outlet: "The Wire",
      byline: null,
      published: "2024-08-19",
      url: null,
      tags: ["gaza"],
      in_trash: false,
    })),
  };
  return desk;
}

describe("StoryList", () => {
  it("lists stories with outlet, date, tags and highlighted matches", () => {
    render(StoryList, { desk: deskWith([{ id: 1, headline: "Blinken in Israel", snippet: "met \uE000Herzog\uE001 today" }]) });
    expect(screen.getByText("Blinken in Israel")).toBeTruthy();
    expect(screen.getByText(/The Wire · 2024-08-19/)).toBeTruthy();
    const mark = document.querySelector("mark");
    expect(mark?.textContent).toBe("Herzog");
  });

  it("shows hostile text as text, never as markup", () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    render(StoryList, { desk: deskWith([{ id: 2, headline: hostile, snippet: `\uE000${hostile}\uE001` }]) });
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getAllByText(hostile).map((e) => e.tagName)).toEqual(["SPAN", "MARK"]);
  });
});

describe("LibraryProblem", () => {
  it("explains a library from a newer version by its code", () => {
    render(LibraryProblem, { error: new AppError("library_too_new", "/desk/library.sqlite3 was written by a newer version") });
    expect(screen.getByRole("alert").dataset.code).toBe("library_too_new");
    expect(screen.getByText(/Install the newer version/)).toBeTruthy();
  });
});


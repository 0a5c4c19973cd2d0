// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findTodos, fromSchedule, fromSessionize, TODO_PREFIX } from "../src/import/index.js";
import { parseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import type { RecapDocument as Recap } from "../src/model/types.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { toRecapDocument } from "../src/parse/toRecapDocument.js";
import { renderRecapToHtml } from "../src/static/index.js";
import { scheduleExport, sessionizeExport } from "./support/import.js";

const drafts: Array<[string, Recap]> = [
  [
    "Sessionize, with a time zone and the event named",
    fromSessionize(sessionizeExport(), {
      timeZone: "Europe/Madrid",
      includeServiceSessions: true,
      event: { name: "Cloud Native Days Iberia", edition: "2024", location: "Madrid, Spain", url: "https://cndi.example/2024" },
    }).recap,
  ],
  ["Sessionize, dates only", fromSessionize(sessionizeExport()).recap],
  ["pretalx, breaks included", fromSchedule(scheduleExport(), { includeServiceSessions: true }).recap],
  ["pretalx, one French talk", fromSchedule(scheduleExport(), { sessions: ["FR2OPN"] }).recap],
];

/** The draft with every to-do written, as a writer would leave it. */
function written(recap: Recap): Recap {
  return JSON.parse(JSON.stringify(recap), (_key, value: unknown) =>
    typeof value === "string" && value.startsWith(TODO_PREFIX) ? `Written by hand: ${value.slice(TODO_PREFIX.length).trim()}` : value,
  );
}

describe.each(drafts)("the draft from %s", (_, recap) => {
  it("comes back from Markdown with every imported field", () => {
    const markdown = toRecapMarkdown(recap);
    const read = toRecapDocument(parseRecapMarkdown(markdown));
    expect(read).toEqual(toRecapDocument(parseRecap(recap)));
    // What the import is for, checked by name on what Markdown gives back.
    const speakers = recap.sessions.flatMap((session) => session.speakers);
    expect(read.sessions.flatMap((session) => session.speakers)).toEqual(speakers);
    expect(
      read.sessions.map(({ title, code, date, track, format, resources }) => ({ title, code, date, track, format, resources })),
    ).toEqual(recap.sessions.map(({ title, code, date, track, format, resources }) => ({ title, code, date, track, format, resources })));
    expect(read.event).toEqual(recap.event);
  });

  it("keeps its to-dos through Markdown, where they are found again", () => {
    const paths = (todos: Array<{ path: string }>) =>
      todos.map((todo) => todo.path.replace(/\.summary$/, ".summary[0]").replace(/^intro$/, "intro[0]"));
    const read = toRecapDocument(parseRecapMarkdown(toRecapMarkdown(recap)));
    expect(paths(findTodos(read))).toEqual(paths(findTodos(recap)));
    expect(findTodos(read).length).toBe(recap.sessions.length * 2 + (recap.event.name.startsWith(TODO_PREFIX) ? 3 : 2));
  });

  it("renders as a page once its to-dos are written", () => {
    const done = written(recap);
    expect(findTodos(done)).toEqual([]);
    const html = renderRecapToHtml(done);
    expect(html).not.toContain(TODO_PREFIX);
    for (const session of recap.sessions) expect(html).toContain(session.title.replace(/&/g, "&amp;"));
    for (const speaker of recap.sessions.flatMap((session) => session.speakers)) {
      expect(html).toContain(speaker.name);
      if (speaker.affiliation) expect(html).toContain(speaker.affiliation);
    }
  });
});

import type { ProgrammeFormat } from "./programme.js";

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Reads a property without trusting it: detection never throws. */
function field(value: unknown, key: string): unknown {
  try {
    return isObject(value) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}

function first(value: unknown): unknown {
  try {
    return Array.isArray(value) ? value[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which programme system wrote an export, from its shape: `"pretalx"` for a schedule.json
 * (`schedule.conference`, as pretalx, frab and their kin write it), `"sessionize"` for Sessionize's
 * All view (`sessions` beside `speakers`, `categories`, `rooms`), `undefined` for anything else.
 */
export function detectFormat(data: unknown): ProgrammeFormat | undefined {
  if (isObject(field(field(data, "schedule"), "conference"))) return "pretalx";
  if (Array.isArray(field(data, "sessions")) && !isRecap(data)) return "sessionize";
  return undefined;
}

/** A recap document has sessions too, but also the event it is about: given to import by mistake. */
function isRecap(data: unknown): boolean {
  return isObject(field(data, "event")) && typeof field(data, "title") === "string";
}

/** Why an export is not one recap-kit reads, and what to export instead. */
export function notAProgramme(data: unknown): string {
  const sessionize = "a Sessionize export (the API's All view, https://sessionize.com/api/v2/<id>/view/All)";
  const pretalx = "a schedule.json from pretalx or frab (…/schedule/export/schedule.json)";
  const neither = `is neither ${sessionize} nor ${pretalx}.`;
  const notEither = `is a list, not ${sessionize} or ${pretalx}.`;
  const item = first(data);
  if (Array.isArray(data)) {
    if (Array.isArray(field(item, "sessions")) && field(item, "groupName") !== undefined)
      return `is Sessionize's Sessions view, which names no speakers' details. Export the All view instead: https://sessionize.com/api/v2/<id>/view/All.`;
    if (Array.isArray(field(item, "timeSlots")) || Array.isArray(field(item, "rooms")))
      return `is Sessionize's schedule grid. Export the All view instead: https://sessionize.com/api/v2/<id>/view/All.`;
    if (field(item, "fullName") !== undefined)
      return `is Sessionize's Speakers view. Export the All view instead, which has the sessions too: https://sessionize.com/api/v2/<id>/view/All.`;
    return notEither;
  }
  if (isRecap(data))
    return "is a recap document already, not a programme export: check it with recap-kit check, or render it with recap-kit render.";
  if (Array.isArray(field(data, "results")) && field(data, "count") !== undefined)
    return `is a page of pretalx's API. Export the whole schedule instead: ${pretalx}.`;
  if (isObject(field(data, "conference")))
    return `has a conference but no "schedule" around it. A schedule.json starts with { "schedule": { "conference": … } }: export it again from pretalx or frab.`;
  return neither;
}

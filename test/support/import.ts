import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { ImportError } from "../../src/import/index.js";

const read = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

/**
 * An export as tests handle it: plain JSON, read and broken field by field. Typed loosely on
 * purpose: the tests write into it what no type would allow.
 */
// biome-ignore lint/suspicious/noExplicitAny: the tests break these exports on purpose, field by field.
export type Export = any;

/** A fresh copy of the Sessionize fixture (the API's All view), to read or to break. */
export function sessionizeExport(): Export {
  return JSON.parse(read("cloud-native-days-iberia-2024.sessionize.json"));
}

/** A fresh copy of the pretalx fixture (schedule.json). */
export function scheduleExport(): Export {
  return JSON.parse(read("datenfest-leipzig-2025.schedule.json"));
}

/** The ImportError a call throws; fails when it throws nothing, or something else. */
export function importError(call: () => unknown): ImportError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected an ImportError, but the call returned");
}

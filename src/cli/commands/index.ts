import type { Command } from "../command.js";
import { check } from "./check.js";
import { convert } from "./convert.js";
import { importDraft } from "./import.js";
import { newRecap } from "./new.js";
import { parse } from "./parse.js";
import { preview } from "./preview.js";
import { render } from "./render.js";

/**
 * Every command of `recap-kit`, in the order a writer meets them: the usage, the parser and the
 * dispatcher read this table and nothing else. A new command is a module beside these and a line here.
 */
export const COMMANDS: readonly Command[] = [newRecap, importDraft, check, preview, render, parse, convert];

/** The command of that name, if there is one. */
export function commandNamed(name: string | undefined): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

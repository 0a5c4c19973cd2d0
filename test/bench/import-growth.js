// The import's growth benchmark (issue 20): programme exports that name the same speakers,
// categories and links again and again, at about 10, 20, 40 and 80 kB of JSON, imported and the
// draft written as JSON. Before issue 20 a draft copied every reference, so the families marked
// "(square)", whose references and referenced texts both grow with the export, made drafts of the
// square of its size (a 23 kB export, a 50 MB draft); now repeats are named once, and a draft over
// four times its export plus 1 MB is refused before it is made. It prints the CPU time at each size
// and the growth per doubling, and fails when a family grows more than ×2.5 per doubling (linear
// is 2, quadratic 4), fitted over the four sizes as test/bench/growth.js does.
//
// Usage: npm run build, then node test/bench/import-growth.js
import { importProgramme } from "../../dist/import.js";
import { padded, scheduleExport, sessionizeExport } from "../support/hostileExports.js";
import { fitFamilies, withMeasuringFlags } from "./growthFit.js";

withMeasuringFlags(import.meta.url);

const SIZES = [10_000, 20_000, 40_000, 80_000];
const LIMIT = 2.5;

/** Imports and writes the draft, or is refused: either way the time is what counts. */
function importAndWrite(data) {
  try {
    return JSON.stringify(importProgramme(data).recap).length;
  } catch (error) {
    if (error?.name !== "ImportError") throw error;
    return 0;
  }
}

const family = (make) => ({ make, run: importAndWrite });

/** Each family: an export of about `size` characters of JSON. */
const FAMILIES = {
  // Half the export references (UUIDs, 40 characters each), half the speaker they name.
  "Sessionize: one session naming one speaker again (square)": family((size) =>
    sessionizeExport({ speakerRefs: Math.floor(size / 80), size: Math.floor(size / 6) }),
  ),
  // Half references (6 characters each), half the track's name.
  "Sessionize: one session naming one track again (square)": family((size) =>
    sessionizeExport({ speakers: 0, categoryRefs: Math.floor(size / 12), size: Math.floor(size / 2) }),
  ),
  "Sessionize: every session naming 10 long speakers (square)": family((size) =>
    sessionizeExport({ sessions: Math.floor(size / 800), speakers: 10, speakerRefs: 10, size: Math.floor(size / 75) }),
  ),
  "Sessionize: every session naming 10 long tracks (square)": family((size) =>
    sessionizeExport({ sessions: Math.floor(size / 320), speakers: 0, categories: 10, categoryRefs: 10, size: Math.floor(size / 20) }),
  ),
  "Sessionize: one speaker in every session (a real shape)": family((size) =>
    sessionizeExport({ sessions: Math.floor(size / 150), speakerRefs: 1, categoryRefs: 1 }),
  ),
  "pretalx: one speaker written out again and again": family((size) => scheduleExport({ personRefs: Math.floor(size / 150) })),
  "pretalx: one link given again and again": family((size) => scheduleExport({ linkRefs: Math.floor(size / 110) })),
  "pretalx: titles full of terminal escapes": family((size) => {
    const data = scheduleExport({ sessions: Math.floor(size / 1_000) });
    for (const event of data.schedule.conference.days[0].rooms["Saal 1"]) event.title = padded("\u001b]8;;x\u0007a\u202e", 700);
    return data;
  }),
};

console.log(
  `recap-kit import growth benchmark (Node ${process.version}): CPU ms per import and JSON draft at ${SIZES.map((s) => `${s / 1000} kB`).join(", ")} of export`,
);
console.log(`and the growth when the export doubles (linear: 2.0, quadratic: 4.0; fails when the fit is above ${LIMIT})\n`);

const failures = fitFamilies(FAMILIES, SIZES, LIMIT);
if (failures.length) {
  console.log(`\n${failures.length} famil${failures.length === 1 ? "y grows" : "ies grow"} faster than linear: ${failures.join("; ")}`);
  process.exitCode = 1;
} else console.log(`\nevery family grows at most ×${LIMIT} per doubling (fitted): linear.`);

import { parseRecap } from "../src/index.js";
import raw from "../test/fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

/** The real recap this project was born from, parsed as a publisher's page would be. */
export const kubecon = parseRecap(raw);

/** The raw JSON, as the publisher wrote it. */
export const kubeconJson: unknown = raw;

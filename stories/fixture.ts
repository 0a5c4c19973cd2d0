import { parseRecap } from "../src/index.js";
import rawGerman from "../test/fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "../test/fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

/** The real recap this project was born from, parsed as a publisher's page would be. */
export const kubecon = parseRecap(raw);

/** The raw JSON, as the publisher wrote it. */
export const kubeconJson: unknown = raw;

/** A German recap over two days, with every field of the model filled in. */
export const cloudTage = parseRecap(rawGerman);

/** A right-to-left recap: Arabic prose with left-to-right names, product names and URLs inside it. */
export { default as cloudArabiaJson } from "../test/fixtures/cloud-arabia-2025.ar.recap.json" with { type: "json" };

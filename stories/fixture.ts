import { type ParseOptions, parseRecap, type Recap, type RecapDocument } from "../src/index.js";
import rawArabic from "../test/fixtures/cloud-arabia-2025.ar.recap.json" with { type: "json" };
import rawGerman from "../test/fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import kubeconRecap from "../test/fixtures/kubecon-eu-2021.recap.md";

// The stories render what a site renders: recaps parsed once, where the document enters (at build
// time by recap-kit/vite, which Storybook's Vite builder runs, or when Storybook loads this module),
// never documents parsed again at render time.

/** The real recap this project was born from, imported as an app imports it: parsed at build time. */
export const kubecon: Recap = kubeconRecap;

/** A German recap over two days, with every field of the model filled in. */
export const cloudTage = parseRecap(rawGerman);

/** A right-to-left recap: Arabic prose with left-to-right names, product names and URLs inside it. */
export const cloudArabia = parseRecap(rawArabic);

/**
 * Parts of a recap written for a story (teasers, takeaways with markup, a session), parsed as a
 * whole document would be: markup read, excerpts shortened, dates written in the language.
 */
export function parsed(fields: Partial<RecapDocument>, options?: ParseOptions): Recap {
  return parseRecap({ title: "A story's recap", event: { name: "Storybook" }, sessions: [], ...fields }, options);
}

const excerpt = (index: number) => kubecon.relatedReads?.[index]?.excerpt?.text;

/** Teasers with titles, links and dates, the seed's excerpts shortened by parseRecap. */
export const teasers = parsed({
  relatedReads: [
    { title: "CloudBrew 2025: our highlights", url: "https://example.com/blog/cloudbrew-2025", excerpt: excerpt(0), date: "2025-12-15" },
    { title: "Why a multicloud strategy", url: "https://example.com/blog/multicloud", excerpt: excerpt(1), date: "2024-03-02" },
    { title: "Istio Service Mesh in practice", url: "https://example.com/blog/istio", excerpt: excerpt(2), date: "2024-01-20" },
  ],
}).relatedReads as NonNullable<Recap["relatedReads"]>;

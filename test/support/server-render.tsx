// Runs in Node, inside the test server (see the renderInNode command): the server half of a
// server-render-then-hydrate test, with Node's own ICU, as an app's server would render.
import { renderToString } from "react-dom/server";
import { parseRecap, type Recap, RecapArticle } from "../../src/index.js";
import { labelsFor } from "../../src/labels/index.js";
import arabic from "../fixtures/cloud-arabia-2025.ar.recap.json" with { type: "json" };
import german from "../fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import kubecon from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

export const FIXTURES = { kubecon, german, arabic } as const;

export type FixtureName = keyof typeof FIXTURES;

/** The fixture as a document, in another language when one is given (dates, lists and labels follow it). */
export function documentOf(name: FixtureName, language?: string): Record<string, unknown> {
  const document = FIXTURES[name] as Record<string, unknown>;
  return language ? { ...document, language } : document;
}

/** The article as a page renders it: with the labels of the recap's language. */
export function Article({ recap }: { recap: Recap }) {
  return <RecapArticle recap={recap} labels={labelsFor(recap.lang)} />;
}

/**
 * What a server sends for the fixture: the recap parsed once, in Node, and RecapArticle rendered
 * from it to HTML; with the parsed recap, which the page hands to the client to hydrate from.
 */
export function renderDocument(name: FixtureName, language?: string): { html: string; recap: Recap } {
  const recap = parseRecap(documentOf(name, language));
  return { html: renderToString(<Article recap={recap} />), recap };
}

// The server's render of an article: `#render-cache` in package.json's "imports" is this module,
// except in a browser build, which gets renderCache.browser.ts (a page renders once there, and
// neither the tree nor the code that flattens it is worth a byte of the reader's download).
import type { ReactNode } from "react";
import { lastResultFor } from "../../format/lastResult.js";
import { madeByParseRecap, type Recap } from "../../model/parsed.js";
import { Avatar } from "../Avatar/Avatar.js";
import { Badge } from "../Badge/Badge.js";
import { TagList } from "../Badge/TagList.js";
import { CallToAction } from "../CallToAction/CallToAction.js";
import { Heading } from "../Heading/Heading.js";
import { Prose } from "../Prose/Prose.js";
import { ParsedDateRange } from "../RecapHeader/DateRange.js";
import { ParsedRecapHeader } from "../RecapHeader/RecapHeader.js";
import { JsonLdScript } from "../RecapJsonLd/JsonLdScript.js";
import { ParsedRelatedReads } from "../RelatedReads/RelatedReads.js";
import { ResourceIcon } from "../ResourceLinks/ResourceIcon.js";
import { ResourceLinks } from "../ResourceLinks/ResourceLinks.js";
import { ParsedSessionCard } from "../SessionCard/SessionCard.js";
import { ParsedSessionIndex } from "../SessionIndex/SessionIndex.js";
import { SpeakerByline } from "../SpeakerByline/SpeakerByline.js";
import { TakeawayList } from "../TakeawayList/TakeawayList.js";
import { flatten } from "./flatten.js";

/** recap-kit's own components, which the article renders itself (see flatten.tsx). */
// Listed one by one: a spread would be a call a bundler must keep, and with it every component.
const OWN = /* @__PURE__ */ new Set<unknown>([
  ParsedRecapHeader,
  Prose,
  ParsedSessionIndex,
  ParsedSessionCard,
  TakeawayList,
  ParsedRelatedReads,
  CallToAction,
  Avatar,
  Badge,
  ParsedDateRange,
  Heading,
  JsonLdScript,
  ResourceIcon,
  ResourceLinks,
  SpeakerByline,
  TagList,
]);

/**
 * The last render of each recap `parseRecap` made, with the props it was made with. Such a recap
 * is frozen, so the same recap with the same props renders the same tree: a server that renders
 * one page for every request builds it once. Held weakly: it goes when the recap goes.
 */
const lastRender = /* @__PURE__ */ lastResultFor<Recap, object, ReactNode>(sameProps);

function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a) as Array<keyof typeof a>;
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A tree kept whole costs memory in proportion to the recap: past this many sessions it is not kept. */
const KEEP_WHOLE_UP_TO = 1000;

/**
 * The article `render` makes for `recap` with `props`: kept and flattened (recap-kit's own parts
 * replaced by what they render) for a recap `parseRecap` made here, which is frozen; made anew for
 * one that came as data, which may change after this render, and for a recap of more than 1,000
 * sessions, a page rendered once (a static build of a whole programme), where keeping it saves
 * nothing: React then renders it part by part, and lets each part go once written.
 */
export function keptArticle(recap: Recap, props: object, render: () => ReactNode): ReactNode {
  if (recap.sessions.length > KEEP_WHOLE_UP_TO || !madeByParseRecap(recap)) return render();
  return lastRender(recap, props, () => flatten(render(), OWN));
}

/**
 * Every component folder of recap-kit, as plain data (it imports no component, so reading it costs
 * nothing): the one list the package's other lists are checked against or derived from.
 *
 * Adding a component: its folder under `src/components/` and an entry here. test/manifest.test.ts
 * then says what else is missing (the re-export in src/index.ts, the stylesheet's @import, a part
 * the article leaves unflattened), test/conformance.test.tsx asks for the component's sample props,
 * and the tree-shaking test and `npm run size` measure what `alone` names.
 */
export interface ComponentFolder {
  /** The folder under src/components/; its main component has the same name. */
  readonly folder: string;
  /** Has `<folder>.css`, bundled into styles.css in this order (later rules read earlier tokens). */
  readonly stylesheet: boolean;
  /** Components exported to apps, each with its root class `rk-<name>` (the conformance checks run on each). */
  readonly exports: readonly string[];
  /** Of those, what an app can bundle alone: tree-shaking and `npm run size` measure each. */
  readonly alone: readonly string[];
  /** Other folders' components it renders by design (its bundle holds their root classes). */
  readonly renders: readonly string[];
}

export const COMPONENT_FOLDERS: readonly ComponentFolder[] = [
  { folder: "Avatar", stylesheet: true, exports: ["Avatar"], alone: [], renders: [] },
  { folder: "Badge", stylesheet: true, exports: ["Badge"], alone: [], renders: [] },
  { folder: "Heading", stylesheet: false, exports: [], alone: [], renders: [] },
  { folder: "Prose", stylesheet: true, exports: ["Prose"], alone: [], renders: [] },
  { folder: "SpeakerByline", stylesheet: true, exports: ["SpeakerByline"], alone: ["SpeakerByline"], renders: [] },
  { folder: "TakeawayList", stylesheet: true, exports: ["TakeawayList"], alone: ["TakeawayList"], renders: [] },
  { folder: "ResourceLinks", stylesheet: true, exports: ["ResourceLinks"], alone: ["ResourceLinks"], renders: [] },
  {
    folder: "SessionCard",
    stylesheet: true,
    exports: ["SessionCard"],
    alone: ["SessionCard"],
    renders: ["SpeakerByline", "TakeawayList", "ResourceLinks"],
  },
  { folder: "RelatedReads", stylesheet: true, exports: ["RelatedReads"], alone: ["RelatedReads"], renders: [] },
  { folder: "RecapHeader", stylesheet: true, exports: ["RecapHeader"], alone: ["RecapHeader"], renders: ["SpeakerByline"] },
  { folder: "SessionIndex", stylesheet: true, exports: ["SessionIndex"], alone: ["SessionIndex"], renders: [] },
  { folder: "CallToAction", stylesheet: true, exports: ["CallToAction"], alone: ["CallToAction"], renders: [] },
  { folder: "RecapJsonLd", stylesheet: false, exports: [], alone: [], renders: [] },
  {
    folder: "RecapArticle",
    stylesheet: true,
    exports: ["RecapArticle", "InvalidRecap"],
    alone: ["RecapArticle", "InvalidRecap"],
    renders: [
      "SpeakerByline",
      "TakeawayList",
      "ResourceLinks",
      "SessionCard",
      "RelatedReads",
      "RecapHeader",
      "SessionIndex",
      "CallToAction",
    ],
  },
];

import { clsx } from "clsx";
import type { ComponentPropsWithRef, ComponentType } from "react";
import { keptArticle } from "#render-cache";
import type { Conjunction } from "../../format/list.js";
import type { JsonLd } from "../../jsonld/toJsonLd.js";
import { articleLabels } from "../../labels/en/article.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import { isParsedRecap, type Recap, type Session } from "../../model/parsed.js";
import { CallToAction, type CallToActionProps } from "../CallToAction/CallToAction.js";
import { Heading, type HeadingLevel, subLevel, type TitleLevel } from "../Heading/Heading.js";
import { Prose, type ProseProps } from "../Prose/Prose.js";
import { ParsedRecapHeader, type RecapHeaderProps } from "../RecapHeader/RecapHeader.js";
import { JsonLdScript } from "../RecapJsonLd/JsonLdScript.js";
import { ParsedRelatedReads, type RelatedReadsProps } from "../RelatedReads/RelatedReads.js";
import { ParsedSessionCard, type SessionCardProps } from "../SessionCard/SessionCard.js";
import { ParsedSessionIndex, type SessionIndexProps } from "../SessionIndex/SessionIndex.js";
import { TakeawayList, type TakeawayListProps } from "../TakeawayList/TakeawayList.js";

/** The parts of a recap article, each replaceable by a component that takes the same props. */
export interface RecapArticleComponents {
  Header: ComponentType<RecapHeaderProps>;
  Intro: ComponentType<ProseProps>;
  Index: ComponentType<SessionIndexProps>;
  Session: ComponentType<SessionCardProps>;
  Takeaways: ComponentType<TakeawayListProps>;
  Outro: ComponentType<ProseProps>;
  RelatedReads: ComponentType<RelatedReadsProps>;
  CallToAction: ComponentType<CallToActionProps>;
}

// The parts as a parsed recap needs them: its ids and dates come written, so none is made here.
const DEFAULT_COMPONENTS: RecapArticleComponents = {
  Header: ParsedRecapHeader,
  Intro: Prose,
  Index: ParsedSessionIndex,
  Session: ParsedSessionCard,
  Takeaways: TakeawayList,
  Outro: Prose,
  RelatedReads: ParsedRelatedReads,
  CallToAction,
};

export interface RecapArticleProps extends Omit<ComponentPropsWithRef<"article">, "children"> {
  /**
   * The recap, as `parseRecap` returns it (on the server, in a build step, wherever the document
   * enters). A document that was not parsed is refused: call `parseRecap(document)` first.
   */
  recap: Recap;
  /**
   * The labels of the recap's language, and any overrides, on top of English: `labels={de}` with
   * `import { de } from "recap-kit/labels/de"`.
   * @default English
   */
  labels?: Partial<RecapLabels> | undefined;
  /**
   * Show a navigation with a link to every session.
   * @default true when there are at least three sessions
   */
  showIndex?: boolean | undefined;
  /**
   * How each session is set: `section`, open sections separated by rules, as a long read is;
   * `card`, each session in a box of its own.
   * @default "section"
   */
  sessionAppearance?: "section" | "card" | undefined;
  /**
   * Structured data to include in the article (`toJsonLd(recap, labels)`, worked out where the
   * recap is parsed, so that a client bundle need not carry the code that makes it).
   * @default none
   */
  structuredData?: JsonLd | undefined;
  /**
   * How bylines join the last names.
   * @default "and"
   */
  conjunction?: Conjunction | undefined;
  /**
   * Replace the rendering of any part; each replacement takes the props of the part it replaces.
   * @default {}
   */
  components?: Partial<RecapArticleComponents> | undefined;
  /**
   * The level of the recap's title: every heading under it follows (days and sessions one level
   * below, their takeaways below those …). `1` where the recap is the page; `2` where it sits
   * under the host page's own `h1` (a blog post, a docs page), never deeper than `h6`.
   * @default 1
   */
  headingLevel?: TitleLevel | undefined;
  /**
   * Show the recap's title in its header. Set `false` where the page already shows it as its
   * own heading: the header keeps the event, its dates, the authors and the reading time, and the
   * outline goes on from `headingLevel` as if the title were there (give `headingLevel={1}` under
   * a page whose `h1` is the recap's title).
   * @default true
   */
  showTitle?: boolean | undefined;
}

/** What to say to a developer who passed a document where a parsed recap belongs. */
const NOT_PARSED = "RecapArticle renders a parsed recap: pass it parseRecap(document), unchanged.";

const asLabels = new WeakMap<object, Partial<RecapLabels>>();

/** A document's headings as the labels they replace; made once per parsed recap. */
function ownHeadings(headings: Recap["headings"]): Partial<RecapLabels> | undefined {
  if (!headings) return undefined;
  let labels = asLabels.get(headings);
  if (!labels) {
    const given: Partial<RecapLabels> = {};
    if (headings.sessionIndex) given.sessionIndex = headings.sessionIndex;
    if (headings.sessionTakeaways) given.keyTakeaways = headings.sessionTakeaways;
    if (headings.takeaways) given.recapTakeaways = headings.takeaways;
    if (headings.relatedReads) given.relatedReads = headings.relatedReads;
    labels = given;
    asLabels.set(headings, labels);
  }
  return labels;
}

/**
 * A whole recap from one parsed document: header, intro, index, the sessions (by day when they
 * span several), the article's takeaways and closing words, related reads, the call to action and,
 * when given, structured data. Headings stay in order: the title (`h1`, or `headingLevel`), then one
 * level below it per session or per day, and below those what is inside them.
 * It renders what `parseRecap` prepared and parses nothing itself.
 */
export function RecapArticle(props: RecapArticleProps) {
  const { recap } = props;
  if (!isParsedRecap(recap)) throw new TypeError(NOT_PARSED);
  // On a server, the tree of a recap parseRecap made is kept and flattened (renderCache.tsx); in a
  // browser, which renders a page once, the module that does it is an empty one (package.json's
  // "imports": #render-cache), so a client bundle does not carry it.
  return keptArticle(recap, props, () => article(props));
}

function article({
  recap,
  labels: overrides,
  showIndex,
  sessionAppearance = "section",
  structuredData,
  conjunction,
  components,
  headingLevel = 1,
  showTitle = true,
  className,
  ...rest
}: RecapArticleProps) {
  // The writer's own headings (the document's `headings`) over the language's labels; each part
  // merges them with its own English defaults, the article its own text.
  const own = ownHeadings(recap.headings);
  const labels = own ? mergeLabels<Partial<RecapLabels>>(overrides ?? {}, own) : overrides;
  const l = mergeLabels(articleLabels, labels);
  const parts = components ? { ...DEFAULT_COMPONENTS, ...components } : DEFAULT_COMPONENTS;
  const { lang: language, sessions, days } = recap;
  const common = { language, labels, conjunction };
  // Each field by name: spreading a frozen session costs more than the props it makes.
  // The outline under the title: sections (days, or sessions where there are no days), then what
  // is inside them.
  const section = subLevel(headingLevel);
  const inSection = subLevel(section);
  const session = (item: Session, level: HeadingLevel) => (
    <parts.Session
      key={item.id}
      language={language}
      labels={labels}
      conjunction={conjunction}
      id={item.id}
      title={item.title}
      code={item.code}
      date={item.date}
      dateText={item.dateText}
      timeText={item.timeText}
      speakers={item.speakers}
      track={item.track}
      format={item.format}
      summary={item.summary}
      takeaways={item.takeaways}
      resources={item.resources}
      tags={item.tags}
      headingLevel={level}
      appearance={sessionAppearance}
    />
  );

  return (
    <article {...rest} lang={language} dir={recap.dir} className={clsx("rk-RecapArticle", className)}>
      {structuredData ? <JsonLdScript data={structuredData} /> : null}
      <header className="rk-RecapArticle-header">
        <parts.Header
          {...common}
          title={recap.title}
          subtitle={recap.subtitle}
          event={recap.event}
          authors={recap.authors}
          publisher={recap.publisher}
          publishedAt={recap.publishedAt}
          publishedText={recap.publishedText}
          updatedAt={recap.updatedAt}
          updatedText={recap.updatedText}
          tags={recap.tags}
          image={recap.image}
          readingMinutes={recap.readingMinutes}
          headingLevel={headingLevel}
          showTitle={showTitle}
        />
      </header>
      <parts.Intro className="rk-RecapArticle-intro" paragraphs={recap.intro} />
      {(showIndex ?? sessions.length >= 3) ? <parts.Index sessions={sessions} labels={labels} /> : null}
      <div className="rk-RecapArticle-sessions">
        {days
          ? days.map((day) => (
              <section className="rk-RecapArticle-day" key={day.day ?? "undated"}>
                <Heading level={section} className="rk-RecapArticle-dayHeading">
                  {day.day ? <time dateTime={day.day}>{day.text}</time> : l.otherSessions}
                </Heading>
                {day.sessions.map((index) => session(sessions[index] as Session, inSection))}
              </section>
            ))
          : sessions.map((item) => session(item, section))}
      </div>
      <parts.Takeaways
        className="rk-RecapArticle-takeaways"
        takeaways={recap.takeaways}
        heading={l.recapTakeaways}
        headingLevel={section}
        labels={labels}
      />
      {recap.outro && recap.headings?.outro ? (
        <Heading level={section} className="rk-RecapArticle-outroHeading">
          {recap.headings.outro}
        </Heading>
      ) : null}
      <parts.Outro className="rk-RecapArticle-outro" paragraphs={recap.outro} />
      <parts.RelatedReads relatedReads={recap.relatedReads} headingLevel={section} language={language} labels={labels} />
      {recap.callToAction ? <parts.CallToAction {...recap.callToAction} headingLevel={section} /> : null}
    </article>
  );
}

/**
 * fast-check arbitraries for Recap documents (src/model/types.ts: what parseRecap reads), and the independent oracles
 * that rendered output is judged by. Text comes from every script, with combining marks, emoji
 * sequences, bidi and zero-width characters, inline markup and HTML-looking noise; URLs are safe
 * but unusual, or hostile in every disguise a browser would still read as a script.
 */
import fc from "fast-check";
import {
  type CallToActionDocument,
  type EventDocument,
  type Image,
  type Person,
  type Publisher,
  RESOURCE_KINDS,
  type RecapDocument,
  type RelatedReadDocument,
  type Resource,
  SESSION_FORMATS,
  type SessionDocument,
} from "../../src/model/types.js";

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/** A word or two in many scripts, right-to-left ones included. */
export const SCRIPTS = [
  "Ellen Körbes",
  "Łukasz Ćwikła",
  "İlke Işık",
  "Straße",
  "ǅemal",
  "ﬁnance",
  "Ελληνικά",
  "Кириллица",
  "Հայերեն",
  "ქართული",
  "العربية",
  "مُحَمَّد",
  "עברית",
  "שָׁלוֹם",
  "فارسی",
  "اردو",
  "ܐܪܡܝܐ",
  "ދިވެހި",
  "ߒߞߏ",
  "𞤀𞤣𞤤𞤢𞤥",
  "हिन्दी",
  "क्षत्रिय",
  "বাংলা",
  "தமிழ்",
  "ไทย",
  "ລາວ",
  "ខ្មែរ",
  "မြန်မာ",
  "བོད་ཡིག",
  "ᠮᠣᠩᠭᠣᠯ",
  "አማርኛ",
  "ᏣᎳᎩ",
  "日本語の文章",
  "カタカナ",
  "中文字符",
  "한국어",
  "\u1100\u1161\u11a8",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "𠜎𠜱",
] as const;

/** Combining marks, stacked and decomposed. */
export const COMBINING = [
  "e\u0301",
  "a\u0308\u0323",
  "Z\u0351\u0352\u0353a\u0325\u0354l\u0356\u0357",
  "n\u0303",
  "\u0915\u094d\u0937",
] as const;

/** Emoji, with skin tones, ZWJ sequences, flags, tags and keycaps. */
export const EMOJI = ["👩🏽‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🏴‍☠️", "🇯🇵", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "❤️‍🔥", "🧑🏿‍🤝‍🧑🏻", "1️⃣", "🫶"] as const;

/** What inline markup, HTML, templates or string replacement might read as syntax. */
export const MARKUP = [
  "*",
  "**",
  "***",
  "`",
  "``",
  "[",
  "]",
  "(",
  ")",
  "](",
  "\\",
  "\\*",
  "_",
  "*em*",
  "**strong**",
  "`code`",
  "[link](https://example.com/a)",
  "[x](javascript:alert(1))",
  "<",
  ">",
  "&",
  "&amp;",
  "&lt;b&gt;",
  '"',
  "'",
  "<b>",
  "</script>",
  "<!--",
  "-->",
  "{title}",
  "{name}",
  "$&",
  "$1",
  "%s",
] as const;

/** Whitespace, invisible and direction-changing characters. No NUL: HTML parsers drop it from text. */
export const INVISIBLE = [
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00a0",
  "\u3000",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u00ad",
  "\u0001",
  "\u001b",
  "\u007f",
  "\u0085",
] as const;

const withoutNul = (text: string) => text.replace(/\0/g, "");

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...SCRIPTS), weight: 4 },
  { arbitrary: fc.constantFrom(...COMBINING), weight: 1 },
  { arbitrary: fc.constantFrom(...EMOJI), weight: 1 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: fc.constantFrom(...INVISIBLE), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }).map(withoutNul), weight: 1 },
);

const shortText = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(""));

/** A very long string: one piece repeated, or a single word of thousands of characters. */
const longText = fc.tuple(piece, fc.integer({ min: 200, max: 2_500 })).map(([part, times]) => (part || "w").repeat(times));

/** Any text, sometimes empty or blank (optional fields drop those), sometimes very long. */
export const text = fc.oneof({ arbitrary: shortText, weight: 12 }, { arbitrary: longText, weight: 1 });

/** Text that is not blank once trimmed: for the fields that are required. */
export const nonBlankText = text.map((value) => (value.trim() ? value : `${value}x`));

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/** Unusual but valid URLs: each must become a link (or, for images, be loaded) as written. */
export const UNUSUAL_VALID_URLS = [
  "mailto:hello@example.com?subject=Recap%20feedback&body=Hi%20there",
  "MAILTO:hello@example.com",
  "//cdn.example/x.png",
  "?q=1",
  "#anchor",
  "/blog/kubecon-2021",
  "../other-recap",
  "recap.html",
  "https://bücher.example/straße?q=ü",
  "https://xn--bcher-kva.example/",
  "https://例え.テスト/パス",
  "https://en.wikipedia.org/wiki/Kubernetes_(software)",
  "https://example.com/a_(b)_(c)?d=(e)#(f)",
  "HTTPS://EXAMPLE.COM/UPPER",
  "http://example.com:8080/path;params?q=a:b&r=c#frag:ment",
  "http://[2001:db8::1]/x",
  "https://example.com/?a=1&amp;b=2",
  "/search?q=a:b",
  "https://example.com/%E2%9C%93",
  // Browsers read backslashes as slashes: all of these leave the page.
  "\\\\cdn.example/x",
  "/\\cdn.example/x",
  "/\t/cdn.example/x",
] as const;

/** URLs that must never become a link or an image, each in a disguise a browser sees through. */
export const HOSTILE_URLS = [
  // A scheme without "//": a browser reads it as a host on a page of another scheme and as a path
  // on one of the same scheme, so it is never a link.
  "https:evil.example",
  "http:cdn.example/x",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "jAvAsCrIpT:alert(1)",
  "  javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u001f javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "j\ta\nv\ra\tscript:alert(1)",
  "javascript\t:alert(1)",
  "jav\u0000ascript:alert(1)",
  "java\u200bscript:alert(1)",
  "java\u00adscript:alert(1)",
  "\u00a0javascript:alert(1)",
  "\ufeffjavascript:alert(1)",
  "javascript&colon;alert(1)",
  "javascript&#58;alert(1)",
  "javascript&#x3A;alert(1)",
  "javascript&#0000058alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
  "java&Tab;script:alert(1)",
  "java&NewLine;script:alert(1)",
  "javascript%3Aalert(1)",
  "%6Aavascript:alert(1)",
  "java%09script:alert(1)",
  "javascript%3Aalert(1)%",
  "%6A%61vascript%3Aalert('100%')",
  "javascript://%0Aalert(1)",
  "javascript:/*</script>*/alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
  " data:image/png;base64,AAAA",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "vb\tscript:msgbox(1)",
  "file:///etc/passwd",
] as const;

const DANGEROUS = ["javascript:alert(document.domain)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"] as const;
const DISGUISES = ["keep", "upper", "tab", "newline", "cr", "decimal", "hex", "padded", "named", "percent", "control"] as const;
const LEADS = ["", " ", "   ", "\t", "\n", "\u0001", "\u0000", "\u001f", "\u00a0", "\ufeff", "\u3000"] as const;

function disguise(url: string, ops: readonly (typeof DISGUISES)[number][], lead: string): string {
  const colon = url.indexOf(":");
  let out = lead;
  for (let i = 0; i <= colon; i++) {
    const char = url[i] as string;
    const code = char.charCodeAt(0);
    switch (ops[i % ops.length]) {
      case "upper":
        out += char.toUpperCase();
        break;
      case "tab":
        out += `\t${char}`;
        break;
      case "newline":
        out += `\n${char}`;
        break;
      case "cr":
        out += `\r${char}`;
        break;
      case "decimal":
        out += `&#${code};`;
        break;
      case "hex":
        out += `&#x${code.toString(16)};`;
        break;
      case "padded":
        out += `&#000${code}`;
        break;
      case "named":
        out += char === ":" ? "&colon;" : char;
        break;
      case "percent":
        out += `%${code.toString(16).padStart(2, "0")}`;
        break;
      case "control":
        out += `\u0001${char}`;
        break;
      default:
        out += char;
    }
  }
  return out + url.slice(colon + 1);
}

/** A dangerous URL in a random mix of disguises: case, controls, entities, percent-escapes. */
export const disguisedUrl = fc
  .tuple(fc.constantFrom(...DANGEROUS), fc.array(fc.constantFrom(...DISGUISES), { minLength: 1, maxLength: 11 }), fc.constantFrom(...LEADS))
  .map(([url, ops, lead]) => disguise(url, ops, lead));

export const hostileUrl = fc.oneof(fc.constantFrom(...HOSTILE_URLS), disguisedUrl);

export const safeUrl = fc.oneof(
  fc.constantFrom(...UNUSUAL_VALID_URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl({ validSchemes: ["http"], authoritySettings: { withIPv4: true, withPort: true } }),
);

/** Any URL a document might hold, safe or hostile. */
export const anyUrl = fc.oneof({ arbitrary: safeUrl, weight: 3 }, { arbitrary: hostileUrl, weight: 2 });

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

/** Text with inline markup: words, emphasis, code, and links to safe or hostile URLs. */
export const inlineText = fc
  .array(
    fc.oneof(
      { arbitrary: piece, weight: 6 },
      { arbitrary: fc.tuple(shortText, anyUrl).map(([label, url]) => `[${label}](${url})`), weight: 2 },
      { arbitrary: shortText.map((inner) => `*${inner}*`), weight: 1 },
      { arbitrary: shortText.map((inner) => `**${inner}**`), weight: 1 },
      { arbitrary: shortText.map((inner) => `\`${inner}\``), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

const nonBlankInline = inlineText.map((value) => (value.trim() ? value : `${value}x`));

/** `Paragraphs`: one string or a list of them. */
export const paragraphs = fc.oneof(inlineText, fc.array(inlineText, { maxLength: 3 }));

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** An ISO date, or a date-time with an offset. */
export const isoDate = fc.oneof(
  isoDay,
  fc
    .tuple(
      isoDay,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom("Z", "+02:00", "-05:30", "+14:00", "-12:00"),
    )
    .map(([day, hour, minute, offset]) => `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00${offset}`),
);

/** Languages with and without labels, right-to-left ones and tags with scripts, regions and extensions. */
export const LANGUAGES = [
  "en",
  "de",
  "fr",
  "nl",
  "es",
  "ja",
  "ar",
  "he",
  "fa",
  "ur",
  "dv",
  "syr",
  "zh-Hant-TW",
  "sr-Latn",
  "az-Arab",
  "hi",
  "th",
  "ko",
  "ru",
  "el",
  "am",
  "tr",
  "pt-BR",
  "de-CH-1996",
  "en-u-ca-buddhist",
  "und",
] as const;

const tags = fc.uniqueArray(nonBlankText, { maxLength: 3, selector: (tag) => tag.trim() });

export const image: fc.Arbitrary<Image> = fc.record(
  {
    src: anyUrl,
    alt: text,
    width: fc.integer({ min: 1, max: 4_000 }),
    height: fc.oneof(fc.integer({ min: 1, max: 4_000 }), fc.double({ min: 0.5, max: 4_000, noNaN: true })),
  },
  { requiredKeys: ["src", "alt"] },
);

export const person: fc.Arbitrary<Person> = fc.record(
  { name: nonBlankText, affiliation: text, role: text, url: anyUrl, avatar: anyUrl },
  { requiredKeys: ["name"] },
);

export const resource: fc.Arbitrary<Resource> = fc.record(
  { kind: fc.constantFrom(...RESOURCE_KINDS), url: anyUrl, label: text },
  { requiredKeys: ["kind", "url"] },
);

const sessionWithoutId: fc.Arbitrary<SessionDocument> = fc.record(
  {
    title: nonBlankText,
    code: text,
    date: isoDate,
    speakers: fc.array(person, { maxLength: 4 }),
    track: text,
    format: fc.constantFrom(...SESSION_FORMATS),
    summary: paragraphs,
    takeaways: fc.array(nonBlankInline, { maxLength: 4 }),
    resources: fc.array(resource, { maxLength: 3 }),
    tags,
  },
  { requiredKeys: ["title", "speakers"] },
);

const MAX_SESSIONS = 6;

/** Session ids: letters of any script, digits, dashes and underscores (ids are used in links), unique within the recap. */
const sessionIds = fc.uniqueArray(
  nonBlankText.map((value) => value.replace(/[^\p{L}\p{M}\p{N}_-]+/gu, "-")).filter((value) => /[\p{L}\p{N}_]/u.test(value)),
  { minLength: MAX_SESSIONS, maxLength: MAX_SESSIONS },
);

export const sessions: fc.Arbitrary<SessionDocument[]> = fc
  .tuple(
    fc.array(sessionWithoutId, { maxLength: MAX_SESSIONS }),
    sessionIds,
    fc.array(fc.boolean(), { minLength: MAX_SESSIONS, maxLength: MAX_SESSIONS }),
  )
  .map(([list, ids, explicit]) => list.map((session, index) => (explicit[index] ? { id: ids[index] as string, ...session } : session)));

export const event: fc.Arbitrary<EventDocument> = fc
  .tuple(
    fc.record(
      {
        name: nonBlankText,
        edition: text,
        location: fc.oneof(text, fc.constantFrom("Virtual", "online", "Valencia, Spain")),
        url: anyUrl,
      },
      { requiredKeys: ["name"] },
    ),
    fc.option(fc.tuple(isoDate, fc.option(isoDate, { nil: undefined })), { nil: undefined }),
  )
  .map(([fields, dates]) => {
    if (!dates) return fields;
    const [start, end] = dates;
    if (end === undefined) return { ...fields, startDate: start };
    // The event cannot end before it starts: order the days.
    return start.slice(0, 10) <= end.slice(0, 10)
      ? { ...fields, startDate: start, endDate: end }
      : { ...fields, startDate: end, endDate: start };
  });

export const relatedRead: fc.Arbitrary<RelatedReadDocument> = fc
  .record({ title: text, url: anyUrl, excerpt: fc.oneof(inlineText, longText), date: isoDate, image }, { requiredKeys: [] })
  // A teaser needs a title or an excerpt.
  .map((read) => (read.title?.trim() || read.excerpt?.trim() ? read : { ...read, title: `${read.title ?? ""}Teaser` }));

export const callToAction: fc.Arbitrary<CallToActionDocument> = fc.record(
  { title: nonBlankText, body: paragraphs, label: text, url: anyUrl },
  { requiredKeys: ["title"] },
);

export const publisher: fc.Arbitrary<Publisher> = fc.record({ name: nonBlankText, url: anyUrl }, { requiredKeys: ["name"] });

/** A valid Recap document: every optional field present or absent, 0 to 6 sessions, unknown extra fields. */
export const recap: fc.Arbitrary<RecapDocument> = fc
  .tuple(
    fc.record(
      {
        title: nonBlankText,
        subtitle: text,
        url: anyUrl,
        language: fc.constantFrom(...LANGUAGES),
        publishedAt: isoDate,
        updatedAt: isoDate,
        authors: fc.array(person, { maxLength: 3 }),
        publisher,
        image,
        tags,
        event,
        intro: paragraphs,
        sessions,
        takeaways: fc.array(nonBlankInline, { maxLength: 3 }),
        outro: paragraphs,
        relatedReads: fc.array(relatedRead, { maxLength: 3 }),
        callToAction,
      },
      { requiredKeys: ["title", "event", "sessions"] },
    ),
    fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  )
  .map(([document, extra]) => (extra === undefined ? document : { ...document, "x-cms-export": extra }));

/**
 * A valid document with one value somewhere inside replaced by anything at all: the documents
 * that are almost right, which are the ones publishers send.
 */
export const brokenRecap: fc.Arbitrary<unknown> = fc
  .tuple(recap, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.anything({ maxDepth: 2, withNullPrototype: true }))
  .map(([document, path, value]) => {
    const copy = structuredClone(document) as unknown as Record<string, unknown>;
    let target = copy;
    for (const [step, choice] of path.entries()) {
      const keys = Object.keys(target);
      if (keys.length === 0) break;
      const key = keys[choice % keys.length] as string;
      const next = target[key];
      if (step === path.length - 1 || next === null || typeof next !== "object") {
        target[key] = value;
        break;
      }
      target = next as Record<string, unknown>;
    }
    return copy;
  });

// ---------------------------------------------------------------------------------------------
// The hostile corpus: hand-written documents for the table-driven tests
// ---------------------------------------------------------------------------------------------

/** Markup that would run script if any string field ever reached the page as HTML. */
export const SCRIPT_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)' x='",
  '<a href="javascript:alert(1)">click</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "</title><script>alert(1)</script>",
  "<style>@import 'javascript:alert(1)'</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<!--<script>-->alert(1)",
  "]]><script>alert(1)</script>",
  "<body onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
] as const;

/** A document with every field of the model present, to be filled with hostile values. */
export function fullDocument(): Record<string, unknown> {
  const person = (name: string, affiliation: string) => ({
    name,
    affiliation,
    role: "Maintainer",
    url: "https://example.com/people/a",
    avatar: "https://example.com/a.png",
  });
  return {
    title: "Our KubeCon highlights",
    subtitle: "What we saw",
    url: "https://example.com/blog/kubecon",
    language: "en",
    publishedAt: "2021-05-10",
    updatedAt: "2021-05-11T09:30:00+02:00",
    authors: [person("Jana Petersen", "Beispiel Beratung")],
    publisher: { name: "Beispiel Beratung GmbH", url: "https://example.com" },
    image: { src: "https://example.com/hero.png", alt: "The stage", width: 1200, height: 630 },
    tags: ["Kubernetes", "Security"],
    event: {
      name: "KubeCon Europe",
      edition: "2021",
      startDate: "2021-05-04",
      endDate: "2021-05-07",
      location: "Virtual",
      url: "https://events.example/kubecon",
    },
    intro: ["The intro, with [a link](https://example.com/intro)."],
    sessions: [
      {
        id: "hacking-kubernetes",
        title: "Hacking into Kubernetes security",
        code: "SEC101",
        date: "2021-05-05",
        speakers: [person("Ellen Körbes", "Tilt"), person("Tabitha Sable", "Datadog")],
        track: "Security",
        format: "talk",
        summary: ["The summary, with *emphasis*."],
        takeaways: ["Patch early", "Read the [docs](https://example.com/docs)"],
        resources: [{ kind: "slides", url: "https://example.com/slides", label: "The slides" }],
        tags: ["security"],
      },
      { title: "Opening keynotes", date: "2021-05-04", speakers: [] },
    ],
    takeaways: ["Upgrade often"],
    outro: "See you next year.",
    relatedReads: [
      {
        title: "Another recap",
        url: "https://example.com/other",
        excerpt: "What others wrote.",
        date: "2021-05-12",
        image: { src: "https://example.com/other.png", alt: "" },
      },
      { url: "https://example.com/untitled", excerpt: "A teaser without a title." },
    ],
    callToAction: { title: "Talk to us", body: "We help with Kubernetes.", label: "Get in touch", url: "mailto:hello@example.com" },
  };
}

/** Keys whose strings are URLs. */
const URL_KEYS = new Set(["url", "avatar", "src"]);
/** Keys whose strings must be a date, a language, an enumeration value or an id. */
const STRICT_KEYS = new Set(["language", "publishedAt", "updatedAt", "startDate", "endDate", "date", "format", "kind", "id"]);
/** Keys whose strings may carry inline markup. */
export const INLINE_KEYS = new Set(["intro", "summary", "takeaways", "outro", "excerpt", "body"]);

/**
 * A copy of `value` with its strings replaced: free text by `text(original, key)`, URLs by
 * `url(original, key)`. Dates, languages, enumerations and ids are kept.
 */
export function mapStrings(
  value: unknown,
  replace: { text?: (original: string, key: string) => string; url?: (original: string, key: string) => string },
  key = "",
): unknown {
  if (typeof value === "string") {
    if (URL_KEYS.has(key)) return replace.url ? replace.url(value, key) : value;
    if (STRICT_KEYS.has(key)) return value;
    return replace.text ? replace.text(value, key) : value;
  }
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, mapStrings(item, replace, name)]));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Oracles: independent checks that rendered output is judged by
// ---------------------------------------------------------------------------------------------

/** The page the output is imagined on. Relative URLs resolve against it. */
export const BASE = "https://base.example/recaps/";

/** The protocol a browser gives `value` as a link on {@link BASE}; `undefined` if it is not a URL at all. */
export function protocolOf(value: string, base = BASE): string | undefined {
  try {
    return new URL(value, base).protocol;
  } catch {
    return undefined;
  }
}

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const IMAGE_PROTOCOLS = new Set(["http:", "https:"]);

/** Elements a rendered recap may contain; anything else means data became markup. */
const ELEMENTS = new Set([
  "article",
  "header",
  "section",
  "nav",
  "div",
  "p",
  "span",
  "a",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "bdi",
  "time",
  "img",
  "em",
  "strong",
  "code",
  "svg",
  "path",
  "script",
  // The standalone page wraps the article in <main>; React preloads a hero image with a <link>.
  "main",
  "link",
]);

/** Attributes that load or run something, which recap-kit never writes. */
const FORBIDDEN_ATTRIBUTES = new Set(["srcset", "srcdoc", "action", "formaction", "poster", "background", "ping", "xlink:href", "data"]);

/** True when a browser on an http or https page would leave the page's origin for `href`. */
function leavesOrigin(href: string): boolean {
  return ["https://base.example/", "http://base.example/"].some((base) => {
    try {
      const url = new URL(href, base);
      return (url.protocol === "http:" || url.protocol === "https:") && url.origin !== new URL(base).origin;
    } catch {
      return false;
    }
  });
}

/**
 * Everything in `root` that is not inert: elements other than the known ones, scripts other
 * than the one structured-data block, event handlers, and `href`/`src` values that a browser
 * would resolve to anything but http(s) (and mailto for links). Empty when all is well.
 */
export function inertnessProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    const tag = element.localName;
    if (!ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    if (tag === "script" && element.getAttribute("type") !== "application/ld+json") problems.push("a script that is not JSON-LD");
    const preload = tag === "link" && element.getAttribute("rel") === "preload" && element.getAttribute("as") === "image";
    if (tag === "link" && !preload) problems.push(`<link rel=${JSON.stringify(element.getAttribute("rel"))}> element`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) problems.push(`${lower} attribute on <${tag}>`);
      if (FORBIDDEN_ATTRIBUTES.has(lower)) problems.push(`${lower} attribute on <${tag}>`);
      if (lower === "style" && /url\s*\(|expression|@import|javascript/i.test(value)) problems.push(`style ${JSON.stringify(value)}`);
      if (lower === "href" && !(preload ? IMAGE_PROTOCOLS : LINK_PROTOCOLS).has(protocolOf(value) ?? ""))
        problems.push(`href ${JSON.stringify(value)} on <${tag}>`);
      if (lower === "src" && !IMAGE_PROTOCOLS.has(protocolOf(value) ?? "")) problems.push(`src ${JSON.stringify(value)} on <${tag}>`);
    }
    const href = element.getAttribute("href");
    if (tag === "a" && href !== null && leavesOrigin(href)) {
      const rel = (element.getAttribute("rel") ?? "").split(/\s+/);
      if (!rel.includes("noopener") || !rel.includes("noreferrer"))
        problems.push(`external link ${JSON.stringify(href)} without rel="noopener noreferrer"`);
    }
  }
  return problems;
}

/** Text as an HTML parser hands it back: line breaks normalised, NUL characters gone. */
export function asParsed(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/\0/g, "");
}

/** The visible text of `root`: every text node outside scripts, as a reader (or screen reader) gets it, as parsed. */
export function visibleText(root: Node): string {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("script, style, title")) continue;
    out += node.nodeValue ?? "";
  }
  return asParsed(out);
}

/** Parses an HTML page or fragment the way a browser would. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html.startsWith("<!doctype") ? html : `<!doctype html><body>${html}`, "text/html");
}

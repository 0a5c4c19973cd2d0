// Schemas that must not compile, checked by `npm run typecheck` (never run). Each
// `@ts-expect-error` marks one mistake that `Schema<T>` (src/model/rules.ts) catches: were the
// mapped type loosened so that the mistake compiled, the directive would be unused and the
// typecheck would fail. A field of the type left out of its schema: model.schema.test.ts.
import type { Image, Publisher, Resource, SessionDocument } from "../src/model/index.js";
import { choice, link, list, object, pixels, type Rule, text } from "../src/model/rules.js";
import { recap } from "../src/model/schema.js";
import { RESOURCE_KINDS, SESSION_FORMATS } from "../src/model/types.js";

export function aFieldTheTypeDoesNotHave(): void {
  object<Publisher>("describing the publisher", {
    name: [text, "The publisher needs a name."],
    url: link,
    // @ts-expect-error 'logo' is not a field of Publisher.
    logo: link,
  });
}

export function aRuleOfTheWrongType(): void {
  object<Image>("describing an image", {
    src: [text, "An image needs its address."],
    alt: [text, "An image needs its alternative text."],
    // @ts-expect-error a width is a number, not text.
    width: text,
    height: pixels,
  });
  object<Resource>("describing a resource", {
    // @ts-expect-error a session format is not a resource kind.
    kind: [choice(SESSION_FORMATS, "session format"), "Say what the link leads to."],
    url: [link, "A resource needs the address it links to."],
    // @ts-expect-error a label is one text, not a list.
    label: list(text),
  });
}

export function aRequiredFieldWithoutItsSentenceAndAnOptionalOneWithIt(): void {
  object<Publisher>("describing the publisher", {
    // @ts-expect-error the name is required: its rule comes with the sentence that says why.
    name: text,
    url: link,
  });
  object<Publisher>("describing the publisher", {
    name: [text, "The publisher needs a name."],
    // @ts-expect-error the url may be left out: there is no sentence to say.
    url: [link, "The publisher needs a url."],
  });
}

export function rulesTypedByWhatTheyGive(): Rule<"slides">[] {
  const kind = choice(RESOURCE_KINDS, "resource kind");
  // @ts-expect-error the recap rule gives a RecapDocument, not a session.
  const session: Rule<SessionDocument> = recap;
  void session;
  // @ts-expect-error a resource kind is not only "slides".
  return [kind];
}

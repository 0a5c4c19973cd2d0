/** Front matter values are YAML: a title with a colon or a quote stays one string. */
function yamlString(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, " ").trim());
}

/**
 * A starter Markdown recap: every section, each with short guidance in an HTML comment (the
 * reader ignores comments) and TODO: texts where the writer's words go, which `check` lists as
 * to-dos. It is valid as it is.
 */
export function starterRecap(title = "TODO: the article's title", event = "TODO: the event's name"): string {
  return `---
# The article's fields. Dates are YYYY-MM-DD. Delete what you do not need.
title: ${yamlString(title)}
language: en
publishedAt: ${new Date().toISOString().slice(0, 10)}
authors:
  - name: "TODO: your name"
    affiliation: "TODO: your organisation"
event:
  name: ${yamlString(event)}
  # startDate: 2026-05-04
  # endDate: 2026-05-07
  # location: Amsterdam
  # url: https://example.com/the-event
---

TODO: the intro, a paragraph or two before the first session: why you went, what stood out.

<!--
  Every "## heading" is a session. Right under it, a list of details, one "Key: value" a line:
  Speakers (Name, Organisation & Name (Role), Organisation), Track, Format (keynote, talk,
  panel, workshop, lightning, other), Date, Code, Tags, and links: Slides, Recording, Repo,
  Article, Docs, Link. Then a blank line, then the summary paragraphs.
-->

## TODO: the first session's title

- Speakers: TODO: Name, Organisation
- Format: talk
- Recording: https://example.com/recording

TODO: what the session was about, in a paragraph or two.

### Key takeaways

- TODO: the first thing to remember.
- TODO: the second.

## TODO: the second session's title

- Speakers: TODO: Name, Organisation & TODO: Name, Organisation
- Format: panel

TODO: what the session was about.

<!-- The sections below end their heading with a marker; the heading's words are yours. -->

## Our takeaways {.takeaways}

- TODO: what the whole event taught you.

## In closing {.outro}

TODO: the closing words.

## Related reads {.related-reads}

<!-- One item per read: a title line ([Title](url), optionally with a date in parentheses), then an indented excerpt. -->

- [TODO: the title of a related article](https://example.com/blog/related) (2026-01-31)

  TODO: one sentence on why it is worth reading.

## TODO: the call to action's title {.call-to-action}

TODO: one sentence on what the reader can do next.

- Button: [TODO: the button's words](https://example.com/contact)
`;
}

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RecapHeader } from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import { de } from "../src/labels/de.js";
import { ja } from "../src/labels/ja.js";
import { jsonControl, labelsControl, languageControl, mobileViewport, selectControl, textControl } from "./docs/controls.js";
import { LeftAndRight, LightAndDark } from "./docs/SideBySide.js";
import { cloudTage, kubecon } from "./fixture.js";

const meta = {
  title: "Components/RecapHeader",
  component: RecapHeader,
  // The docs page is RecapHeader.mdx, where each example (an h1) is a frame of its own.
  tags: ["!autodocs"],
  parameters: { docs: { story: { inline: false, height: "20rem" } } },
  args: { authors: [], tags: [] },
  argTypes: {
    event: jsonControl("Event", "{ name, edition?, startDate?, endDate?, location?, url? }"),
    authors: jsonControl("Person[]", "Who wrote the recap."),
    publisher: jsonControl("Publisher", "{ name, url? }"),
    tags: jsonControl("string[]", "Tags, shown as '#words'."),
    image: jsonControl("Image", "{ src, alt, width?, height? }"),
    conjunction: selectControl(["and", "ampersand"], "How the authors' names are joined."),
    publishedAt: textControl('When the recap was published: an ISO date ("2021-05-10").'),
    updatedAt: textControl("When it was last updated: an ISO date."),
    publishedText: textControl("The publication date as written for readers; leave empty to have it written in the recap's language."),
    updatedText: textControl("The update date as written for readers; leave empty to have it written."),
    language: languageControl,
    labels: labelsControl,
  },
} satisfies Meta<typeof RecapHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real recap's header: the event with its dates, the one `h1`, and the reading time parseRecap worked out. */
export const FromTheSeed: Story = {
  args: { title: kubecon.title, event: kubecon.event, readingMinutes: kubecon.readingMinutes },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(kubecon.title);
    await expect([...canvasElement.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      "2021-05-04",
      "2021-05-07",
    ]);
  },
};

/** Every field, from the parsed German recap: subtitle, authors with roles and a profile link, published and updated dates in German, tags. */
export const Everything: Story = {
  args: {
    title: cloudTage.title,
    subtitle: cloudTage.subtitle,
    event: cloudTage.event,
    authors: cloudTage.authors,
    publisher: cloudTage.publisher,
    publishedAt: cloudTage.publishedAt,
    publishedText: cloudTage.publishedText,
    updatedAt: cloudTage.updatedAt,
    updatedText: cloudTage.updatedText,
    tags: cloudTage.tags,
    readingMinutes: cloudTage.readingMinutes,
    language: "de",
    labels: de,
  },
  parameters: { lang: "de" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Jana Petersen" })).toHaveAttribute(
      "href",
      "https://beispiel-beratung.de/team/jana-petersen",
    );
    await expect(canvas.getByRole("list", { name: "Schlagwörter" })).toBeVisible();
    await expect(canvasElement).toHaveTextContent("10.–11. September 2024");
  },
};

/** A hero image with its size reserved, so nothing shifts while it loads. */
export const WithImage: Story = {
  args: {
    title: kubecon.title,
    event: kubecon.event,
    image: { src: "/assets/teaser.svg", alt: "A stylised landscape under a yellow sun", width: 640, height: 360 },
  },
};

/** A one-day event in Japanese, written by hand: one date, written here in Japanese (no parseRecap to write it), Japanese labels. */
export const Japanese: Story = {
  args: {
    title: "KubeCon Japan 2025 参加レポート",
    event: { name: "KubeCon + CloudNativeCon Japan", edition: "2025", startDate: "2025-06-16", endDate: "2025-06-16", location: "東京" },
    publishedAt: "2025-06-20",
    readingMinutes: 4,
    language: "ja",
    labels: ja,
  },
  parameters: { lang: "ja" },
};

/** Only what is required: the title and the event's name. */
export const Minimal: Story = { args: { title: "Notes from a meetup", event: { name: "Cloud Native Meetup" } } };

/** Light and dark next to each other. */
export const LightAndDarkSideBySide: Story = {
  args: {
    title: cloudTage.title,
    subtitle: cloudTage.subtitle,
    event: cloudTage.event,
    authors: cloudTage.authors,
    tags: cloudTage.tags,
    language: "de",
    labels: de,
  },
  render: (args) => <LightAndDark>{() => <RecapHeader {...args} />}</LightAndDark>,
};

/** Left to right and right to left next to each other. */
export const LeftToRightAndRightToLeft: Story = {
  args: { title: kubecon.title, event: kubecon.event },
  render: () => (
    <LeftAndRight
      rtlLang="ar"
      ltr={
        <RecapHeader
          title={kubecon.title}
          event={kubecon.event}
          authors={cloudTage.authors}
          readingMinutes={kubecon.readingMinutes}
          tags={cloudTage.tags}
        />
      }
      rtl={
        <RecapHeader
          title="ملخص Cloud Native Arabia 2025"
          event={{ name: "Cloud Native Arabia", edition: "2025", startDate: "2025-02-10", endDate: "2025-02-11", location: "الرياض" }}
          authors={[{ name: "ليلى حداد", affiliation: "شركة السحابة" }]}
          readingMinutes={5}
          tags={["Kubernetes", "أمن"]}
          language="ar"
          labels={ar}
        />
      }
    />
  ),
};

/** On a phone (375 px): the event line wraps cleanly, never starting a line with "·", and does not repeat the title. */
export const OnAPhone: Story = {
  args: { title: kubecon.title, event: kubecon.event, readingMinutes: kubecon.readingMinutes, publishedAt: "2021-05-12" },
  globals: mobileViewport,
};

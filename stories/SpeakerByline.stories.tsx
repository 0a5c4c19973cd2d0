import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SpeakerByline } from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import { de } from "../src/labels/de.js";
import { ja } from "../src/labels/ja.js";
import { jsonControl, labelsControl, languageControl, mobileViewport, optionalBooleanControl, selectControl } from "./docs/controls.js";
import { LeftAndRight, LightAndDark } from "./docs/SideBySide.js";
import { arabicSpeakers, japaneseSpeakers, longNames, panelOfTen, seed } from "./people.js";

const meta = {
  title: "Components/SpeakerByline",
  component: SpeakerByline,
  // The docs page is SpeakerByline.mdx.
  tags: ["!autodocs"],
  args: { speakers: seed.dod },
  argTypes: {
    speakers: jsonControl("Person[]", "Who spoke: { name, affiliation?, role?, url?, avatar? } each, in order."),
    variant: selectControl(
      ["inline", "list"],
      "A sentence, or one row per person (default: a list from five people, or three with roles).",
    ),
    conjunction: selectControl(["and", "ampersand"], "How the last names are joined."),
    avatarSize: { control: { type: "number", min: 16, max: 96, step: 4 } },
    showAvatars: optionalBooleanControl("Show avatars (the picture, or initials): by default in the list layout, not in a sentence."),
    language: languageControl,
    labels: labelsControl,
  },
} satisfies Meta<typeof SpeakerByline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two speakers of one organisation, grouped as a recap writer would: the seed's DoD talk. */
export const SameOrganisation: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("p")).toHaveTextContent("Michael Medellin and Gordon Tillman, Department of Defense");
  },
};

/** Different organisations stay with their people: the seed's security talk. */
export const DifferentOrganisations: Story = {
  args: { speakers: seed.tiltAndDatadog },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("p")).toHaveTextContent("Ellen Körbes, Tilt and Tabitha Sable, Datadog");
  },
};

/** The "&" style, as the seed's writers wrote it by hand. */
export const Ampersand: Story = {
  args: { speakers: seed.tiltAndDatadog, conjunction: "ampersand" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("p")).toHaveTextContent("Ellen Körbes, Tilt & Tabitha Sable, Datadog");
  },
};

export const OneSpeaker: Story = { args: { speakers: seed.kong } };

/** A moderator and linked profiles: the role is shown with the person, the name is the link. */
export const RolesAndLinks: Story = {
  args: { speakers: panelOfTen.slice(0, 3) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Priyanka Sharma" })).toHaveAttribute("href", "https://www.cncf.io/");
    await expect(canvas.getByText("Moderator")).toBeVisible();
  },
};

/** A panel of ten: from five people on, a byline is a list of rows, in even columns. */
export const PanelOfTen: Story = {
  args: { speakers: panelOfTen },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("listitem")).toHaveLength(10);
  },
};

/** The same panel forced inline: organisations that repeat next to each other are grouped, every person moves to the next line whole. */
export const PanelOfTenInline: Story = { args: { speakers: panelOfTen, variant: "inline" } };

/** One row per speaker, with avatars: pictures, initials where there is none, and a broken image that falls back to initials. */
export const ListWithAvatars: Story = {
  args: { speakers: panelOfTen, variant: "list" },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items).toHaveLength(10);
    for (const image of canvasElement.querySelectorAll("img")) {
      await expect(image).toHaveAttribute("loading", "lazy");
      await expect(image).toHaveAttribute("alt", "");
    }
  },
};

/** No avatar at all: initials from the first graphemes of the name ("ÉK", "İY", "山"). */
export const InitialsOnly: Story = {
  args: {
    variant: "list",
    speakers: [
      { name: "Ellen Körbes", affiliation: "Tilt" },
      { name: "İlke Yılmaz" },
      { name: "Madonna" },
      { name: "@jbeda", role: "Host" },
      { name: "山田 太郎", affiliation: "サイボウズ" },
    ],
  },
};

/** The image fails to load: the initials beneath it show through, without any script. */
export const BrokenAvatar: Story = {
  args: { variant: "list", speakers: [{ name: "Cornelia Davis", affiliation: "Weaveworks", avatar: "/assets/avatars/missing.png" }] },
};

/** Names never truncate: they wrap. */
export const LongNames: Story = { args: { speakers: longNames } };

export const LongNamesList: Story = { args: { speakers: longNames, variant: "list" } };

/** Right-to-left names in a right-to-left byline, one left-to-right name isolated among them. */
export const RightToLeft: Story = {
  args: { speakers: arabicSpeakers, language: "ar", labels: ar },
  play: async ({ canvasElement }) => {
    // Arabic punctuation from the Arabic labels: "،" and "؛", never "," or ";".
    await expect(canvasElement.textContent).not.toMatch(/[,;]/);
  },
  parameters: { direction: "rtl", lang: "ar" },
};

/** A right-to-left name inside a left-to-right byline cannot scramble it: every name is a `<bdi>`. */
export const MixedDirections: Story = {
  args: { speakers: [arabicSpeakers[0], ...seed.tiltAndDatadog].filter((p) => p !== undefined) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("bdi.rk-SpeakerByline-name")).toHaveLength(3);
  },
};

/** Japanese joining words: 「、」 and 「と」 come from Intl.ListFormat. */
export const Japanese: Story = {
  args: {
    speakers: japaneseSpeakers,
    language: "ja",
    labels: ja,
  },
  parameters: { lang: "ja" },
};

/** German joining words, with the German labels. */
export const German: Story = {
  args: { speakers: seed.tiltAndDatadog, language: "de", labels: de },
  parameters: { lang: "de" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("p")).toHaveTextContent("Ellen Körbes, Tilt und Tabitha Sable, Datadog");
  },
};

/** No speakers (an "Opening keynotes" session): nothing at all is rendered. */
export const NoSpeakers: Story = {
  args: { speakers: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-SpeakerByline")).toBeNull();
  },
};

/** Light and dark next to each other: names in the text's colour, organisations and joining words quieter. */
export const LightAndDarkSideBySide: Story = {
  render: () => <LightAndDark>{() => <SpeakerByline speakers={panelOfTen.slice(0, 3)} />}</LightAndDark>,
};

/** Left to right and right to left next to each other, in lists with avatars. */
export const LeftToRightAndRightToLeft: Story = {
  render: () => (
    <LeftAndRight
      rtlLang="ar"
      ltr={<SpeakerByline speakers={panelOfTen.slice(0, 3)} variant="list" />}
      rtl={<SpeakerByline speakers={arabicSpeakers} variant="list" language="ar" labels={ar} />}
    />
  ),
};

/** On a phone (375 px): "Tabitha Sable, Datadog" moves to the next line whole instead of breaking after "Tabitha". */
export const OnAPhone: Story = { args: { speakers: [...seed.tiltAndDatadog, ...seed.dod] }, globals: mobileViewport };

/** Keyboard focus on a linked name. */
export const FocusedName: Story = {
  args: { speakers: panelOfTen.slice(0, 2), variant: "inline" },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole("link", { name: "Priyanka Sharma" });
    await expect(link).toHaveFocus();
    await expect(getComputedStyle(link).outlineStyle).toBe("solid");
  },
};

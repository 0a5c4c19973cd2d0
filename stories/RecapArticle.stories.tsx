import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RecapArticle } from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import { de } from "../src/labels/de.js";
import { hidden, labelsControl, mobileViewport, selectControl } from "./docs/controls.js";
import { cloudArabia, cloudTage, kubecon } from "./fixture.js";

const meta = {
  title: "Components/RecapArticle",
  component: RecapArticle,
  // The docs page is RecapArticle.mdx.
  tags: ["!autodocs"],
  args: { recap: kubecon },
  argTypes: {
    recap: {
      control: "object",
      description: "The parsed recap: what parseRecap(document) returns, where the document enters (server, build step).",
      table: { type: { summary: "Recap" } },
    },
    sessionAppearance: selectControl(["section", "card"], "Sessions as open sections with rules between them, or as cards."),
    conjunction: selectControl(["and", "ampersand"], "How bylines join the last names."),
    labels: labelsControl,
    structuredData: hidden,
    components: { table: { disable: true } },
  },
  // On the docs page each whole article is a frame of its own, a screen high: the page stays short,
  // its outline keeps one h1, and the examples are set in the page's type, not the docs'.
  parameters: { docs: { story: { inline: false, height: "40rem" } } },
} satisfies Meta<typeof RecapArticle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real recap: sessions as open sections, the outline in the type sizes (title > session > takeaways). */
export const OpenSections: Story = {
  play: async ({ canvasElement }) => {
    const size = (selector: string) => Number.parseFloat(getComputedStyle(canvasElement.querySelector(selector) as Element).fontSize);
    await expect(size(".rk-RecapHeader-title")).toBeGreaterThan(size(".rk-SessionCard-title"));
    await expect(size(".rk-SessionCard-title")).toBeGreaterThan(size(".rk-SessionCard .rk-TakeawayList-heading"));
  },
};

/** The same recap with every session in a card of its own. */
export const SessionsAsCards: Story = { args: { sessionAppearance: "card" } };

/** Over two days, in German (`labels={de}`): the day heading is the section, a session's title one step smaller, its takeaways smaller still. */
export const GroupedByDay: Story = {
  args: { recap: cloudTage, labels: de },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const size = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
    const day = canvas.getAllByRole("heading", { level: 2 })[0] as Element;
    const session = canvas.getAllByRole("heading", { level: 3 })[0] as Element;
    const takeaways = canvas.getAllByRole("heading", { level: 4 })[0] as Element;
    await expect(size(day)).toBeGreaterThan(size(session));
    await expect(size(session)).toBeGreaterThan(size(takeaways));
  },
};

/** Right to left, from its language, with the Arabic labels. */
export const RightToLeft: Story = { args: { recap: cloudArabia, labels: ar } };

/** On a phone (375 px). */
export const OnAPhone: Story = { globals: mobileViewport };

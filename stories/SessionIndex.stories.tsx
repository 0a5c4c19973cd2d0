import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { SessionIndex } from "../src/index.js";
import { jsonControl, labelsControl, mobileViewport } from "./docs/controls.js";
import { kubecon } from "./fixture.js";

const meta = {
  title: "Components/SessionIndex",
  component: SessionIndex,
  // The docs page is SessionIndex.mdx.
  tags: ["!autodocs"],
  args: { sessions: kubecon.sessions },
  argTypes: {
    sessions: jsonControl("Session[]", "The sessions to link to, in order: their titles and ids."),
    labels: labelsControl,
  },
} satisfies Meta<typeof SessionIndex>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A navigation landmark with a link to every session's anchor. */
export const FromTheSeed: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole("navigation", { name: "Sessions in this recap" });
    const links = within(nav).getAllByRole("link");
    await expect(links).toHaveLength(7);
    await expect(links[6]).toHaveAttribute("href", "#hacking-into-kubernetes-security");
  },
};

/** Sessions without ids get the same derived, unique anchors as in RecapArticle. */
export const DerivedAnchors: Story = {
  args: {
    sessions: [{ title: "Lightning talks" }, { title: "Lightning talks" }],
  },
  play: async ({ canvasElement }) => {
    const hrefs = within(canvasElement)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    await expect(hrefs).toEqual(["#lightning-talks", "#lightning-talks-2"]);
  },
};

/** No sessions: no empty navigation. */
export const Empty: Story = {
  args: { sessions: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("navigation")).toBeNull();
  },
};

/** On a phone (375 px): long titles wrap under their numbers. */
export const OnAPhone: Story = { globals: mobileViewport };

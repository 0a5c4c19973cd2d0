import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Prose } from "../src/index.js";
import { kubecon, parsed } from "./fixture.js";

const meta = {
  title: "Components/Prose",
  component: Prose,
  tags: ["autodocs"],
  args: { paragraphs: kubecon.sessions[5]?.summary },
} satisfies Meta<typeof Prose>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Paragraphs of a summary with an inline link, as real `<p>` elements. */
export const FromTheSeed: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("p")).toHaveLength(4);
    await expect(within(canvasElement).getByRole("link", { name: "cncf/podtato-head" })).toHaveAttribute(
      "href",
      "https://github.com/cncf/podtato-head",
    );
  },
};

/** Only the first paragraph, as compact cards show it. */
export const FirstOnly: Story = {
  args: { firstOnly: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("p")).toHaveLength(1);
  },
};

/** Every kind of inline markup, read by parseRecap, and markup that stays text. */
export const InlineMarkup: Story = {
  args: {
    paragraphs: parsed({
      intro: ["**Strong**, *emphasis*, `code` and [a link](https://kubernetes.io/).", "<b>Not bold</b> and an *unclosed emphasis."],
    }).intro,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("strong, em, code, a")).toHaveLength(4);
    await expect(canvasElement.querySelector("b")).toBeNull();
  },
};

/** Plain strings, written by hand, are shown as written: inline markup is read only by parseRecap. */
export const PlainStrings: Story = {
  args: { paragraphs: ["**Not strong** and [not a link](https://kubernetes.io/)."] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("strong, a")).toHaveLength(0);
    await expect(canvasElement.querySelector("p")).toHaveTextContent("**Not strong** and [not a link](https://kubernetes.io/).");
  },
};

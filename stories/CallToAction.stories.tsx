import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { CallToAction } from "../src/index.js";
import { kubecon } from "./fixture.js";

const meta = {
  title: "Components/CallToAction",
  component: CallToAction,
  tags: ["autodocs"],
} satisfies Meta<typeof CallToAction>;

export default meta;
type Story = StoryObj<typeof meta>;

const seed = kubecon.callToAction ?? { title: "" };

/** With a URL, the label is one link, styled as a button. */
export const WithLink: Story = {
  args: { ...seed, url: "https://example.com/contact" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("link", { name: "Get in touch" })).toHaveAttribute("href", "https://example.com/contact");
  },
};

/** The seed's call to action has no URL: its label is shown as text, never as a dead button. */
export const FromTheSeedWithoutUrl: Story = {
  args: { ...seed },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
    await expect(canvasElement).toHaveTextContent("Get in touch");
  },
};

/** A mail link. */
export const MailLink: Story = { args: { title: "Questions about this recap?", label: "Write to us", url: "mailto:recaps@example.com" } };

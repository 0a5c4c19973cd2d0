import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { CallToAction } from "../src/index.js";
import { jsonControl } from "./docs/controls.js";
import { LightAndDark } from "./docs/SideBySide.js";
import { kubecon } from "./fixture.js";

const meta = {
  title: "Components/CallToAction",
  component: CallToAction,
  // The docs page is CallToAction.mdx.
  tags: ["!autodocs"],
  argTypes: {
    body: jsonControl(
      "RichText[] | string",
      "A few words: parseRecap's rich text (inline markup read), or a plain string or strings, shown as written.",
    ),
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
  },
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

/** The seed's call to action has no URL: a note, with a rule at its start and its label as text, never a dead button. */
export const FromTheSeedWithoutUrl: Story = {
  args: { ...seed },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
    await expect(canvasElement).toHaveTextContent("Get in touch");
  },
};

/** A mail link: on paper, the address is printed after the label. */
export const MailLink: Story = {
  args: { title: "Questions about this recap?", label: "Write to us", url: "mailto:recaps@example.com" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-CallToAction")).toHaveAttribute("data-action", "mail");
    await expect(canvasElement.querySelector(".rk-CallToAction-action")).toHaveAttribute("data-address", "recaps@example.com");
  },
};

/** A link and a note next to each other, light and dark. */
export const LightAndDarkSideBySide: Story = {
  args: { ...seed },
  render: (args) => (
    <LightAndDark>
      {() => (
        <div style={{ display: "grid", gap: "1rem" }}>
          <CallToAction {...args} url="https://example.com/contact" />
          <CallToAction {...args} />
        </div>
      )}
    </LightAndDark>
  ),
};

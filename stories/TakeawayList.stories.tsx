import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { TakeawayList } from "../src/index.js";
import { jsonControl, labelsControl, mobileViewport } from "./docs/controls.js";
import { LightAndDark } from "./docs/SideBySide.js";
import { kubecon, parsed } from "./fixture.js";

const meta = {
  title: "Components/TakeawayList",
  component: TakeawayList,
  // The docs page is TakeawayList.mdx.
  tags: ["!autodocs"],
  args: { takeaways: kubecon.sessions[6]?.takeaways, headingLevel: 2 },
  argTypes: {
    takeaways: jsonControl(
      "RichText[] | string[]",
      "What to remember, one sentence each: parseRecap's rich text (inline markup read), or plain strings, shown as written.",
    ),
    heading: { control: "text" },
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    labels: labelsControl,
  },
} satisfies Meta<typeof TakeawayList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Key takeaways", level: 2 })).toBeVisible();
    await expect(canvas.getAllByRole("listitem")).toHaveLength(3);
  },
};

/** Numbered, when the order matters. */
export const Ordered: Story = { args: { ordered: true } };

export const CustomHeading: Story = { args: { heading: "What we will do on Monday" } };

/** Without a visible heading, the list still has an accessible name. */
export const WithoutHeading: Story = {
  args: { heading: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("list", { name: "Key takeaways" })).toBeVisible();
  },
};

/** Inline markup in items, read by parseRecap: links, emphasis, strong and code. */
export const InlineMarkup: Story = {
  args: {
    takeaways: parsed({
      takeaways: [
        "Try the demo in [cncf/podtato-head](https://github.com/cncf/podtato-head).",
        "**Always** configure RBAC, *and* add network policies.",
        "Run `kubectl auth can-i --list` to see what you may do.",
      ],
    }).takeaways,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("li strong, li em, li code, li a")).toHaveLength(4);
    await expect(within(canvasElement).getByRole("link", { name: "cncf/podtato-head" })).toHaveAttribute(
      "href",
      "https://github.com/cncf/podtato-head",
    );
  },
};

/** Plain strings, written by hand, are shown as written: inline markup is read only by parseRecap. */
export const PlainStrings: Story = {
  args: { takeaways: ["**Always** configure RBAC.", "Read [the docs](https://kubernetes.io/)."] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("li strong, li a")).toHaveLength(0);
    await expect(canvasElement).toHaveTextContent("**Always** configure RBAC.");
  },
};

/** An empty list renders nothing at all: no orphan heading. */
export const Empty: Story = {
  args: { takeaways: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("heading")).toBeNull();
  },
};

/** Light and dark next to each other. */
export const LightAndDarkSideBySide: Story = {
  render: (args) => <LightAndDark>{() => <TakeawayList {...args} />}</LightAndDark>,
};

/** On a phone (375 px). */
export const OnAPhone: Story = { globals: mobileViewport };

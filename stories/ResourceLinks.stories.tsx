import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { ResourceLinks } from "../src/index.js";
import { jsonControl, labelsControl } from "./docs/controls.js";
import { LightAndDark } from "./docs/SideBySide.js";

const meta = {
  title: "Components/ResourceLinks",
  component: ResourceLinks,
  // The docs page is ResourceLinks.mdx.
  tags: ["!autodocs"],
  argTypes: {
    resources: jsonControl("Resource[]", "{ kind: slides | recording | repo | article | docs | other, url, label? } each."),
    labels: labelsControl,
  },
  args: {
    sessionTitle: "Hacking into Kubernetes Security",
    resources: [
      { kind: "slides", url: "https://static.sched.com/hosted_files/kccnceu2021/hacking.pdf" },
      { kind: "recording", url: "https://www.youtube.com/watch?v=GtrkIuq5T3M" },
      { kind: "repo", url: "https://github.com/kubernetes/kubernetes" },
      { kind: "article", url: "/blog/kubernetes-security" },
      { kind: "docs", url: "https://kubernetes.io/docs/concepts/security/" },
      { kind: "other", url: "mailto:security@kubernetes.io", label: "Report a vulnerability" },
    ],
  },
} satisfies Meta<typeof ResourceLinks>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One of each kind, with the default label per kind and a decorative icon. */
export const AllKinds: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Slides for “Hacking into Kubernetes Security”" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: /^Repository/ })).toHaveAttribute("rel", "noopener noreferrer");
  },
};

/** Labels from the document win over the defaults. */
export const CustomLabels: Story = {
  args: {
    sessionTitle: "Contour",
    resources: [{ kind: "repo", url: "https://github.com/projectcontour/contour", label: "Contour on GitHub" }],
  },
};

/** A URL that may not be a link is shown as text, never as an href. */
export const RefusedUrl: Story = {
  args: {
    resources: [
      { kind: "slides", url: "javascript:alert(document.cookie)" },
      { kind: "recording", url: "https://www.youtube.com/watch?v=GtrkIuq5T3M" },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("link")).toHaveLength(1);
    await expect(canvasElement).toHaveTextContent("javascript:alert(document.cookie)");
  },
};

/** A very long label and an unbroken URL wrap instead of overflowing. */
export const LongLabel: Story = {
  args: {
    resources: [
      {
        kind: "other",
        url: "javascript:void(0)/averyveryveryveryveryveryveryveryveryveryverylongunbrokenpathsegment",
        label: "The complete annotated transcript of the session, with every question from the audience",
      },
    ],
  },
};

/** Light and dark next to each other. */
export const LightAndDarkSideBySide: Story = {
  render: (args) => <LightAndDark>{() => <ResourceLinks {...args} />}</LightAndDark>,
};

/** Keyboard focus on a resource: a ring around the button. */
export const FocusedResource: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getAllByRole("link")[0] as HTMLElement;
    await expect(link).toHaveFocus();
    await expect(getComputedStyle(link).outlineStyle).toBe("solid");
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  },
};

/**
 * The pointer over a resource underlines its label. Point at it to see it: a play function sends
 * synthetic events, which CSS :hover does not see; test/browser/design.test.tsx checks it with a real pointer.
 */
export const HoveredResource: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getAllByRole("link")[0] as HTMLElement;
    await userEvent.hover(link);
    await expect(link).toBeVisible();
  },
};

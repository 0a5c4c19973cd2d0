import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Badge } from "../src/index.js";
import { fr } from "../src/labels/fr.js";
import { selectControl, textChildrenControl } from "./docs/controls.js";
import { kubecon } from "./fixture.js";

const meta = {
  title: "Components/Badge",
  component: Badge,
  tags: ["autodocs"],
  args: { label: "Track", kind: "track", children: kubecon.sessions[0]?.track },
  argTypes: {
    kind: selectControl(["track", "format", "code", "tag"], "What kind of fact it shows."),
    children: textChildrenControl,
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A co-located event from the real recap. */
export const Track: Story = {
  play: async ({ canvasElement }) => {
    // The hidden label makes the badge's meaning readable without its colour.
    await expect(within(canvasElement).getByText("ServiceMeshCon 2021").closest(".rk-Badge")).toHaveTextContent(
      "Track: ServiceMeshCon 2021",
    );
  },
};

/** In French: the hidden label's colon comes from the labels, after a narrow no-break space ("Parcours : …"). */
export const InFrench: Story = {
  args: { label: fr.track, labels: fr, lang: "fr" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-Badge .rk-visually-hidden")?.textContent).toBe("Parcours\u202f:");
  },
};

export const Format: Story = { args: { label: "Format", kind: "format", children: "Keynote" } };

export const Code: Story = { args: { label: "Session code", kind: "code", children: "DEV311" } };

export const LongText: Story = {
  args: { children: "Cloud Native Security Day and Kubernetes Policy Working Group Joint Session, North America" },
};

/** Every kind, as a session's metadata line sets them: quiet text, the track in the text's colour, "·" between them (not read out). */
export const AllKinds: Story = {
  render: () => (
    <p className="rk-SessionCard-meta">
      <Badge className="rk-MetaItem" kind="track" label="Track">
        ServiceMeshCon 2021
      </Badge>{" "}
      <Badge className="rk-MetaItem" kind="format" label="Format">
        Keynote
      </Badge>{" "}
      <Badge className="rk-MetaItem" kind="code" label="Session code">
        DEV311
      </Badge>
    </p>
  ),
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Avatar } from "../src/index.js";

const meta = {
  title: "Components/Avatar",
  component: Avatar,
  tags: ["autodocs"],
  args: { name: "Ellen Körbes" },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A picture, fixed in size, loaded lazily, hidden from screen readers: the name stands beside it. */
export const WithPicture: Story = {
  args: { src: "/assets/avatars/person-2.svg" },
  play: async ({ canvasElement }) => {
    const image = canvasElement.querySelector("img");
    await expect(image).toHaveAttribute("width", "40");
    await expect(image).toHaveAttribute("loading", "lazy");
    await expect(canvasElement.querySelector(".rk-Avatar")).toHaveAttribute("aria-hidden", "true");
  },
};

/** No picture: the initials of the first and last word. */
export const Initials: Story = {};

/** A picture that fails to load: the initials show through, without any script. */
export const BrokenPicture: Story = { args: { src: "/assets/avatars/missing.png" } };

/** A URL that may not be loaded is never loaded. */
export const RefusedUrl: Story = {
  args: { src: "javascript:alert(1)" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img")).toBeNull();
  },
};

/** Initials in other scripts: a Turkish dotted capital, a single Japanese character. */
export const OtherScripts: Story = {
  render: () => (
    <p style={{ display: "flex", gap: 8 }}>
      <Avatar name="ilke yılmaz" language="tr" />
      <Avatar name="山田 太郎" language="ja" />
      <Avatar name="ليلى حداد" language="ar" />
      <Avatar name="@jbeda" size={64} />
    </p>
  ),
};

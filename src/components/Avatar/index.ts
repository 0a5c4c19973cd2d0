export type { AvatarProps } from "./Avatar.js";
export { Avatar } from "./Avatar.js";

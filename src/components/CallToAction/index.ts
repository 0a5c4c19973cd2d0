export type { CallToActionProps } from "./CallToAction.js";
export { CallToAction } from "./CallToAction.js";

export type { CallToActionFields, CallToActionProps } from "./CallToAction.js";
export { CallToAction } from "./CallToAction.js";

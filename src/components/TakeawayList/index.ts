export type { TakeawayListProps } from "./TakeawayList.js";
export { TakeawayList } from "./TakeawayList.js";

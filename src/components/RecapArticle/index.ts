export type { InvalidRecapProps } from "./InvalidRecap.js";
export { InvalidRecap } from "./InvalidRecap.js";
export type { RecapArticleComponents, RecapArticleProps } from "./RecapArticle.js";
export { RecapArticle } from "./RecapArticle.js";

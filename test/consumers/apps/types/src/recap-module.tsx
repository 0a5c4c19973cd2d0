/// <reference types="recap-kit/client" />
// Recap files imported through recap-kit/vite or recap-kit/webpack, typed by recap-kit/client, and
// the options of the plugin and the loader, `undefined` included.
import type { JSX } from "react";
import { type Recap, RecapArticle } from "recap-kit";
import type { RecapPluginOptions } from "recap-kit/vite";
import type { RecapLoaderOptions } from "recap-kit/webpack";
import fromMarkdown from "./kubecon.recap.md";

const recap: Recap = fromMarkdown;

export const pluginOptions: RecapPluginOptions = { language: "de", strict: undefined, include: /\.recap\.md$/ };
export const loaderOptions: RecapLoaderOptions = { language: undefined, strict: true, excerptLength: 120 };

export function Page(): JSX.Element {
  return <RecapArticle recap={recap} />;
}

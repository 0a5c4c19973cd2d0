import { Fragment, type ReactNode } from "react";

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a label template with text: `fillText("{n} min read", { n: "4" })`. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * Fills a label template with React nodes, so that a translation can put the name before or
 * after the role, and the parts keep their own markup.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(PLACEHOLDER);
  // split() with a capture group alternates text and placeholder names.
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    // biome-ignore lint/suspicious/noArrayIndexKey: a template's parts have no identity but their place.
    return <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>;
  });
}

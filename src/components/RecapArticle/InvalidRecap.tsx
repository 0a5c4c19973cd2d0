import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { pluralForm } from "../../format/plural.js";
import { fillText } from "../../format/template.js";
import { invalidLabels } from "../../labels/en/article.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { RecapIssue } from "../../model/errors.js";

export interface InvalidRecapProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** What is wrong with the document, each problem with its JSON path. */
  issues: readonly RecapIssue[];
  /**
   * BCP 47 language of the labels: the plural form of the number of problems follows it.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/** A readable box listing every problem of an invalid Recap document; shown in development. */
export function InvalidRecap({ issues, language = "en", labels, className, ...rest }: InvalidRecapProps) {
  const l = mergeLabels(invalidLabels, labels);
  return (
    <div role="alert" {...rest} className={clsx("rk-InvalidRecap", className)}>
      <p className="rk-InvalidRecap-title">
        {fillText(pluralForm(l.invalidDocument, issues.length, language), {
          count: issues.length,
        })}
      </p>
      <ul className="rk-InvalidRecap-list">
        {issues.map((issue) => (
          <li className="rk-InvalidRecap-item" key={`${issue.path}:${issue.message}`}>
            <code className="rk-Prose-code rk-InvalidRecap-path">{issue.path || l.wholeDocument}</code> {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/**
 * The tree with recap-kit's own components (`own`, all of them plain functions of their props,
 * without hooks) replaced by what they render, down to host elements. React then serialises the
 * article as it would the same markup written by hand, without a component layer per badge, name
 * and paragraph. Anyone else's component (a replacement part, which may use hooks) is left to
 * React, and a keyed component keeps its key on a fragment, so lists reconcile as before. What
 * holds no component of ours is returned as it is, not copied.
 */
export function flatten(node: ReactNode, own: ReadonlySet<unknown>): ReactNode {
  if (Array.isArray(node)) {
    let changed = false;
    const flat = node.map((child: ReactNode) => {
      const result = flatten(child, own);
      changed ||= result !== child;
      return result;
    });
    return changed ? flat : node;
  }
  if (node === null || typeof node !== "object" || !isValidElement(node)) return node;
  const { type, props, key } = node as ReactElement<{ children?: ReactNode }>;
  if (own.has(type)) {
    const output = flatten((type as (props: unknown) => ReactNode)(props), own);
    return key === null ? output : <Fragment key={key}>{output}</Fragment>;
  }
  const children = props.children;
  if (typeof type === "function" || children === null || typeof children !== "object") return node;
  const flat = flatten(children, own);
  if (flat === children) return node;
  // A fixed list of children, written in JSX, is passed one by one, as JSX passes it (an array
  // would be a dynamic list, whose items need keys). A long list always comes from a map() whose
  // items have keys, and is passed as the one array it is: spread, it would overflow the stack.
  if (!Array.isArray(flat) || flat.length > FIXED_CHILDREN) return cloneElement(node, undefined, flat);
  return cloneElement(node, undefined, ...flat); // bounded: at most FIXED_CHILDREN
}

/** More children than any element of recap-kit's has written in its JSX. */
const FIXED_CHILDREN = 64;

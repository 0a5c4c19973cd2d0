// Runs inside the page (Playwright serialises it): reads computed styles the way a reader's eyes
// would meet them. Colours are composited over every ancestor's background down to the canvas the
// browser paints, and contrast is WCAG 2's ratio of relative luminances.

/** Installed with context.addInitScript: defines window.__rkProbe on every page. */
export function installProbe() {
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext("2d", { willReadFrequently: true });

  /** Any CSS colour as [r, g, b, a] with r, g, b in 0–255 and a in 0–1. */
  function rgba(css) {
    const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
    if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
    const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(css);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
    if (!context) return [0, 0, 0, 0];
    // Anything else (oklch(), color-mix() results …): let the browser convert it.
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = "rgb(0 0 0 / 0)";
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  }

  function alpha(text) {
    if (text === undefined) return 1;
    return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  }

  /** `top` painted over the opaque `bottom`. */
  function over(top, bottom) {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  }

  function luminance([r, g, b]) {
    const linear = (value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  function contrast(a, b) {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  function format(colour) {
    const [r, g, b, a] = colour.map((value, i) => (i < 3 ? Math.round(value) : Math.round(value * 100) / 100));
    return a === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${a})`;
  }

  /** What the browser paints under the root element when nothing else does. */
  function canvasColour() {
    const scheme = getComputedStyle(document.documentElement).colorScheme;
    const prefersDark = matchMedia("(prefers-color-scheme: dark)").matches;
    const dark = scheme.includes("dark") && (!scheme.includes("light") || prefersDark);
    return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  }

  /** The element's parent, or the host of the shadow root it is the top of (an embed's). */
  function parentOf(node) {
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  /** The colour behind an element: its own background and its ancestors', composited. */
  function background(element) {
    const layers = [];
    for (let node = element; node; node = parentOf(node)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let result = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : canvasColour();
    while (layers.length) result = over(/** @type {number[]} */ (layers.pop()), result);
    return result;
  }

  /** The document and every open shadow root in it (an embed's), in tree order. */
  function roots() {
    const found = [document];
    for (let i = 0; i < found.length; i++) {
      for (const element of found[i].querySelectorAll("*")) if (element.shadowRoot) found.push(element.shadowRoot);
    }
    return found;
  }

  /** Every element that matches, in the document and inside open shadow roots. */
  function findAll(selector) {
    return roots().flatMap((root) => [...root.querySelectorAll(selector)]);
  }

  function find(selector) {
    const element = findAll(selector)[0];
    if (!element) throw new Error(`no element matches ${selector} (is recap-kit's markup on the page?)`);
    return element;
  }

  function describe(element) {
    const classes = element.getAttribute("class");
    const text = (element.textContent ?? "").trim().replace(/\s+/g, " ");
    return `<${element.localName}${classes ? ` class="${classes}"` : ""}> "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  }

  window.__rkProbe = {
    describe: (selector) => describe(find(selector)),
    count: (selector) => findAll(selector).length,

    rootFontSize: () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize),

    /** `text` of each selector that matches (null for one that does not): one round trip for many. */
    textAll(selectors) {
      return selectors.map((selector) => (findAll(selector).length ? window.__rkProbe.text(selector) : null));
    },

    /** `styles` of each [selector, properties] that matches (null for one that does not). */
    stylesAll(list) {
      return list.map(([selector, properties]) => (findAll(selector).length ? window.__rkProbe.styles(selector, properties) : null));
    },

    /** The levels of the headings inside recap-kit's article. */
    recapHeadings: () =>
      findAll(".rk-RecapArticle").flatMap((article) =>
        [...article.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.localName[1])),
      ),

    /** Every heading of the page in reading order, shadow roots included: [level, text]. */
    outline() {
      const headings = [];
      const walk = (node) => {
        for (const child of node.children) {
          if (/^h[1-6]$/.test(child.localName)) headings.push([Number(child.localName[1]), (child.textContent ?? "").trim().slice(0, 50)]);
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      };
      walk(document);
      return headings;
    },

    /** Text colour against the effective background. */
    text(selector) {
      const element = find(selector);
      const bg = background(element);
      const fg = over(rgba(getComputedStyle(element).color), bg);
      return {
        element: describe(element),
        color: format(fg),
        background: format(bg),
        ratio: contrast(fg, bg),
        backgroundLuminance: luminance(bg),
      };
    },

    /** An element's own background colour as computed (transparent when it paints none). */
    ownBackground(selector) {
      const element = find(selector);
      const colour = rgba(getComputedStyle(element).backgroundColor);
      return {
        element: describe(element),
        color: format(colour),
        alpha: colour[3],
        effective: format(background(element)),
        luminance: luminance(background(element)),
      };
    },

    /** Computed values of some properties, colours normalised. */
    styles(selector, properties, pseudo) {
      const element = find(selector);
      const style = getComputedStyle(element, pseudo);
      const values = Object.fromEntries(
        properties.map((property) => {
          const value = style.getPropertyValue(property);
          return [property, /color$/.test(property) ? format(rgba(value)) : value];
        }),
      );
      return { element: describe(element), ...values };
    },

    /** The focus ring of the focused element. */
    focusRing() {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const bg = background(element.parentElement ?? element);
      const colour = over(rgba(style.outlineColor), bg);
      return {
        element: describe(element),
        focusVisible: element.matches(":focus-visible"),
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth) || 0,
        color: format(colour),
        background: format(bg),
        ratio: contrast(colour, bg),
      };
    },

    /**
     * The first element whose own text differs between the server's HTML and the page now (after
     * a failed hydration React renders on the client): what Node and the browser wrote differently.
     */
    textDifference(serverHtml, selector) {
      const server = new DOMParser().parseFromString(serverHtml, "text/html").querySelector(selector);
      const client = document.querySelector(selector);
      if (!server || !client) return `no ${selector} in ${server ? "the page" : "the server's HTML"}`;
      const own = (element) =>
        [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join("");
      const show = (text) =>
        JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
      const serverElements = [...server.querySelectorAll("*")];
      const clientElements = [...client.querySelectorAll("*")];
      for (let i = 0; i < Math.min(serverElements.length, clientElements.length); i++) {
        const [a, b] = [serverElements[i], clientElements[i]];
        if (a.localName !== b.localName) return `element ${i}: <${a.localName}> in the server's HTML, <${b.localName}> in the browser`;
        if (own(a) !== own(b)) return `${describe(b)}: the server wrote ${show(own(a))}, the browser ${show(own(b))}`;
      }
      return serverElements.length === clientElements.length
        ? undefined
        : `${serverElements.length} elements from the server, ${clientElements.length} in the browser`;
    },

    /** A link told apart from the text around it: an underline, or 3:1 against that text. */
    link(selector) {
      const element = find(selector);
      const style = getComputedStyle(element);
      const block = parentOf(element) ?? element;
      const bg = background(element);
      const linkColour = over(rgba(style.color), bg);
      const textColour = over(rgba(getComputedStyle(block).color), bg);
      return {
        element: describe(element),
        underline: style.textDecorationLine.includes("underline"),
        color: format(linkColour),
        textColor: format(textColour),
        ratio: contrast(linkColour, textColour),
      };
    },
  };
}

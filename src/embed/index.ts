/**
 * `recap-kit/embed`: one small script, no React, for pages without a build step. It defines
 * `<recap-kit-embed src="recap.html">`, which fetches a recap rendered by `recap-kit render --embed`
 * (`renderRecapEmbed`) and shows it in a shadow root, where the page's CSS cannot reach it; and it
 * makes the session index's links work inside any embed, fetched or pasted as it is.
 *
 *   <script type="module" src="https://…/recap-kit/dist/embed.js"></script>
 *   <recap-kit-embed src="https://…/kubecon-eu-2021.html"></recap-kit-embed>
 *
 * The element is `data-state="loading"`, then `"ready"` or `"error"`; its own children (a link to
 * the recap, say) show until the recap does, and stay when it cannot be fetched.
 */

const NAME = "recap-kit-embed";
/** What a recap never holds, and so an embed never shows: anything that could run. */
const INERT = "script:not([type='application/ld+json']),iframe,object,embed,frame,base,meta,link,form";
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster"];

/** `<recap-kit-embed>`: a recap in a shadow root, from its `src` or declared in the page. */
export class RecapKitEmbed extends HTMLElement {
  static observedAttributes = ["src"];
  #loaded?: string;
  #following = false;

  connectedCallback(): void {
    this.#follow();
    this.#load();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#load();
  }

  async #load(): Promise<void> {
    const src = this.getAttribute("src");
    if (!src || src === this.#loaded) return;
    this.#loaded = src;
    this.dataset.state = "loading";
    try {
      const url = new URL(src, document.baseURI);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const template = html.querySelector<HTMLTemplateElement>(`${NAME} > template[shadowrootmode]`);
      if (!template) throw new Error("no recap in it (make it with `recap-kit render --embed`)");
      const content = inert(template.content, url);
      if (this.getAttribute("src") !== src) return;
      (this.shadowRoot ?? this.attachShadow({ mode: "open" })).replaceChildren(content);
      this.dataset.state = "ready";
      this.#follow();
    } catch (error) {
      this.dataset.state = "error";
      console.error(`<${NAME} src="${src}">: the recap could not be shown: ${(error as Error).message}`);
    }
  }

  /** Links to a session (`#id`) find it in the shadow root, where the page's own lookup cannot. */
  #follow(): void {
    if (!this.shadowRoot || this.#following) return;
    this.#following = true;
    this.shadowRoot.addEventListener("click", (event) => {
      const link = (event.target as Element).closest?.("a[href^='#']");
      const target = link && this.#find(link.getAttribute("href") as string);
      if (!target) return;
      event.preventDefault();
      history.pushState(null, "", `#${target.id}`);
      target.scrollIntoView();
    });
    this.#scrollToHash();
  }

  #find(hash: string): Element | null {
    const id = decodeURIComponent(hash.slice(1));
    return id ? (this.shadowRoot?.getElementById(id) ?? null) : null;
  }

  #scrollToHash(): void {
    this.#find(location.hash)?.scrollIntoView();
  }
}

/** The fetched recap without anything that could run, its relative addresses made absolute. */
function inert(content: DocumentFragment, base: URL): DocumentFragment {
  for (const element of content.querySelectorAll(INERT)) element.remove();
  for (const element of content.querySelectorAll("*")) {
    for (const { name, value } of [...element.attributes]) {
      if (name.startsWith("on") || name === "srcset") element.removeAttribute(name);
      else if (URL_ATTRIBUTES.includes(name) && !value.startsWith("#")) {
        const url = new URL(value, base);
        if (/^(https?|mailto):$/.test(url.protocol)) element.setAttribute(name, url.href);
        else element.removeAttribute(name);
      }
    }
  }
  return content;
}

if (typeof customElements !== "undefined" && !customElements.get(NAME)) customElements.define(NAME, RecapKitEmbed);

declare global {
  interface HTMLElementTagNameMap {
    "recap-kit-embed": RecapKitEmbed;
  }
}

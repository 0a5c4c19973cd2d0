import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { initials } from "../../format/initials.js";
import { safeSrc } from "../../model/url.js";

export interface AvatarProps extends Omit<ComponentPropsWithRef<"span">, "children"> {
  /** The person's name: the source of the initials. */
  name: string;
  /** Image URL; when absent, unsafe or broken, the initials show instead. */
  src?: string | undefined;
  /**
   * Size in CSS pixels, written into the image's `width` and `height` so nothing shifts.
   * @default 40
   */
  size?: number | undefined;
  /**
   * Language of the name, for initials such as the Turkish "İ".
   * @default "en"
   */
  language?: string | undefined;
}

/**
 * A person's picture, with their initials underneath: if the image is missing or fails to load,
 * the initials show through, without any script. Decorative: the name always stands beside it.
 */
export function Avatar({ name, src, size = 40, language = "en", className, style, ...rest }: AvatarProps) {
  const image = safeSrc(src);
  const letters = initials(name, language);
  return (
    <span
      {...rest}
      className={clsx("rk-Avatar", className)}
      data-image={image ? "true" : "false"}
      style={{ ...style, inlineSize: size, blockSize: size }}
      aria-hidden="true"
    >
      <span className="rk-Avatar-initials">{letters}</span>
      {image ? (
        <img
          className="rk-Avatar-image"
          src={image}
          alt=""
          width={size}
          height={size}
          loading="lazy"
          decoding="async"
          data-initials={letters}
        />
      ) : null}
    </span>
  );
}

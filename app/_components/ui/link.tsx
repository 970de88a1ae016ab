"use client";

import { useRouter } from "next/navigation";
import { type ComponentProps, type MouseEvent, useTransition } from "react";

type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: string };

/** A path within the portal; `//host` and `/\\host` are other sites to a browser. */
export function isPortalPath(href: string) {
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
}

/** A click the browser should handle itself: a new tab or window, a download, a link elsewhere. */
function leftToTheBrowser(event: MouseEvent<HTMLAnchorElement>, inPortal: boolean) {
  const anchor = event.currentTarget;
  const target = anchor.getAttribute("target");
  return (
    !inPortal ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (target !== null && target !== "_self") ||
    anchor.hasAttribute("download")
  );
}

/**
 * A link within the portal: a plain anchor the router follows without reloading the page, that
 * fetches its page when someone reaches for it (the pointer over it, a finger down on it, the
 * keyboard's focus), not whenever it scrolls into view. `next/link` fetched every visible link's
 * page ahead: a store's queue of parcels, each a link, made one page view cost the server a dozen
 * renders; and its code weighed on every page's first load. While the next page is on its way
 * the link is marked busy (`data-pending`, drawn in globals.css): the store screens have no
 * skeleton, so their page stays until the next one arrives whole.
 */
export function Link({ href, onClick, onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const inPortal = isPortalPath(href);
  const prefetch = () => {
    if (inPortal) router.prefetch(href);
  };
  return (
    <a
      {...props}
      href={href}
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      onClick={(event) => {
        onClick?.(event);
        if (leftToTheBrowser(event, inPortal)) return;
        event.preventDefault();
        startTransition(() => router.push(href));
      }}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}

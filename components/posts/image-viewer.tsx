"use client";

import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { answerInPage } from "@/components/ui/answered-in-page";

type ViewedImage = { src: string; alt: string; width: number; height: number };

/**
 * What the viewer shows of an image, read from the link it enhances, so the
 * page carries each image's data once, in its markup.
 */
function viewedImage(link: HTMLAnchorElement): ViewedImage {
  const image = link.querySelector("img");
  return {
    src: link.href,
    alt: image?.alt ?? "",
    width: Number(image?.getAttribute("width")),
    height: Number(image?.getAttribute("height")),
  };
}

/**
 * A post's image links (`children`), opened in a full-size viewer once
 * JavaScript runs. Without it, or with a modifier key or another button, a
 * link opens the file itself.
 */
export function ImageViewer({ children }: { children: ReactNode }) {
  const [viewing, setViewing] = useState<{ images: ViewedImage[]; index: number; opening: number } | null>(null);
  const opener = useRef<HTMLAnchorElement | null>(null);
  const openings = useRef(0);

  function open(event: MouseEvent<HTMLDivElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>(":scope > div > a"));
    // Clicks inside the viewer reach here too (React events follow the component tree through the portal).
    const index = link ? links.indexOf(link) : -1;
    if (index < 0) return;
    answerInPage(event);
    opener.current = link;
    openings.current += 1;
    setViewing({ images: links.map(viewedImage), index, opening: openings.current });
  }

  // A dialog's close event comes in a later task: by then a fast keyboard user
  // may have opened the viewer again, and that opening must stay open, or moved
  // focus on, and it must stay where they put it. The browser has already given
  // focus back to what held it before the dialog opened; the link that opened the
  // viewer takes it only where nothing did (Safari does not focus a clicked link).
  function closed(opening: number) {
    if (opening !== openings.current) return;
    setViewing(null);
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost) opener.current?.focus();
  }

  return (
    <div className="images" onClick={open} onKeyDown={closeDescription}>
      {children}
      {viewing &&
        createPortal(
          <Viewer key={viewing.opening} images={viewing.images} start={viewing.index} onClosed={() => closed(viewing.opening)} />,
          document.body,
        )}
    </div>
  );
}

/** Escape closes an image's open description (its ALT badge), as it closes the viewer. */
function closeDescription(event: KeyboardEvent<HTMLDivElement>) {
  const description = event.key === "Escape" && event.target instanceof Element ? event.target.closest("details[open]") : null;
  if (!(description instanceof HTMLDetailsElement)) return;
  description.open = false;
  description.querySelector("summary")?.focus();
}

/**
 * Moves focus from the viewer's last control to its first on Tab, and back on Shift+Tab. The page
 * behind a modal dialog is inert, yet Tab past the dialog's last control leaves the dialog: in
 * Chromium for the browser's toolbar, or the document itself where there is none (headless).
 * A click on the image gives focus to the dialog itself, before the first control.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  const dialog = event.currentTarget;
  const controls = dialog.querySelectorAll("button");
  const first = controls[0];
  const last = controls[controls.length - 1];
  const leaving = event.shiftKey ? event.target === first || event.target === dialog : event.target === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first)?.focus();
}

/** How far a finger must travel, in CSS pixels, for a swipe to move or close the viewer rather than be a tap. */
const SWIPE_DISTANCE = 50;

/** What a swipe from `start` to `end` asks of the viewer, as on X and Bluesky: the next or previous image, or to close. */
function swipeOf(start: { x: number; y: number }, end: { x: number; y: number }): "next" | "previous" | "close" | null {
  const [dx, dy] = [end.x - start.x, end.y - start.y];
  if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) return dx < 0 ? "next" : "previous";
  if (Math.abs(dy) >= SWIPE_DISTANCE && Math.abs(dy) > Math.abs(dx)) return "close";
  return null;
}

/**
 * A modal dialog with one image at a time; Esc, the close button, a click beside the image or a
 * swipe up or down closes it; a swipe to the side moves to the next or previous image.
 */
function Viewer({ images, start, onClosed }: { images: ViewedImage[]; start: number; onClosed: () => void }) {
  const [index, setIndex] = useState(start);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Where a finger went down, and whether the gesture it ended was a swipe: the click that may follow is not a tap then.
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);
  const titleId = useId();
  const image = images[index];

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    closeButton.current?.focus();
  }, []);

  if (!image) return null;

  const step = (by: number) => setIndex((current) => (current + by + images.length) % images.length);
  const close = () => dialog.current?.close();

  return (
    <dialog
      ref={dialog}
      className="viewer"
      aria-labelledby={titleId}
      onClose={onClosed}
      onClick={(event) => {
        if (swiped.current) return void (swiped.current = false);
        // The dialog fills the window: all of it but the image and the buttons is backdrop.
        if (event.target instanceof Element && !event.target.closest("img, button")) close();
      }}
      onPointerDown={(event) => {
        swiped.current = false;
        touchStart.current = event.pointerType === "mouse" ? null : { x: event.clientX, y: event.clientY };
      }}
      onPointerUp={(event) => {
        const start = touchStart.current;
        touchStart.current = null;
        const swipe = start && swipeOf(start, { x: event.clientX, y: event.clientY });
        if (!swipe) return;
        swiped.current = true;
        if (swipe === "close") close();
        else if (images.length > 1) step(swipe === "next" ? 1 : -1);
      }}
      onKeyDown={(event) => {
        if (event.key === "ArrowRight") step(1);
        else if (event.key === "ArrowLeft") step(-1);
        else if (event.key === "Tab") keepTabInside(event);
      }}
    >
      <p id={titleId}>{images.length > 1 ? `Image ${index + 1} of ${images.length}` : "Image"}</p>
      <button ref={closeButton} type="button" className="close" aria-label="Close" onClick={close}>
        ×
      </button>
      <figure>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={image.src} alt={image.alt} width={image.width} height={image.height} />
        {/* The image's alt text already says this to screen readers. */}
        {image.alt && <figcaption aria-hidden="true">{image.alt}</figcaption>}
      </figure>
      {images.length > 1 && (
        <>
          <button type="button" className="previous" aria-label="Previous image" onClick={() => step(-1)}>
            ‹
          </button>
          <button type="button" className="next" aria-label="Next image" onClick={() => step(1)}>
            ›
          </button>
        </>
      )}
    </dialog>
  );
}

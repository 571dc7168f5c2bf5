import type { CSSProperties } from "react";
import { fileUrl } from "@/lib/uploads/urls";
import type { PostCard } from "@/lib/posts/queries";
import { ImageViewer } from "./image-viewer";

type PostImage = PostCard["images"][number];

/**
 * A lone image is shown whole, so its cell takes the image's shape (width over
 * height, read by `.images > :only-child` in globals.css) before the file arrives.
 */
function shapeOf(image: PostImage): CSSProperties & { "--r": number } {
  return { "--r": Number((image.width / image.height).toFixed(4)) };
}

/** What a link to an image without a description is called. */
function unnamedImageLabel(index: number, count: number): string {
  return count === 1 ? "Image" : `Image ${index + 1} of ${count}`;
}

/**
 * A post's images as a grid of links to the full-size files (styled by
 * `.images` in globals.css: its shape follows the number of images). The
 * viewer opens over the links once JavaScript runs; without it, each link
 * opens the file itself.
 */
export function PostImages({ images }: { images: PostCard["images"] }) {
  if (images.length === 0) return null;
  return (
    <ImageViewer>
      {images.map((image, index) => (
        <div key={image.id} style={images.length === 1 ? shapeOf(image) : undefined}>
          <a href={fileUrl(image.fileKey)} aria-label={image.alt ? undefined : unnamedImageLabel(index, images.length)}>
            {/* Width and height give the file's shape before it arrives; the file is already WebP. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={fileUrl(image.fileKey)} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
          </a>
          {image.alt && (
            <details>
              <summary>ALT</summary>
              <p>{image.alt}</p>
            </details>
          )}
        </div>
      ))}
    </ImageViewer>
  );
}

import { fileUrl } from "@/lib/uploads/urls";
import type { PostCard } from "@/lib/posts/queries";

export function PostImages({ images }: { images: PostCard["images"] }) {
  if (images.length === 0) return null;
  return (
    <div className={`mt-3 grid gap-1 overflow-hidden rounded-xl ${images.length > 1 ? "grid-cols-2" : "grid-cols-1"}`}>
      {images.map((image) => (
        // Width and height reserve the space before the file arrives; the file is already WebP.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          key={image.id}
          src={fileUrl(image.fileKey)}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading="lazy"
          className="h-auto w-full bg-zinc-100 object-cover dark:bg-zinc-900"
        />
      ))}
    </div>
  );
}

import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function PostNotFound() {
  return <NotFoundMessage title="This post isn’t here" reason="It may have been deleted by its author." />;
}

import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function ProfileNotFound() {
  return <NotFoundMessage title="This account doesn’t exist" reason="Check the username, or look for someone else." />;
}

import { NotFoundMessage } from "@/app/_components/not-found-message";

/** Inside the portal's shell, so a signed-in person keeps their navigation. */
export default function PortalNotFound() {
  return <NotFoundMessage />;
}

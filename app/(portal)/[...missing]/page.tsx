import { notFound } from "next/navigation";

/** Any other address: the portal's not-found page, inside its shell. */
export default function MissingPage() {
  notFound();
}

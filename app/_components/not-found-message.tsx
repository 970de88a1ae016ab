import Link from "next/link";

/** What a person sees for an address that does not exist or that they may not see. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">There is nothing here you can see. Check the address or go back home.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
        Go to your home page
      </Link>
    </div>
  );
}

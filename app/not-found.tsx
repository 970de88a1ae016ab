import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">There is nothing here you can see. Check the address or go back home.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
        Go to your home page
      </Link>
    </main>
  );
}

import { describe, expect, it } from "vitest";
import { parsePeopleParams, peopleHref } from "./params";

describe("the people list's address", () => {
  it("holds the page and the search, leaving out the first page and an empty search", () => {
    expect(peopleHref(1, "")).toBe("/admin/people");
    expect(peopleHref(3, "")).toBe("/admin/people?page=3");
    expect(peopleHref(2, "rosa al")).toBe("/admin/people?q=rosa+al&page=2");
    expect(peopleHref(1, "  ")).toBe("/admin/people");
  });

  it("reads back what it wrote; junk is the first page", () => {
    expect(parsePeopleParams(new URLSearchParams("q=rosa+al&page=2"))).toEqual({ page: 2, q: "rosa al" });
    expect(parsePeopleParams(new URLSearchParams("page=abc"))).toEqual({ page: 1, q: "" });
    expect(parsePeopleParams(new URLSearchParams(""))).toEqual({ page: 1, q: "" });
  });
});

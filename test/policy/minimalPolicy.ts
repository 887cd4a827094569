// A small valid policy for tests of the definition language itself.
export function minimalPolicy(): Record<string, unknown> {
  const source = { section: "1", quote: "within two working days" };
  return {
    id: "example",
    title: "Example protocol",
    issuer: "Example Safeguarding Adults Board",
    jurisdiction: "england-and-wales",
    subjects: ["adults"],
    document: { title: "Example" },
    reviewDue: "2026-03-01",
    roles: [
      { id: "practitioner", kind: "practitioner", title: "Practitioner" },
      { id: "line-manager", kind: "line-manager", title: "Line manager" },
    ],
    stages: [
      {
        id: "first",
        number: 1,
        title: "Practitioners",
        actors: { raising: ["practitioner"], receiving: ["practitioner"] },
        limit: { workingDays: 2, from: { raised: true }, source },
        source,
      },
      {
        id: "second",
        number: 2,
        title: "Line managers",
        actors: { raising: ["line-manager"], receiving: ["line-manager"] },
        limit: { workingDays: 5, from: { completionOf: "first" }, source },
        source,
      },
    ],
  };
}

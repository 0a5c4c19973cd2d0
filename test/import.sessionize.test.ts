// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fromSessionize, ImportError } from "../src/import/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { sessionizeExport } from "./support/import.js";

const titles = (recap: { sessions: Array<{ title: string }> }) => recap.sessions.map((session) => session.title);
const warningAt = (warnings: Array<{ path: string; message: string }>, path: string) => warnings.filter((warning) => warning.path === path);

describe("fromSessionize: the fixture (All view)", () => {
  const { recap, warnings } = fromSessionize(sessionizeExport(), { timeZone: "Europe/Madrid" });

  it("makes a draft that parseRecap accepts", () => {
    expect(() => parseRecap(recap)).not.toThrow();
  });

  it("takes every session but the service sessions, in programme order: by time, then room, the unscheduled last", () => {
    expect(titles(recap)).toEqual([
      "Welcome to Cloud Native Days Iberia",
      "Platform engineering is a product, not a project",
      // Both at 10:30: the Auditorio (sort 1) before Sala 2 (sort 2), although the export lists Sala 2's first.
      "Observability without the bill",
      "Zero-trust networking with service meshes",
      "Kubernetes en español: cómo empezar sin miedo",
      "BoF: running Kubernetes on bare metal",
      "Who owns the platform?",
      "Hands-on: GitOps with Flux from zero to production",
      "Securing the supply chain, one signature at a time",
      "Debugging Kubernetes controllers live",
      "Closing remarks and raffle",
      "eBPF for the rest of us",
    ]);
    expect(titles(recap)).not.toContain("Coffee break");
    expect(titles(recap)).not.toContain("Comida / Lunch");
  });

  it("keeps a plenum session without speakers (the welcome), with an empty speaker list", () => {
    expect(recap.sessions[0]).toMatchObject({
      title: "Welcome to Cloud Native Days Iberia",
      speakers: [],
      date: "2024-10-26T09:00:00+02:00",
    });
    expect(recap.sessions[0]).not.toHaveProperty("format");
  });

  it("gives local times the offset in force in the time zone: summer time on the 26th, winter time after the change on the 27th", () => {
    expect(recap.sessions[1]?.date).toBe("2024-10-26T09:15:00+02:00");
    expect(recap.sessions[8]?.date).toBe("2024-10-27T09:30:00+01:00");
    expect(recap.sessions[11]).not.toHaveProperty("date");
  });

  it("has the event's dates from the programme, and a to-do for its name, which Sessionize does not export", () => {
    expect(recap.event).toEqual({ name: "TODO: the event's name", startDate: "2024-10-26", endDate: "2024-10-27" });
    expect(recap.title).toBe("TODO: our highlights from the event");
  });

  it("lists the speakers in order, with affiliation, role, profile link and avatar", () => {
    const panel = recap.sessions.find((session) => session.title === "Who owns the platform?");
    expect(panel?.speakers).toEqual([
      {
        name: "Elena Petrova",
        affiliation: "Ejemplo Software",
        role: "Chief Technology Officer",
        url: "https://www.linkedin.com/in/elenapetrova",
        avatar: "https://sessionize.com/image/1f6b-Yc9WeGh-400o400o2-1f6b-Y.jpg",
      },
      {
        name: "Lucía Fernández Ortega",
        affiliation: "Acme Cloud",
        role: "Principal Engineer",
        // Her first link is the company's website, which is not her profile.
        url: "https://www.linkedin.com/in/luciafernandezortega",
        avatar: "https://sessionize.com/image/4f2a-9Lk3XbQ-400o400o2-4f2a-9.jpg",
      },
      {
        name: "Pablo Ruiz",
        affiliation: "Kubeshop, Inc.",
        role: "Head of Developer Relations",
        url: "https://x.com/pabloruiz_dev",
        avatar: "https://sessionize.com/image/3c8d-Pv5LsNa-400o400o2-3c8d-P.jpg",
      },
    ]);
  });

  it("leaves out what a speaker does not have: no picture, no tagline, no links, a fullName only", () => {
    const workshop = recap.sessions.find((session) => session.title.startsWith("Hands-on"));
    expect(workshop?.speakers[1]).toEqual({ name: "Kenji Sato" });
    const mesh = recap.sessions.find((session) => session.title.startsWith("Zero-trust"));
    expect(mesh?.speakers[1]).toEqual({
      name: "Aisha Rahman",
      affiliation: "Universidad Politécnica de Madrid",
      role: "Security Researcher",
    });
  });

  it("maps the formats, the duration in their names notwithstanding, and an unknown one to other", () => {
    expect(recap.sessions.map((session) => session.format)).toEqual([
      undefined,
      "keynote",
      "talk",
      "talk",
      "lightning",
      "other",
      "panel",
      "workshop",
      "keynote",
      "talk",
      undefined,
      "talk",
    ]);
  });

  it("takes the track, and both tracks of a session that has two", () => {
    expect(recap.sessions[1]?.track).toBe("Platform");
    expect(recap.sessions[7]?.track).toBe("Platform, Developer Experience");
    expect(recap.sessions[0]).not.toHaveProperty("track");
  });

  it("takes the recording URL as a recording", () => {
    expect(recap.sessions[1]?.resources).toEqual([{ kind: "recording", url: "https://www.youtube.com/watch?v=Xq3bT9kLp2c" }]);
    expect(recap.sessions[2]?.resources).toEqual([{ kind: "recording", url: "https://vimeo.com/912345678" }]);
    expect(recap.sessions[3]).not.toHaveProperty("resources");
  });

  it("marks the intro, every summary and every takeaway list as to-dos", () => {
    expect(recap.intro).toMatch(/^TODO: /);
    for (const session of recap.sessions) {
      expect(session.summary).toBe("TODO: what was this session about?");
      expect(session.takeaways).toEqual(["TODO: what did you take away?"]);
    }
  });

  it("warns about each affiliation read from a tagline, naming the speaker and how it was read", () => {
    expect(warningAt(warnings, "speakers[0].tagLine")).toEqual([
      {
        path: "speakers[0].tagLine",
        message:
          'Lucía Fernández Ortega\'s affiliation "Acme Cloud" and role "Principal Engineer" were read from the tagline "Principal Engineer at Acme Cloud" (Role at Company): check them in the draft.',
      },
    ]);
    expect(warningAt(warnings, "speakers[3].tagLine")[0]?.message).toContain(
      '"Grafana Labs" and role "SRE" were read from the tagline "SRE @ Grafana Labs" (Role @ Company)',
    );
    expect(warningAt(warnings, "speakers[2].tagLine")[0]?.message).toContain("(Role, Company)");
    expect(warningAt(warnings, "speakers[10].tagLine")[0]?.message).toContain('"Beispiel AG" and role "Entwicklerin"');
    // Lucía speaks twice, and is warned about once.
    expect(warnings.filter((warning) => warning.message.startsWith("Lucía"))).toHaveLength(1);
  });

  it("takes an answer to the Company question as it is, and says only what came from the tagline", () => {
    expect(warningAt(warnings, "speakers[1].tagLine")[0]?.message).toBe(
      'Tomasz Wiśniewski\'s role "Staff Engineer" was read from the tagline "Staff Engineer at Datadog" (Role at Company): check it in the draft.',
    );
    // Elena answered both the Company and the Job title questions: nothing was guessed.
    expect(warningAt(warnings, "speakers[7].tagLine")).toEqual([]);
  });

  it("says which speakers have a tagline that names no affiliation it can read", () => {
    for (const [path, name] of [
      ["speakers[4].tagLine", "María José García-López"],
      ["speakers[5].tagLine", "Ngozi Okafor"],
      ["speakers[9].tagLine", "Sven Lindqvist"],
    ]) {
      expect(warningAt(warnings, path as string)[0]?.message).toMatch(new RegExp(`^${name} has no affiliation`));
    }
    // Kenji has no tagline at all: nothing to say.
    expect(warnings.some((warning) => warning.message.includes("Kenji"))).toBe(false);
  });

  it("names the unknown format and the guessed one, once each, at their category item", () => {
    expect(warningAt(warnings, "categories[0].items[5]")[0]?.message).toContain('"Birds of a Feather" is not one recap-kit knows');
    expect(warningAt(warnings, "categories[0].items[6]")[0]?.message).toContain(
      '"Demo session" was read as "talk" because of the word "session"',
    );
  });

  it("does not guess the draft's language when the sessions are in several", () => {
    expect(recap).not.toHaveProperty("language");
    expect(warnings.some((warning) => warning.message.includes("draft's language"))).toBe(false);
  });

  it("warns about nothing else, each thing once, in the order the draft needs them", () => {
    expect(warnings.map((warning) => warning.path)).toEqual([
      "speakers[0].tagLine",
      "speakers[3].tagLine",
      "speakers[1].tagLine",
      "speakers[2].tagLine",
      "speakers[4].tagLine",
      "categories[0].items[5]",
      "speakers[5].tagLine",
      "speakers[8].tagLine",
      "speakers[9].tagLine",
      "speakers[10].tagLine",
      "categories[0].items[6]",
    ]);
  });
});

describe("fromSessionize: times", () => {
  it("without a time zone, keeps the dates only and says once how to keep the times", () => {
    const { recap, warnings } = fromSessionize(sessionizeExport());
    expect(recap.sessions.map((session) => session.date)).toEqual([
      ...Array(8).fill("2024-10-26"),
      ...Array(3).fill("2024-10-27"),
      undefined,
    ]);
    const said = warnings.filter((warning) => warning.message.includes("time zone"));
    expect(said).toEqual([expect.objectContaining({ path: "" })]);
    expect(said[0]?.message).toContain('timeZone: "Europe/Madrid"');
    expect(said[0]?.message).toContain("--time-zone");
  });

  function at(startsAt: string, timeZone: string) {
    const data = sessionizeExport();
    data.sessions[1].startsAt = startsAt;
    return fromSessionize(data, { timeZone, sessions: ["501223"] });
  }

  it("takes the first of an hour that happened twice when the clocks went back, and says so", () => {
    const { recap, warnings } = at("2024-10-27T02:30:00", "Europe/Madrid");
    expect(recap.sessions[0]?.date).toBe("2024-10-27T02:30:00+02:00");
    expect(warnings).toContainEqual({ path: "sessions[1].startsAt", message: expect.stringContaining("happened twice in Europe/Madrid") });
  });

  it("keeps a time the clocks skipped with the offset before the change, and says so", () => {
    const { recap, warnings } = at("2024-03-31T02:30:00", "Europe/Madrid");
    expect(recap.sessions[0]?.date).toBe("2024-03-31T02:30:00+01:00");
    expect(warnings).toContainEqual({ path: "sessions[1].startsAt", message: expect.stringContaining("did not exist in Europe/Madrid") });
  });

  it("gives the hour after a change its new offset, and the hour before its old one", () => {
    expect(at("2024-03-31T01:59:00", "Europe/Madrid").recap.sessions[0]?.date).toBe("2024-03-31T01:59:00+01:00");
    expect(at("2024-03-31T03:00:00", "Europe/Madrid").recap.sessions[0]?.date).toBe("2024-03-31T03:00:00+02:00");
    expect(at("2024-11-03T09:00:00", "America/New_York").recap.sessions[0]?.date).toBe("2024-11-03T09:00:00-05:00");
    expect(at("2024-11-02T09:00:00", "America/New_York").recap.sessions[0]?.date).toBe("2024-11-02T09:00:00-04:00");
  });

  it("keeps a time that already has its offset as it is", () => {
    expect(at("2024-10-26T09:15:00+02:00", "Asia/Tokyo").recap.sessions[0]?.date).toBe("2024-10-26T09:15:00+02:00");
  });
});

describe("fromSessionize: choosing sessions", () => {
  const choose = (options: Parameters<typeof fromSessionize>[1]) => titles(fromSessionize(sessionizeExport(), options).recap);

  it("by id, in programme order whatever the order asked in", () => {
    expect(choose({ sessions: ["501600", "501223"] })).toEqual([
      "Platform engineering is a product, not a project",
      "Securing the supply chain, one signature at a time",
    ]);
  });

  it("by id, a service session too: asking for it by name is asking for it", () => {
    expect(choose({ sessions: ["3C0E1D52-8C1B-4D6A-A6A4-8A1F2C0B9E10"] })).toEqual(["Coffee break"]);
  });

  it("names every id the programme does not have in one error", () => {
    const call = () => fromSessionize(sessionizeExport(), { sessions: ["501223", "999999", "QWERTY"] });
    expect(call).toThrow(ImportError);
    expect(call).toThrow(
      'This programme export has 2 problems:\n- sessions: has no session with the id or code "999999". Check the number or code in the session\'s address on the programme.\n- sessions: has no session with the id or code "QWERTY".',
    );
  });

  it("by words of the title, case and accents aside", () => {
    expect(choose({ match: "kubernetes" })).toEqual([
      "Kubernetes en español: cómo empezar sin miedo",
      "BoF: running Kubernetes on bare metal",
      "Debugging Kubernetes controllers live",
    ]);
    expect(choose({ match: "KUBERNETES live" })).toEqual(["Debugging Kubernetes controllers live"]);
    expect(choose({ match: "espanol" })).toEqual(["Kubernetes en español: cómo empezar sin miedo"]);
  });

  it("by part of a speaker's name, accents aside", () => {
    expect(choose({ speaker: "lucia" })).toEqual(["Platform engineering is a product, not a project", "Who owns the platform?"]);
    expect(choose({ speaker: "Wisniewski" })).toEqual(["Zero-trust networking with service meshes", "eBPF for the rest of us"]);
  });

  it("by several criteria at once, each narrowing the choice", () => {
    expect(choose({ speaker: "jonas", match: "debugging" })).toEqual(["Debugging Kubernetes controllers live"]);
    expect(choose({ sessions: ["501223", "501301"], speaker: "aisha" })).toEqual(["Zero-trust networking with service meshes"]);
  });

  it("with the service sessions when asked", () => {
    const all = choose({ includeServiceSessions: true });
    expect(all).toHaveLength(14);
    expect(all.indexOf("Coffee break")).toBe(2);
    expect(all.indexOf("Comida / Lunch")).toBe(7);
  });

  it("refuses a choice that matches nothing, saying what was asked, rather than make a draft without sessions", () => {
    expect(() => fromSessionize(sessionizeExport(), { match: "blockchain" })).toThrow(
      expect.objectContaining({
        name: "ImportError",
        issues: [{ path: "sessions", message: expect.stringContaining('has no session with the words "blockchain" in the title') }],
      }),
    );
    expect(() => fromSessionize(sessionizeExport(), { speaker: "Nobody", match: "kubernetes" })).toThrow(
      /has no session with the words "kubernetes" in the title and by a speaker named "nobody"/,
    );
  });

  it("refuses an export without sessions, or with only breaks unless they are asked for", () => {
    expect(() => fromSessionize({ sessions: [], speakers: [], categories: [], rooms: [] })).toThrow(/sessions: has no sessions/);
    const breaks = sessionizeExport() as { sessions: { isServiceSession: boolean }[] };
    breaks.sessions = breaks.sessions.filter((session) => session.isServiceSession);
    expect(() => fromSessionize(breaks)).toThrow(/only breaks and other service sessions/);
    expect(fromSessionize(breaks, { includeServiceSessions: true }).recap.sessions.length).toBeGreaterThan(0);
  });
});

describe("fromSessionize: options", () => {
  it("maps the programme's own format names", () => {
    const { recap, warnings } = fromSessionize(sessionizeExport(), {
      sessions: ["501411", "501601"],
      formats: { "Birds of a Feather": "panel", "demo session": "lightning" },
    });
    expect(recap.sessions.map((session) => session.format)).toEqual(["panel", "lightning"]);
    expect(warnings.some((warning) => warning.message.includes("format"))).toBe(false);
  });

  it("reads the affiliation from the question it is told", () => {
    const data = sessionizeExport();
    data.questions[2].question = "Employer (optional)";
    data.speakers[1].questionAnswers[1].answerValue = "Datadog, Inc.";
    const { recap } = fromSessionize(data, { sessions: ["501301"], affiliationQuestion: "Employer (optional)" });
    expect(recap.sessions[0]?.speakers[0]?.affiliation).toBe("Datadog, Inc.");
  });

  it("fills in what Sessionize does not export about the event, and names it in the title", () => {
    const { recap } = fromSessionize(sessionizeExport(), {
      event: { name: "Cloud Native Days Iberia", edition: "2024", location: "Madrid, Spain", url: "https://cndi.example/2024" },
    });
    expect(recap.event).toEqual({
      name: "Cloud Native Days Iberia",
      edition: "2024",
      startDate: "2024-10-26",
      endDate: "2024-10-27",
      location: "Madrid, Spain",
      url: "https://cndi.example/2024",
    });
    expect(recap.title).toBe("TODO: our highlights from Cloud Native Days Iberia 2024");
  });

  it("takes the sessions' language for the draft when they all share one, and says so", () => {
    const { recap, warnings } = fromSessionize(sessionizeExport(), { sessions: ["501410"] });
    expect(recap.language).toBe("es");
    expect(warnings).toContainEqual({ path: "", message: expect.stringContaining('The draft\'s language is "es"') });
    const chosen = fromSessionize(sessionizeExport(), { sessions: ["501410"], language: "de" });
    expect(chosen.recap.language).toBe("de");
    expect(chosen.warnings.some((warning) => warning.message.includes("language"))).toBe(false);
  });
});

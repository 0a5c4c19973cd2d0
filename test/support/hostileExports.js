// Hostile programme exports (issue 20): small exports that name one speaker or category many
// times, or many sessions that each name every speaker or category, so that a draft which copies
// what they reference grows with the product of the two. Shared by the tests
// (test/import.hostile.test.ts) and the scaling benchmark (test/bench/import-growth.js).

/** A text of exactly `length` characters: `word` repeated. */
export function padded(word, length) {
  return word.repeat(Math.ceil(length / word.length)).slice(0, length);
}

/** The id of the `index`th speaker, as Sessionize writes them: a UUID. */
export function speakerId(index) {
  return `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

/** The id of the `index`th category item, as Sessionize numbers them. */
export function categoryId(index) {
  return 81_000 + index;
}

/** A Sessionize speaker whose every field the draft copies is `size` characters or so. */
function speaker(index, size) {
  return {
    id: speakerId(index),
    fullName: `Ann Lee ${index} ${padded("n", size)}`,
    // "Role at Company": read as a role and an affiliation, both copied into the draft.
    tagLine: `Engineer at Acme ${index}`,
    profilePicture: `https://sessionize.example/image/${padded("p", size)}.jpg`,
    links: [{ title: "Blog", url: `https://blog.example/${padded("u", size)}`, linkType: "Blog" }],
  };
}

/**
 * A Sessionize export (All view) of `sessions` sessions, each naming `speakerRefs` and
 * `categoryRefs` references, cycling through `speakers` speakers and `categories` track items:
 * `speakers: 1` names one speaker again and again, `speakers` ≥ `speakerRefs` names distinct ones.
 * Every text the draft copies is about `size` characters.
 */
export function sessionizeExport({ sessions = 1, speakers = 1, speakerRefs = 0, categories = 1, categoryRefs = 0, size = 40 } = {}) {
  return {
    sessions: Array.from({ length: sessions }, (_, index) => ({
      id: String(index + 1),
      title: `Session ${index + 1}`,
      startsAt: "2024-10-26T09:00:00",
      speakers: Array.from({ length: speakerRefs }, (_, ref) => speakerId(ref % speakers)),
      categoryItems: Array.from({ length: categoryRefs }, (_, ref) => categoryId(ref % categories)),
    })),
    speakers: Array.from({ length: speakers }, (_, index) => speaker(index, size)),
    categories: [
      {
        id: 1,
        title: "Track",
        items: Array.from({ length: categories }, (_, index) => ({ id: categoryId(index), name: `Track ${index} ${padded("t", size)}` })),
      },
    ],
    rooms: [],
  };
}

/** A person of a schedule.json, `size` characters or so in each field the draft copies. */
function person(code, size) {
  return { code, name: `Ann Lee ${code} ${padded("n", size)}`, avatar: `https://pretalx.example/media/${padded("p", size)}.jpg` };
}

/**
 * A pretalx schedule.json of `sessions` sessions in one room, each naming `personRefs` persons
 * (cycling through `persons` distinct ones, written out each time, as schedule.json does) and
 * `linkRefs` links (cycling through `links` distinct addresses).
 */
export function scheduleExport({ sessions = 1, persons = 1, personRefs = 0, links = 1, linkRefs = 0, size = 40 } = {}) {
  return {
    schedule: {
      version: "1",
      conference: {
        title: "Hostile",
        start: "2025-04-23",
        end: "2025-04-23",
        time_zone_name: "Europe/Berlin",
        days: [
          {
            index: 1,
            date: "2025-04-23",
            rooms: {
              "Saal 1": Array.from({ length: sessions }, (_, index) => ({
                guid: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
                code: `S${index}`,
                id: index,
                title: `Session ${index}`,
                date: "2025-04-23T10:00:00+02:00",
                type: "Talk",
                persons: Array.from({ length: personRefs }, (_, ref) => person(`P${ref % persons}`, size)),
                links: Array.from({ length: linkRefs }, (_, ref) => ({
                  url: `https://slides.example/${ref % links}/${padded("l", size)}`,
                  title: "Slides",
                  type: "slides",
                })),
              })),
            },
          },
        ],
      },
    },
  };
}

/** The size of an export as the JSON a user would hand to `recap-kit import`. */
export function jsonSize(data) {
  return JSON.stringify(data).length;
}

import type { Person } from "../src/index.js";
import { kubecon } from "./fixture.js";

/** Speakers of the real recap, by session. */
export const seed = {
  kong: kubecon.sessions[0]?.speakers ?? [],
  dod: kubecon.sessions[2]?.speakers ?? [],
  tiltAndDatadog: kubecon.sessions[6]?.speakers ?? [],
  ntt: kubecon.sessions[4]?.speakers ?? [],
};

/** A panel of ten, with a moderator, linked profiles, avatars and organisations that repeat. */
export const panelOfTen: Person[] = [
  { name: "Priyanka Sharma", role: "Moderator", affiliation: "CNCF", url: "https://www.cncf.io/", avatar: "/assets/avatars/person-1.svg" },
  { name: "Liz Rice", affiliation: "Isovalent", avatar: "/assets/avatars/person-2.svg" },
  { name: "Kelsey Hightower", affiliation: "Google" },
  { name: "Tim Hockin", affiliation: "Google", avatar: "/assets/avatars/person-3.svg" },
  { name: "Ellen Körbes", affiliation: "Tilt" },
  { name: "Tabitha Sable", affiliation: "Datadog" },
  { name: "Kohei Tokunaga", affiliation: "NTT Corporation" },
  { name: "Akihiro Suda", affiliation: "NTT Corporation" },
  { name: "İlke Yılmaz", affiliation: "Trendyol" },
  { name: "Cornelia Davis", affiliation: "Weaveworks", avatar: "/assets/avatars/missing.png" },
];

/** Right-to-left names and organisations, and one left-to-right name among them. */
export const arabicSpeakers: Person[] = [
  { name: "ليلى حداد", affiliation: "شركة السحابة" },
  { name: "Ellen Körbes", affiliation: "Tilt" },
  { name: "يوسف منصور", role: "مقدّم الجلسة", affiliation: "شركة السحابة" },
];

export const japaneseSpeakers: Person[] = [
  { name: "徳永 航平", affiliation: "NTT" },
  { name: "須田 瑛大", affiliation: "NTT" },
  { name: "山田 花子", role: "司会", affiliation: "サイボウズ" },
];

export const longNames: Person[] = [
  {
    name: "Maria Carmen de los Ángeles Fernández-Villaverde y Rodríguez-Ortega",
    affiliation: "Instituto Nacional de Tecnologías de la Comunicación y Ciberseguridad Avanzada",
  },
  { name: "Wolfeschlegelsteinhausenbergerdorff", affiliation: "Bundesamt für Sicherheit in der Informationstechnik" },
];

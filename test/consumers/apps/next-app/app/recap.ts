import { parseRecap } from "recap-kit";
import recapJson from "./recap.json";

export const recap = parseRecap(recapJson);

// biome-ignore lint/suspicious/noExplicitAny: hostile exports are plain JSON, written into by the tests.
type Export = any;
export declare function speakerId(index: number): string;
export declare function categoryId(index: number): number;
export declare function padded(word: string, length: number): string;
export declare function sessionizeExport(shape?: {
  sessions?: number;
  speakers?: number;
  speakerRefs?: number;
  categories?: number;
  categoryRefs?: number;
  size?: number;
}): Export;
export declare function scheduleExport(shape?: {
  sessions?: number;
  persons?: number;
  personRefs?: number;
  links?: number;
  linkRefs?: number;
  size?: number;
}): Export;
export declare function jsonSize(data: unknown): number;
